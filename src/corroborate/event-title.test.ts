import { describe, expect, test } from 'vitest';
import type { EventClaim } from '../domain/event.js';
import type { Weapon } from '../domain/extraction.js';
import { loadKnowledge, namer } from '../knowledge/index.js';
import { eventWeapons } from './event-summary.js';
import { eventTitle, type TitleParts, titleMonth } from './event-title.js';

const name = namer(loadKnowledge());
const parts = (over: Partial<TitleParts>): TitleParts => ({
  type: 'transfer',
  phase: 'actual',
  actor: 'IRN',
  target: 'RUS',
  weapons: [],
  eventTime: null,
  firstReported: null,
  ...over,
});

describe('eventTitle', () => {
  test('names the parties, the most named system with its class, and the month it happened', () => {
    const weapons: Weapon[] = [{ class: 'ballistic_missile', system: 'weapon:fath-360' }];
    expect(eventTitle(parts({ weapons, eventTime: '2024-09-06', firstReported: '2024-10-01' }), name)).toBe(
      'Iran → Russia: Fath-360 ballistic missiles, Sep 2024',
    );
  });

  test('falls back to the class, the first report month, and counts the other weapons', () => {
    const weapons: Weapon[] = [
      { class: 'drone', system: null },
      { class: 'artillery_ammunition', system: null },
    ];
    expect(eventTitle(parts({ actor: 'PRK', weapons, firstReported: '2023-11-20' }), name)).toBe(
      'North Korea → Russia: drones (+1 more), Nov 2023',
    );
  });

  test('says what kind of event it is when it is not a transfer, and marks a planned one', () => {
    expect(eventTitle(parts({ type: 'sanction', actor: 'USA', target: 'IRN' }), name)).toBe(
      'United States → Iran: sanctions',
    );
    const weapons: Weapon[] = [{ class: 'drone', system: 'weapon:shahed-136' }];
    expect(
      eventTitle(parts({ type: 'negotiate_transfer', phase: 'planned', weapons, eventTime: '2025' }), name),
    ).toBe('Iran → Russia: talks on Shahed-136 drones (planned), 2025');
  });

  test('reads the month of a full date, a month or a year, and drops what is no date', () => {
    expect([
      titleMonth('2024-02-29'),
      titleMonth('2024-12'),
      titleMonth('2024'),
      titleMonth('soon'),
      titleMonth(null),
    ]).toEqual(['Feb 2024', 'Dec 2024', '2024', null, null]);
  });
});

describe('eventWeapons', () => {
  const claim = (weapons: Weapon[]) => ({ weapons }) as unknown as EventClaim;

  test('puts the weapon most claims name first, keeping first-named order on ties', () => {
    const drone: Weapon = { class: 'drone', system: 'weapon:shahed-136' };
    const fath: Weapon = { class: 'ballistic_missile', system: 'weapon:fath-360' };
    const shells: Weapon = { class: 'artillery_ammunition', system: null };
    const claims = [claim([drone]), claim([fath, shells]), claim([fath])];
    expect(eventWeapons(claims)).toEqual([fath, drone, shells]);
  });
});
