import { describe, expect, it } from 'vitest';
import type { Event } from '../domain/event.js';
import type {
  Attribution,
  ClaimStatus,
  ClaimType,
  Extraction,
  Source,
  Weapon,
} from '../domain/extraction.js';
import { loadKnowledge } from '../knowledge/index.js';
import { type CorroborationInput, candidateBlocks, corroborate, eventBlock } from './corroborate.js';
import { corroborationDeps } from './index.js';

const deps = corroborationDeps(loadKnowledge());
const span = { start: 0, end: 4, text: 'text' };

interface ClaimSpec {
  readonly status?: ClaimStatus;
  readonly type?: ClaimType;
  readonly weapons?: Weapon[];
  readonly time?: string;
  readonly actor?: string | null;
  readonly target?: string | null;
  /** Sources from outermost to innermost. */
  readonly chain?: (Partial<Source> & { name: string })[];
}

function input(
  id: string,
  outlet: string,
  published: string,
  specs: ClaimSpec[],
  echoOf?: string,
): CorroborationInput {
  const attributions: Attribution[] = [];
  const claims = specs.map((spec, i) => {
    let parent: string | null = null;
    for (const source of spec.chain ?? []) {
      const aid = `a${attributions.length + 1}`;
      attributions.push({
        id: aid,
        source: { entity: null, kind: 'person', ...source },
        cue: 'said',
        content: span,
        parent,
      });
      parent = aid;
    }
    return {
      id: `c${i + 1}`,
      type: spec.type ?? 'transfer',
      actor: spec.actor === undefined ? 'IRN' : spec.actor,
      target: spec.target === undefined ? 'RUS' : spec.target,
      weapons: spec.weapons ?? [],
      time: spec.time === undefined ? null : { start: spec.time },
      status: spec.status ?? 'asserted',
      source: parent,
      chain: [outlet, ...(spec.chain ?? []).map((s) => s.name)],
      evidence: span,
    };
  });
  const extraction: Extraction = {
    schema: 'corroborate/extraction@1',
    document: { id, published, outlet, text: 'text' },
    entities: [],
    attributions,
    claims,
  };
  return {
    document: { id, published, outlet, file: `${id}.txt`, url: null },
    extraction,
    ...(echoOf === undefined ? {} : { echoOf: { document: echoOf, outlet: 'Reuters' } }),
  };
}

/** Ingests inputs one by one, as the store does: only the candidate blocks' events are passed in. */
function run(inputs: CorroborationInput[]): Event[] {
  const events = new Map<string, Event>();
  for (const i of inputs) {
    const blocks = new Set(candidateBlocks(i.extraction));
    const result = corroborate(
      [...events.values()].filter((e) => blocks.has(eventBlock(e))),
      i,
      deps,
    );
    for (const e of result.events) events.set(e.id, e);
  }
  return [...events.values()];
}

const missiles: Weapon[] = [{ class: 'ballistic_missile', system: 'weapon:fath-360' }];
const reuters = { name: 'Reuters', kind: 'outlet' as const };
const anon = { name: 'European security sources', kind: 'anonymous' as const };

/**
 * Shells shipped in August 2023 (AP), reported again in February 2024 dated to September 2023 (the
 * latest report), and denied in May 2024 on the day of the denial.
 */
function shipmentsThenDenial() {
  const shells: Weapon[] = [{ class: 'artillery_ammunition', system: null }];
  return run([
    input('doc_a', 'AP', '2023-10-13', [{ weapons: shells, time: '2023-08-01' }]),
    input('doc_b', 'Yonhap', '2024-02-27', [{ weapons: shells, time: '2023-09-01' }]),
    input('doc_c', 'NK News', '2024-05-17', [{ status: 'denied', time: '2024-05-17' }]),
  ]);
}

