import type { Claim, Extraction } from '../domain/extraction.js';
import type { Gold, GoldClaim } from './gold.js';
import { maxMatching, norm, slugName, sourceOk, valueOk, weaponOk } from './match.js';

/** One document to score: its gold file and what the extractor found (null when it found nothing). */
export interface ScoredDocument {
  readonly name: string;
  readonly gold: Gold;
  readonly extraction: Extraction | null;
}

/** Precision, recall and F1, each rounded to 3 decimals. */
export type Prf = readonly [precision: number, recall: number, f1: number];

/** True positives, false positives and false negatives at one level. */
export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** A system tuple nobody asked for, as score.py's `--detail` shows it. */
export interface ExtraTuple {
  readonly type: string;
  readonly actor: string | null;
  readonly target: string | null;
  readonly status: string;
  readonly weapon: string | null;
  readonly evidence: string | null;
}

/** What one document got wrong at the event+status level. */
export interface DocumentDetail {
  readonly doc: string;
  readonly missed: readonly string[];
  readonly extra: readonly ExtraTuple[];
}

/** The scores of a gold folder, with score.py's field names and order. */
export interface Scores {
  readonly event: Prf;
  readonly event_status: Prf;
  readonly event_status_source: Prf;
  readonly counts: Readonly<Record<'1' | '2' | '3', Counts>>;
  readonly entity_recall: number | null;
  readonly source_recall: number | null;
  readonly published_accuracy: number | null;
  readonly outlet_accuracy: number | null;
  readonly detail?: readonly DocumentDetail[];
}

type Level = 1 | 2 | 3;
const LEVELS: readonly Level[] = [1, 2, 3];

interface GoldTuple {
  readonly claim: GoldClaim;
  readonly slot: string | null;
  readonly optional: boolean;
}

interface SystemTuple {
  readonly claim: Claim;
  readonly weaponClass: string | null;
  readonly names: readonly (string | null)[];
}

/** Rounds like Python's `round(x, 3)`: exact binary ties (x = k/16) go to the even digit. */
export function round3(x: number): number {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && !Number.isInteger(x * 1000)) {
    const down = Math.floor(x * 1000);
    return (down % 2 === 0 ? down : down + 1) / 1000;
  }
  // toFixed rounds the exact binary value, as Python does for everything but exact ties.
  return Number(x.toFixed(3));
}

function goldTuples(gold: Gold): GoldTuple[] {
  return gold.claims.flatMap((claim) => {
    const slots = claim.weapons && claim.weapons.length > 0 ? claim.weapons : [null];
    return slots.map((slot) => ({ claim, slot, optional: claim.optional === true }));
  });
}

function systemTuples(extraction: Extraction | null): SystemTuple[] {
  if (extraction === null) return [];
  const attributions = new Map(extraction.attributions.map((a) => [a.id, a]));
  const outlet = extraction.document.outlet;
  return extraction.claims.flatMap((claim) => {
    const attribution = claim.source === null ? undefined : attributions.get(claim.source);
    // A claim in the document's own voice (or whose attribution is missing) speaks for the outlet.
    const names =
      attribution === undefined
        ? outlet
          ? [outlet]
          : []
        : [attribution.source.name, slugName(attribution.source.entity)];
    const classes = claim.weapons.length > 0 ? claim.weapons.map((w) => w.class) : [null];
    return classes.map((weaponClass) => ({ claim, weaponClass, names }));
  });
}

function matches(g: GoldTuple, s: SystemTuple, level: Level): boolean {
  const gc = g.claim;
  const sc = s.claim;
  if (!valueOk(gc.type, sc.type)) return false;
  if (!valueOk(gc.actor, sc.actor)) return false;
  if (!valueOk(gc.target, sc.target)) return false;
  if (!weaponOk(g.slot, s.weaponClass)) return false;
  if (level >= 2 && !valueOk(gc.status, sc.status)) return false;
  if (level >= 3 && !sourceOk(gc.source, s.names)) return false;
  return true;
}

interface DocumentScore extends Counts {
  readonly missed: readonly GoldTuple[];
  readonly extra: readonly SystemTuple[];
}

