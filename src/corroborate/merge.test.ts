import { describe, expect, it } from 'vitest';
import type { Event } from '../domain/event.js';
import type { ClaimStatus, ClaimType, Extraction, Weapon } from '../domain/extraction.js';
import { loadKnowledge } from '../knowledge/index.js';
import { type CorroborationInput, candidateBlocks, corroborate, eventBlock } from './corroborate.js';
import { corroborationDeps } from './index.js';
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

  it('sends a possibility dated after its publication to the planned phase, and keeps its time', () => {
    // "The drones could be delivered by April", published in February: what may come.
    expect(claimPhase('possible', '2023-04-01', '2023-02-23')).toBe('planned');
    expect(ownTime('possible', '2023-04-01', '2023-02-23')).toBe('2023-04-01');
    // "China may already have sent shells": what may have happened.
    expect(claimPhase('possible', '2023-02-01', '2023-02-23')).toBe('actual');
    expect(claimPhase('possible')).toBe('actual');
    expect(claimPhase('unconfirmed', '2023-04-01', '2023-02-23')).toBe('actual');
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

interface Spec {
  readonly type?: ClaimType;
  readonly status?: ClaimStatus;
  readonly actor?: string;
  readonly target?: string | null;
  readonly weapons?: Weapon[];
  readonly time?: string;
  /** The sentence the claim is read from: claims of one sentence share it. */
  readonly sentence?: number;
  /** The words of its statement. */
  readonly evidence?: string;
}

function doc(id: string, published: string, specs: Spec[]): CorroborationInput {
  const claims = specs.map((spec, i) => {
    const at = (spec.sentence ?? i) * 100;
    return {
      id: `c${i + 1}`,
      type: spec.type ?? 'transfer',
      actor: spec.actor ?? 'IRN',
      target: spec.target === undefined ? 'RUS' : spec.target,
      weapons: spec.weapons ?? [],
      time: spec.time === undefined ? null : { start: spec.time },
      status: spec.status ?? 'asserted',
      source: null,
      chain: ['Reuters'],
      evidence:
        spec.evidence === undefined
          ? { start: at, end: at + 80 }
          : { start: at, end: at + 80, text: spec.evidence },
    };
  });
  const extraction: Extraction = {
    schema: 'corroborate/extraction@1',
    document: { id, published, outlet: 'Reuters', text: '' },
    entities: [],
    attributions: [],
    claims,
  };
  return { document: { id, published, outlet: 'Reuters', file: null, url: null }, extraction };
}

const mergeDeps = corroborationDeps(loadKnowledge());

/** Merges documents one by one as the store does; returns the events and each claim's event and rule. */
function merge(docs: CorroborationInput[]) {
  const events = new Map<string, Event>();
  const placed = new Map<string, { event: string; rule: string }>();
  for (const d of docs) {
    const blocks = new Set(candidateBlocks(d.extraction));
    const candidates = [...events.values()].filter((e) => blocks.has(eventBlock(e)));
    const result = corroborate(candidates, d, mergeDeps);
    for (const e of result.events) events.set(e.id, e);
    for (const [claim, event] of result.placements) {
      placed.set(`${d.document.id}#${claim}`, { event, rule: result.rules.get(claim) ?? '?' });
    }
  }
  const at = (key: string) => placed.get(key) ?? { event: '', rule: '' };
  return { events: [...events.values()], at };
}

describe('placement rules', () => {
  it('M7: states named together in one measure take one decision: their claims make one event', () => {
    const { events, at } = merge([
      doc('doc_a', '2024-09-10', [
        { type: 'sanction', actor: 'GBR', target: 'IRN', sentence: 1 },
        { type: 'sanction', actor: 'FRA', target: 'IRN', sentence: 1 },
        { type: 'sanction', actor: 'DEU', target: 'IRN', sentence: 1 },
        { type: 'sanction', actor: 'USA', target: 'IRN', sentence: 2 },
      ]),
    ]);
    expect(events).toHaveLength(2);
    expect(at('doc_a#c2')).toEqual({ event: at('doc_a#c1').event, rule: 'M7' });
    expect(at('doc_a#c3').event).toBe(at('doc_a#c1').event);
    expect(at('doc_a#c4').event).not.toBe(at('doc_a#c1').event);
  });

  it('M7: a state of a joint measure that already has an event of its own block joins that one, the others follow it', () => {
    const { at } = merge([
      doc('doc_a', '2024-09-10', [{ type: 'sanction', actor: 'USA', target: 'IRN' }]),
      doc('doc_b', '2024-09-11', [
        { type: 'sanction', actor: 'GBR', target: 'IRN', sentence: 1 },
        { type: 'sanction', actor: 'USA', target: 'IRN', sentence: 1 },
      ]),
    ]);
    expect(at('doc_b#c2')).toEqual({ event: at('doc_a#c1').event, rule: 'M1' });
    // Placed after the state whose block holds an event, the other state joins the one decision.
    expect(at('doc_b#c1')).toEqual({ event: at('doc_a#c1').event, rule: 'M7' });
  });

  it('M7: donors named together each send their own batch', () => {
    const jets = [w('aircraft')];
    const { events } = merge([
      doc('doc_a', '2024-08-05', [
        { actor: 'DNK', target: 'UKR', weapons: jets, status: 'planned', sentence: 1 },
        { actor: 'NLD', target: 'UKR', weapons: jets, status: 'planned', sentence: 1 },
      ]),
    ]);
    expect(events).toHaveLength(2);
  });

  it('a denial of an arms deal that fits no negotiation joins the reported transfer of the pair', () => {
    const shells = [w('artillery_ammunition')];
    const { events, at } = merge([
      doc('doc_a', '2023-10-13', [
        { actor: 'PRK', weapons: shells, time: '2023-10-13' },
        { type: 'negotiate_transfer', actor: 'PRK', status: 'denied' },
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(at('doc_a#c2').event).toBe(at('doc_a#c1').event);
  });

  it('a denial still joins a negotiation of the pair when one fits', () => {
    const { events } = merge([
      doc('doc_a', '2024-01-04', [{ type: 'negotiate_transfer', weapons: [w('ballistic_missile')] }]),
      doc('doc_b', '2024-01-05', [
        { weapons: [w('drone')], time: '2024-01-05' },
        { type: 'negotiate_transfer', status: 'denied' },
      ]),
    ]);
    const talks = events.find((e) => e.type === 'negotiate_transfer');
    expect(talks?.claims.map((c) => c.status)).toEqual(['asserted', 'denied']);
  });

  it('a denial prefers the reported delivery to a planned transfer reported more recently', () => {
    const drones = [w('drone')];
    const { at } = merge([
      doc('doc_a', '2022-07-12', [{ weapons: drones }]),
      doc('doc_b', '2022-10-16', [{ weapons: drones, status: 'planned' }]),
      doc('doc_c', '2022-10-17', [{ weapons: drones, status: 'denied' }]),
    ]);
    expect(at('doc_c#c1').event).toBe(at('doc_a#c1').event);
  });

  it('a denial in a story of the plan joins the planned transfer, even when a delivery has been reported', () => {
    const drones = [w('drone')];
    const { at } = merge([
      doc('doc_a', '2022-07-12', [{ weapons: drones }]),
      doc('doc_b', '2022-10-16', [{ weapons: drones, status: 'planned' }]),
      // "Iran is preparing to send more drones ... Tehran has denied arming Russia."
      doc('doc_c', '2022-10-17', [
        { weapons: drones, status: 'planned' },
        { weapons: drones, status: 'denied' },
      ]),
    ]);
    expect(at('doc_c#c2').event).toBe(at('doc_b#c1').event);
  });

  it('a denial its document tells of no plan is said of the delivery: it does not join a planned transfer', () => {
    const drones = [w('drone')];
    const { at } = merge([
      doc('doc_b', '2022-10-16', [{ weapons: drones, status: 'planned' }]),
      // "Russia struck Kyiv with Iranian drones ... Iran has denied providing Russia with drones."
      doc('doc_c', '2022-10-17', [
        { type: 'military_use', actor: 'RUS', target: 'UKR', weapons: drones },
        { weapons: drones, status: 'denied' },
      ]),
      doc('doc_d', '2022-10-20', [{ weapons: drones, time: '2022-10-20' }]),
    ]);
    expect(at('doc_c#c2').event).not.toBe(at('doc_b#c1').event);
    expect(at('doc_d#c1').event).toBe(at('doc_c#c2').event);
  });

  it('a condition still joins the reports of the act it is set on, in either phase', () => {
    const { at } = merge([
      doc('doc_a', '2023-02-19', [{ actor: 'CHN', status: 'possible' }]),
      // "Should China provide lethal aid, there would be consequences" in a story of no plan.
      doc('doc_b', '2023-02-20', [{ actor: 'CHN', status: 'conditional' }]),
    ]);
    expect(at('doc_b#c1').event).toBe(at('doc_a#c1').event);
  });

  it("a denial of what was done does not follow its document's possible delivery to come", () => {
    const { at } = merge([
      doc('doc_a', '2023-02-19', [{ actor: 'CHN', status: 'possible', time: '2023-02-19' }]),
      // "The drones could be delivered by April ... Beijing had not provided weapons to either side."
      doc('doc_b', '2023-02-23', [
        { actor: 'CHN', status: 'possible', weapons: [w('drone')], time: '2023-04-01' },
        { actor: 'CHN', status: 'denied' },
      ]),
    ]);
    expect(at('doc_b#c1').event).not.toBe(at('doc_a#c1').event);
    expect(at('doc_b#c2').event).toBe(at('doc_a#c1').event);
  });

  it("places a claim naming several classes after its document's specific claims, so it follows them", () => {
    const { at } = merge([
      doc('doc_a', '2022-07-11', [{ weapons: [w('drone')], status: 'planned' }]),
      // "Iran agreed to supply missiles and more drones ... Fateh-110 and Zolfaghar missiles".
      doc('doc_b', '2022-10-16', [
        { weapons: [w('missile'), w('drone')], status: 'planned' },
        { weapons: [w('ballistic_missile', 'weapon:fateh-110')], status: 'planned' },
      ]),
    ]);
    expect(at('doc_b#c2').event).not.toBe(at('doc_a#c1').event);
    expect(at('doc_b#c1').event).toBe(at('doc_b#c2').event);
  });

  it('M8: another batch ("three more units") starts its own event, and later reports of more join it', () => {
    const irisT = [w('air_defense', 'weapon:iris-t')];
    const { at } = merge([
      doc('doc_a', '2022-10-12', [
        {
          actor: 'DEU',
          target: 'UKR',
          weapons: irisT,
          status: 'planned',
          evidence: 'Germany promised four IRIS-T systems.',
        },
        {
          actor: 'DEU',
          target: 'UKR',
          weapons: irisT,
          status: 'planned',
          time: '2023-01-01',
          evidence: 'Three more units are to follow next year.',
        },
      ]),
      doc('doc_b', '2022-10-20', [
        {
          actor: 'DEU',
          target: 'UKR',
          weapons: irisT,
          status: 'planned',
          evidence: 'Berlin will send further IRIS-T systems.',
        },
        {
          actor: 'DEU',
          target: 'UKR',
          weapons: irisT,
          status: 'planned',
          evidence: 'Germany has promised IRIS-T systems.',
        },
      ]),
    ]);
    expect(at('doc_a#c2').event).not.toBe(at('doc_a#c1').event);
    expect(at('doc_b#c1').event).toBe(at('doc_a#c2').event);
    // A report that does not say "more" reads as the batch itself.
    expect(at('doc_b#c2').event).toBe(at('doc_a#c1').event);
  });

  it('M8: a statement that reports a batch and announces more marks only the announced one', () => {
    const shells = [w('artillery_ammunition')];
    const said = 'The paper said the DPRK sent munitions by rail and that more shipments would follow.';
    const { at } = merge([
      doc('doc_a', '2022-11-20', [{ actor: 'PRK', weapons: shells, time: '2022-11-20' }]),
      doc('doc_b', '2022-12-23', [
        { actor: 'PRK', weapons: shells, sentence: 1, evidence: said },
        { actor: 'PRK', weapons: shells, status: 'planned', sentence: 1, evidence: said },
      ]),
    ]);
    expect(at('doc_b#c1').event).toBe(at('doc_a#c1').event);
  });

  it("M9: a claim of one weapon class is not drawn into another document's summary of several", () => {
    const { at } = merge([
      // "The system arrived as Russian missiles and Iranian-made drones struck power plants."
      doc('doc_a', '2022-10-12', [
        { type: 'military_use', actor: 'RUS', target: 'UKR', weapons: [w('missile'), w('drone')] },
      ]),
      doc('doc_b', '2022-10-17', [
        { type: 'military_use', actor: 'RUS', target: 'UKR', weapons: [w('drone', 'weapon:shahed-136')] },
      ]),
      doc('doc_c', '2022-10-20', [
        { type: 'military_use', actor: 'RUS', target: 'UKR', weapons: [w('drone')] },
      ]),
    ]);
    expect(at('doc_b#c1').event).not.toBe(at('doc_a#c1').event);
    expect(at('doc_c#c1').event).toBe(at('doc_b#c1').event);
  });

  it("M9: a story's own summary still holds its specific claims", () => {
    const { at } = merge([
      doc('doc_a', '2025-07-09', [
        {
          type: 'military_use',
          actor: 'RUS',
          target: 'UKR',
          weapons: [w('drone'), w('missile')],
          time: '2025-07-09',
        },
        { type: 'military_use', actor: 'RUS', target: 'UKR', weapons: [w('drone')] },
      ]),
    ]);
    expect(at('doc_a#c2').event).toBe(at('doc_a#c1').event);
  });

  it('M10: referrals to the Security Council about different states are distinct events', () => {
    const refer = {
      type: 'refer_international' as const,
      actor: 'USA',
      target: 'igo:unsc',
      status: 'planned' as const,
    };
    const { at } = merge([
      doc('doc_a', '2024-01-04', [
        {
          ...refer,
          evidence: "The administration will raise Pyongyang's shipments at the U.N. Security Council.",
        },
      ]),
      doc('doc_b', '2024-02-22', [
        {
          ...refer,
          status: 'conditional',
          evidence:
            'The U.S. would raise the matter at the Security Council and impose new sanctions on Tehran.',
        },
      ]),
      doc('doc_c', '2024-02-23', [
        { ...refer, evidence: 'Washington will take North Korea to the Security Council.' },
      ]),
    ]);
    expect(at('doc_b#c1').event).not.toBe(at('doc_a#c1').event);
    expect(at('doc_c#c1').event).toBe(at('doc_a#c1').event);
  });

  it('breaks a tie between equally fitting events by closeness in time, then the later event, not by id', () => {
    // An undated claim that fits neither event by time follows its document into both (M4): a tie.
    const follower: MergeClaim = {
      ...claim([], '2024-06-01'),
      dated: false,
      document: 'd',
      followDocument: true,
    };
    const older = {
      id: 'a',
      weapons: [],
      eventTime: '2023-01-01',
      lastTime: '2023-01-01',
      documents: new Set(['d']),
    };
    const newer = {
      id: 'b',
      weapons: [],
      eventTime: '2023-12-01',
      lastTime: '2023-12-01',
      documents: new Set(['d']),
    };
    expect(chooseEvent(follower, [older, newer])?.id).toBe('b');
    // Both spans hold the claim's time: the one told more recently.
    const inside = claim([], '2023-06-01');
    const long = { id: 'a', weapons: [], eventTime: '2023-05-01', lastTime: '2023-07-01' };
    const longer = { id: 'b', weapons: [], eventTime: '2023-05-01', lastTime: '2023-08-01' };
    expect(chooseEvent(inside, [long, longer])?.id).toBe('b');
  });
});