describe('corroborate', () => {
  it('counts ten outlets repeating one Reuters story as one origin and flags it circular', () => {
    const inputs = [input('doc_r', 'Reuters', '2024-09-06', [{ weapons: missiles, chain: [anon] }])];
    const outlets = [
      'CNN',
      'BBC',
      'The Hindu',
      'Al Jazeera',
      'Daily Sabah',
      'Le Monde',
      'NDTV',
      'Dawn',
      'SCMP',
    ];
    outlets.forEach((o, i) => {
      // Half name the sources, half only "Reuters reported": the link to the story gives both one origin.
      const chain = i % 2 === 0 ? [reuters, anon] : [reuters];
      inputs.push(input(`doc_${i}`, o, '2024-09-07', [{ weapons: [{ class: 'missile' }], chain }]));
    });
    const [event, ...rest] = run(inputs);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ independentOrigins: 1, circular: true, status: 'claimed', reports: 10 });
    expect(event?.origins[0]).toMatchObject({
      name: 'Reuters',
      kind: 'sources',
      stance: 'asserts',
      documents: 10,
    });
    expect(event?.echoes).toEqual([...outlets].sort());
    expect(event?.grade.credibility).toBe(3);
    expect(event?.claims.filter((c) => c.linked === 'doc_r')).toHaveLength(9);
  });

  it("puts the supplier's denial and the recipient's enemy's confirmation in one disputed event", () => {
    const events = run([
      input('doc_1', 'Kyiv Independent', '2024-09-08', [
        {
          weapons: missiles,
          chain: [{ name: 'Ukraine', kind: 'government', entity: 'UKR', country: 'UKR' }],
        },
      ]),
      input('doc_2', 'Tehran Times', '2024-09-11', [
        {
          status: 'denied',
          weapons: [{ class: 'unspecified' }],
          chain: [{ name: 'Foreign Ministry', kind: 'government', country: 'IRN' }],
        },
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 'disputed', independentOrigins: 2 });
    expect(events[0]?.timeline.map((t) => t.kind)).toEqual(['first_report', 'status_change']);
  });

  it('keeps a negotiation, a planned and a delivered transfer distinct but related', () => {
    const events = run([
      input('doc_1', 'AFP', '2024-06-01', [{ type: 'negotiate_transfer', weapons: missiles }]),
      input('doc_2', 'AFP', '2024-07-01', [{ status: 'planned', weapons: missiles }]),
      input('doc_3', 'AFP', '2024-09-06', [{ weapons: missiles }]),
    ]);
    expect(events.map((e) => `${e.type}/${e.phase}/${e.status}`).sort()).toEqual([
      'negotiate_transfer/actual/claimed',
      'transfer/actual/claimed',
      'transfer/planned/planned',
    ]);
    for (const e of events) expect(e.related).toHaveLength(2);
  });

  it('recognises a temporal echo by its event time: it joins the old event', () => {
    const events = run([
      input('doc_1', 'AFP', '2024-09-06', [{ weapons: missiles }]),
      input('doc_2', 'Reuters', '2025-06-01', [{ weapons: missiles, time: '2024-09-04' }]),
      input('doc_3', 'Reuters', '2025-06-02', [{ weapons: missiles }]),
    ]);
    expect(events).toHaveLength(2);
    const old = events.find((e) => e.claims.some((c) => c.document === 'doc_1'));
    expect(old?.claims.map((c) => c.document)).toEqual(['doc_1', 'doc_2']);
    expect(old?.timeline.at(-1)?.kind).toBe('status_change');
  });

  it('splits transfers of different weapon classes', () => {
    const events = run([
      input('doc_1', 'AFP', '2024-09-06', [{ weapons: missiles }]),
      input('doc_2', 'AFP', '2024-09-07', [{ weapons: [{ class: 'drone', system: 'weapon:shahed-136' }] }]),
    ]);
    expect(events).toHaveLength(2);
  });

  it("treats a near-duplicate's own voice as the first printer's", () => {
    const events = run([
      input('doc_1', 'Reuters', '2024-09-06', [{ weapons: missiles }]),
      input('doc_2', 'Yahoo News', '2024-09-06', [{ weapons: missiles }], 'doc_1'),
    ]);
    expect(events[0]).toMatchObject({ independentOrigins: 1, echoes: ['Yahoo News'] });
    expect(events[0]?.claims[1]).toMatchObject({ origin: 'Reuters', echoOf: 'doc_1' });
  });

  it('keeps event ids and claim references stable when another document joins', () => {
    const first = run([input('doc_1', 'AFP', '2024-09-06', [{ weapons: missiles }])]);
    const both = run([
      input('doc_1', 'AFP', '2024-09-06', [{ weapons: missiles }]),
      input('doc_2', 'BBC', '2024-09-07', [{ weapons: missiles }]),
    ]);
    expect(both.map((e) => e.id)).toEqual(first.map((e) => e.id));
    expect(both[0]?.claims.map((c) => `${c.document}#${c.claim}`)).toEqual(['doc_1#c1', 'doc_2#c1']);
    expect(both[0]?.status).toBe('corroborated');
  });

  it('M2: puts a denial in the event whose latest report it answers, however long ago the event happened', () => {
    const events = shipmentsThenDenial();
    expect(events).toHaveLength(1);
    expect(events[0]?.status).toBe('disputed');
  });

  it('M2: starts a new event for a denial long after the latest report', () => {
    const shells: Weapon[] = [{ class: 'artillery_ammunition', system: null }];
    const events = run([
      input('doc_a', 'AP', '2023-10-13', [{ weapons: shells, time: '2023-08-01' }]),
      input('doc_c', 'NK News', '2024-05-17', [{ status: 'denied', time: '2024-05-17' }]),
    ]);
    expect(events).toHaveLength(2);
  });

  it("M3: lets an undated claim of a document retelling an old event follow that document's dated claim", () => {
    const drones: Weapon[] = [{ class: 'drone', system: 'weapon:shahed-136' }];
    const events = run([
      input('doc_a', 'Reuters', '2022-10-20', [{ weapons: drones, time: '2022-10-17' }]),
      input('doc_b', 'Reuters', '2025-01-17', [
        { weapons: drones, time: '2022-11-01', status: 'denied' },
        { weapons: drones },
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.claims.map((c) => c.document)).toEqual(['doc_a', 'doc_b', 'doc_b']);
  });

  it('M3: keeps an undated claim of a later document apart from an old event it does not date', () => {
    const drones: Weapon[] = [{ class: 'drone', system: null }];
    const events = run([
      input('doc_a', 'Reuters', '2022-10-20', [{ weapons: drones, time: '2022-10-17' }]),
      input('doc_b', 'Reuters', '2025-01-17', [{ weapons: drones }]),
    ]);
    expect(events).toHaveLength(2);
  });

  it("M4: lets an undated claim follow its document's denial into an event it fits by no time", () => {
    const shells: Weapon[] = [{ class: 'artillery_ammunition', system: null }];
    const events = run([
      input('doc_a', 'AP', '2023-10-13', [{ weapons: shells, time: '2023-08-01' }]),
      input('doc_b', 'Yonhap', '2024-02-27', [{ weapons: shells, time: '2023-09-01' }]),
      input('doc_c', 'NK News', '2024-05-17', [
        { status: 'denied', time: '2024-05-17' },
        { weapons: shells, chain: [{ name: 'South Korean officials', kind: 'anonymous' }] },
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.claims).toHaveLength(4);
  });

  it('blocks: merges a planned and an imposed sanction into one event (sanctions are not phased)', () => {
    const events = run([
      input('doc_a', 'CNN', '2024-09-07', [
        { type: 'sanction', actor: 'USA', target: 'IRN', status: 'planned' },
      ]),
      input('doc_b', 'BBC', '2024-09-10', [{ type: 'sanction', actor: 'USA', target: 'IRN' }]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.phase).toBe('actual');
  });

  it('blocks: keeps a sanction only announced as planned, and a planned transfer apart from the delivery', () => {
    const sanction = run([
      input('doc_a', 'CNN', '2024-09-07', [
        { type: 'sanction', actor: 'USA', target: 'IRN', status: 'planned' },
      ]),
    ]);
    expect(sanction[0]?.status).toBe('planned');
    const transfer = run([
      input('doc_a', 'CNN', '2024-08-09', [{ weapons: missiles, status: 'planned' }]),
      input('doc_b', 'BBC', '2024-09-06', [{ weapons: missiles }]),
    ]);
    expect(transfer).toHaveLength(2);
  });

  it('M5: puts the measures of one type one actor announces in one document against one target or its body in one event', () => {
    const events = run([
      input('doc_a', 'CNN', '2024-02-22', [
        { type: 'threaten', actor: 'USA', target: 'IRN', status: 'conditional' },
        { type: 'refer_international', actor: 'USA', target: 'igo:unsc', status: 'conditional' },
        { type: 'sanction', actor: 'USA', target: 'IRN', status: 'conditional' },
        { type: 'sanction', actor: 'USA', target: 'igo:un', status: 'conditional' },
        { type: 'sanction', actor: 'GBR', target: 'IRN' },
      ]),
    ]);
    // A threat, a referral and sanctions are distinct events, even announced together.
    expect(events.map((e) => `${e.type}:${e.claims.length}`).sort()).toEqual([
      'refer_international:1',
      'sanction:1',
      'sanction:2',
      'threaten:1',
    ]);
  });

  it('M6: puts a claim of no specific type in the event its document tells of the same two parties', () => {
    const events = run([
      input('doc_a', 'Reuters', '2024-08-09', [
        { weapons: missiles, status: 'planned' },
        { type: 'other', actor: 'RUS', target: 'IRN' },
        { type: 'other', actor: 'RUS', target: 'PRK' },
      ]),
    ]);
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.type === 'transfer')?.claims).toHaveLength(2);
  });

  it('M3: lets an undated claim of a retelling document join an old event of another block near the time it retells', () => {
    const drones: Weapon[] = [{ class: 'drone', system: null }];
    const use = { type: 'military_use' as const, actor: 'RUS', target: 'UKR', weapons: drones };
    const events = run([
      input('doc_a', 'Kyiv Independent', '2022-10-17', [{ ...use, time: '2022-10-17' }]),
      // A 2025 story that dates only the transfer (2022) and recalls the use of the drones undated.
      input('doc_b', 'Reuters', '2025-01-17', [
        { weapons: drones, time: '2022-11-01', status: 'denied' },
        use,
      ]),
    ]);
    const campaign = events.filter((e) => e.type === 'military_use');
    expect(campaign).toHaveLength(1);
    expect(campaign[0]?.claims.map((c) => c.document)).toEqual(['doc_a', 'doc_b']);
    expect(campaign[0]?.eventTimeEnd).toBe('2022-10-17');
  });

  it('M3: still places an undated claim of a retelling document by its publication date when that fits', () => {
    const drones: Weapon[] = [{ class: 'drone', system: null }];
    const use = { type: 'military_use' as const, actor: 'RUS', target: 'UKR', weapons: drones };
    const events = run([
      input('doc_a', 'Kyiv Independent', '2022-10-17', [{ ...use, time: '2022-10-17' }]),
      input('doc_c', 'Ukrinform', '2025-01-10', [{ ...use, time: '2025-01-10' }]),
      input('doc_b', 'Reuters', '2025-01-17', [
        { weapons: drones, time: '2022-11-01', status: 'denied' },
        use,
      ]),
    ]);
    const recent = events.find((e) => e.claims.some((c) => c.document === 'doc_c'));
    expect(recent?.claims.map((c) => c.document)).toEqual(['doc_c', 'doc_b']);
  });

  it('M1 over M3: an undated claim goes with its news, not its retelling, when both hold its document', () => {
    const drones: Weapon[] = [{ class: 'drone', system: null }];
    const use = { type: 'military_use' as const, actor: 'RUS', target: 'UKR', weapons: drones };
    const events = run([
      input('doc_a', 'Kyiv Independent', '2022-10-17', [{ ...use, time: '2022-10-17' }]),
      // "Russia launched 728 drones overnight ... Air defenses downed most of the drones ... The
      // Shahed-136 first appeared over Ukraine in September 2022."
      input('doc_b', 'Kyiv Independent', '2025-07-09', [
        { ...use, time: '2025-07-09' },
        use,
        { ...use, time: '2022-09-01' },
      ]),
    ]);
    const news = events.find((e) => e.eventTime === '2025-07-09');
    expect(news?.claims.map((c) => c.claim)).toEqual(['c1', 'c2']);
    const campaign = events.find((e) => e.claims.some((c) => c.document === 'doc_a'));
    expect(campaign?.claims.map((c) => `${c.document}#${c.claim}`)).toEqual(['doc_a#c1', 'doc_b#c3']);
  });

  it("M1: a denial's own time (when it answered) does not stretch the event's span", () => {
    const events = shipmentsThenDenial();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      eventTime: '2023-08-01',
      eventTimeEnd: '2023-10-13',
      status: 'disputed',
    });
  });

  it('M1: a retelling that starts an event spans the time it retells, not its publication date', () => {
    const events = run([
      input('doc_a', 'Reuters', '2025-06-01', [{ weapons: missiles, time: '2024-09-04' }]),
    ]);
    expect(events[0]).toMatchObject({ eventTime: '2024-09-04', eventTimeEnd: '2024-09-04' });
  });

  it('places a reported claim dated after its publication by its publication date (no event time)', () => {
    const drones: Weapon[] = [{ class: 'drone', system: null }];
    const events = run([
      input('doc_a', 'Euronews', '2022-10-20', [{ weapons: drones, time: '2022-10-17' }]),
      // "Tehran has not confirmed any deliveries after February", its month read as the next one.
      input('doc_b', 'Al Jazeera', '2022-11-05', [
        { weapons: drones, status: 'unconfirmed', time: '2023-04-01' },
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ eventTime: '2022-10-17', eventTimeEnd: '2022-10-20' });
  });

  it('records by which rule each claim was placed', () => {
    const shells: Weapon[] = [{ class: 'artillery_ammunition', system: null }];
    const [event] = run([
      input('doc_a', 'AP', '2023-10-13', [{ weapons: shells, time: '2023-08-01' }]),
      input('doc_b', 'Yonhap', '2024-02-27', [{ weapons: shells, time: '2023-09-01' }]),
    ]);
    if (event === undefined) throw new Error('no event');
    const later = input('doc_c', 'NK News', '2024-05-17', [
      { status: 'denied', time: '2024-05-17' },
      { weapons: shells },
      { type: 'sanction', actor: 'USA', target: 'PRK' },
      { type: 'sanction', actor: 'USA', target: null },
    ]);
    const { rules } = corroborate([event], later, deps);
    expect(Object.fromEntries(rules)).toEqual({ c1: 'M2', c2: 'M4', c3: 'new', c4: 'M5' });
  });
});