function scoreDocument(gold: Gold, extraction: Extraction | null, level: Level): DocumentScore {
  const all = goldTuples(gold);
  const system = systemTuples(extraction);
  const required = all.filter((g) => !g.optional);
  const optional = all.filter((g) => g.optional);
  const owner = maxMatching(required, system, (g, s) => matches(g, s, level));
  const rest = system.filter((_, j) => !owner.has(j));
  // A system tuple that matches an optional gold tuple is taken out: neither right nor wrong.
  const ownerOptional = maxMatching(optional, rest, (g, s) => matches(g, s, level));
  const matchedGold = new Set(owner.values());
  return {
    tp: owner.size,
    fp: rest.length - ownerOptional.size,
    fn: required.length - owner.size,
    missed: required.filter((_, i) => !matchedGold.has(i)),
    extra: rest.filter((_, j) => !ownerOptional.has(j)),
  };
}

function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [round3(p), round3(r), round3(f)];
}

function ratio([hits, total]: readonly [number, number]): number | null {
  return total ? round3(hits / total) : null;
}

function detailOf(name: string, score: DocumentScore): DocumentDetail {
  return {
    doc: name,
    missed: score.missed.map((m) => `${m.claim.note ?? m.claim.type} [${m.slot ?? 'None'}]`),
    extra: score.extra.map(({ claim, weaponClass }) => ({
      type: claim.type,
      actor: claim.actor,
      target: claim.target,
      status: claim.status,
      weapon: weaponClass,
      evidence: claim.evidence.text ?? null,
    })),
  };
}

/**
 * Scores extractions against gold files by the rules of GOLD.md, as `score.py` does (in the given order): tuples matched
 * one-to-one per level, micro-averaged; entities and sources as recall; published and outlet as accuracy.
 */
export function scoreDocuments(
  documents: readonly ScoredDocument[],
  options: { detail?: boolean } = {},
): Scores {
  const totals: Record<Level, { tp: number; fp: number; fn: number }> = {
    1: { tp: 0, fp: 0, fn: 0 },
    2: { tp: 0, fp: 0, fn: 0 },
    3: { tp: 0, fp: 0, fn: 0 },
  };
  const entities: [number, number] = [0, 0];
  const sources: [number, number] = [0, 0];
  const published: [number, number] = [0, 0];
  const outlet: [number, number] = [0, 0];
  const detail: DocumentDetail[] = [];

  for (const { name, gold, extraction } of documents) {
    for (const level of LEVELS) {
      const score = scoreDocument(gold, extraction, level);
      const total = totals[level];
      total.tp += score.tp;
      total.fp += score.fp;
      total.fn += score.fn;
      if (level === 2 && options.detail) detail.push(detailOf(name, score));
    }
    const ids = new Set((extraction?.entities ?? []).map((e) => norm(e.id)));
    for (const id of gold.entities) {
      entities[1] += 1;
      if (ids.has(norm(id))) entities[0] += 1;
    }
    const attributions = extraction?.attributions ?? [];
    const names = [
      ...attributions.map((a) => a.source.name),
      ...attributions.map((a) => slugName(a.source.entity)),
    ];
    for (const source of gold.sources) {
      sources[1] += 1;
      if (sourceOk(source, names)) sources[0] += 1;
    }
    const doc = extraction?.document;
    if ('published' in gold) {
      published[1] += 1;
      if ((doc?.published ?? null) === (gold.published ?? null)) published[0] += 1;
    }
    if ('outlet' in gold) {
      outlet[1] += 1;
      if (valueOk(gold.outlet ?? null, doc?.outlet ?? null)) outlet[0] += 1;
    }
  }

  return {
    event: prf(totals[1]),
    event_status: prf(totals[2]),
    event_status_source: prf(totals[3]),
    counts: { '1': totals[1], '2': totals[2], '3': totals[3] },
    entity_recall: ratio(entities),
    source_recall: ratio(sources),
    published_accuracy: ratio(published),
    outlet_accuracy: ratio(outlet),
    ...(detail.length > 0 ? { detail } : {}),
  };
}
