import { describe, expect, it } from 'vitest';
import type { Weapon } from '../domain/extraction.js';
import {
  blockKey,
  chooseEvent,
  claimPhase,
  type MergeClaim,
  ownTime,
  timeCompatible,
  timeFit,
  weaponsCompatible,
} from './merge.js';

const w = (cls: Weapon['class'], system: string | null = null): Weapon => ({ class: cls, system });
const claim = (weapons: Weapon[], time: string | null): MergeClaim => ({
  type: 'transfer',
  phase: 'actual',
  actor: 'IRN',
  target: 'RUS',
  weapons,
  time,
});

describe('blocking', () => {
  it('sends planned and conditional claims to the planned phase, the rest to the actual one', () => {
    expect(claimPhase('planned')).toBe('planned');
    expect(claimPhase('conditional')).toBe('planned');
    expect(claimPhase('denied')).toBe('actual');
    expect(claimPhase('unconfirmed')).toBe('actual');
  });

  it('keys a block by type, phase, actor and target', () => {
    expect(blockKey(claim([], null))).toBe('transfer|actual|IRN|RUS');
    expect(blockKey({ type: 'transfer', phase: 'planned', actor: null, target: 'UKR' })).toBe(
      'transfer|planned|-|UKR',
    );
  });
});

describe('weapon compatibility', () => {
  it('accepts an unspecified or missing side', () => {
    expect(weaponsCompatible([], [w('drone')])).toBe(true);
    expect(weaponsCompatible([w('unspecified')], [w('ballistic_missile')])).toBe(true);
  });

  it('accepts overlapping classes, a class covering its subclasses', () => {
    expect(weaponsCompatible([w('missile')], [w('ballistic_missile', 'weapon:fath-360')])).toBe(true);
    expect(weaponsCompatible([w('drone'), w('artillery_ammunition')], [w('artillery_ammunition')])).toBe(
      true,
    );
  });

  it('rejects disjoint classes', () => {
    expect(weaponsCompatible([w('drone')], [w('ballistic_missile')])).toBe(false);
  });

  it('rejects two different named systems of one class', () => {
    expect(weaponsCompatible([w('drone', 'weapon:shahed-136')], [w('drone', 'weapon:mohajer-6')])).toBe(
      false,
    );
    expect(weaponsCompatible([w('drone', 'weapon:shahed-136')], [w('drone')])).toBe(true);
  });
});

describe('time compatibility and choice', () => {
  it('M1: accepts times within the window and unknown times', () => {
    expect(timeCompatible('2024-09-10', '2024-06-01', 120)).toBe(true);
    expect(timeCompatible('2025-03-01', '2024-09-04', 120)).toBe(false);
    expect(timeCompatible(null, '2024-09-04', 120)).toBe(true);
  });

  it('M1: accepts a time within an event span and caps the span at twice the window', () => {
    expect(timeCompatible('2022-10-01', '2022-07-11', 120, '2022-11-05')).toBe(true);
    expect(timeCompatible('2023-01-01', '2022-10-01', 120, '2022-10-01')).toBe(true);
    expect(timeCompatible('2023-01-01', '2022-03-01', 120, '2022-10-01')).toBe(false);
  });

  it('picks the event sharing a named system over one sharing only the class', () => {
    const events = [
      { id: 'ev_a', weapons: [w('drone')], eventTime: '2024-09-01' },
      { id: 'ev_b', weapons: [w('drone', 'weapon:shahed-136')], eventTime: '2024-08-01' },
    ];
    expect(chooseEvent(claim([w('drone', 'weapon:shahed-136')], '2024-09-02'), events)?.id).toBe('ev_b');
  });

  it('picks the nearest event in time for an unspecified denial', () => {
    const events = [
      { id: 'ev_2022', weapons: [w('drone')], eventTime: '2022-09-01' },
      { id: 'ev_2024', weapons: [w('ballistic_missile')], eventTime: '2024-09-04' },
    ];
    expect(chooseEvent(claim([w('unspecified')], '2024-09-11'), events)?.id).toBe('ev_2024');
  });

  it('starts a new event when nothing fits', () => {
    const events = [{ id: 'ev_2022', weapons: [w('drone')], eventTime: '2022-09-01' }];
    expect(chooseEvent(claim([w('drone')], '2024-09-11'), events)).toBeNull();
  });
});

describe('time rules', () => {
  const event = { id: 'ev_2022', weapons: [w('drone')], eventTime: '2022-09-01', lastTime: '2022-10-20' };
  const undated = (document: string, retells: string[]): MergeClaim => ({
    ...claim([w('drone')], '2025-01-17'),
    dated: false,
    document,
    retells,
  });

  it('M3: fits an undated claim of a retelling document by a time its document retells', () => {
    expect(timeFit(undated('doc_b', ['2022-11-01']), event, 120)).toEqual({ rule: 'M3', time: '2022-11-01' });
    expect(timeFit(undated('doc_b', ['2020-01-01', '2022-11-01']), event, 120)?.time).toBe('2022-11-01');
  });

  it('M3: does not fit an undated claim whose document retells nothing near the event', () => {
    expect(timeFit(undated('doc_b', []), event, 120)).toBeNull();
    expect(timeFit(undated('doc_b', ['2021-01-01']), event, 120)).toBeNull();
  });

  it('M3: fits any undated claim of a document whose retelling the event already holds', () => {
    const retold = { ...event, retold: new Set(['doc_b']) };
    expect(timeFit(undated('doc_b', []), retold, 120)).toEqual({ rule: 'M3', time: null });
  });

  it('M1 before M3: an undated claim whose publication date fits is placed by it', () => {
    const recent = { ...event, eventTime: '2024-12-01', lastTime: '2025-01-10' };
    expect(timeFit(undated('doc_b', ['2022-11-01']), recent, 120)).toEqual({
      rule: 'M1',
      time: '2025-01-17',
    });
  });

  it('M4: an undated claim that fits by no time follows its document only when asked to', () => {
    const ofDocument = { ...event, documents: new Set(['doc_b']) };
    expect(timeFit(undated('doc_b', []), ofDocument, 120)).toBeNull();
    expect(timeFit({ ...undated('doc_b', []), followDocument: true }, ofDocument, 120)?.rule).toBe('M4');
  });

  it('drops a time after publication from a claim reporting what happened, not from a planned one', () => {
    expect(ownTime('unconfirmed', '2023-02-01', '2022-11-05')).toBeNull();
    expect(ownTime('asserted', '2022-11-06', '2022-11-05')).toBeNull();
    expect(ownTime('asserted', '2022-11-05', '2022-11-05')).toBe('2022-11-05');
    expect(ownTime('planned', '2023-04-01', '2023-02-23')).toBe('2023-04-01');
    expect(ownTime('asserted', '2023-04-01', null)).toBe('2023-04-01');
  });
});
