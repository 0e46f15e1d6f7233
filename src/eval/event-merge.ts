import type { Extraction } from '../domain/extraction.js';
import type { Gold, GoldClaim } from './gold.js';
import { alternatives, maxMatching, valueOk, weaponOk } from './match.js';
import { round3 } from './score.js';

/** One gold document with its extraction and the event each of its claims was merged into. */
export interface MergedDocument {
  readonly name: string;
  readonly gold: Gold;
  readonly extraction: Extraction | null;
  /** The system event of a claim id of this document, or null when it went to none. */
  eventOf(claim: string): string | null;
  /** The extraction is the gold's own claims, in order: gold claim i is system claim i, no matching. */
  readonly goldClaims?: boolean;
}

/** A gold claim matched to a system claim at the event level, with both events. */
export interface MergeItem {
  readonly document: string;
  readonly goldClaim: number;
  readonly claim: string;
  readonly goldEvent: string;
  readonly systemEvent: string;
}

/** Pairwise and B-cubed precision, recall and F1 of a merge against gold event ids. */
export interface MergeScores {
  readonly items: number;
  readonly goldEvents: number;
  readonly systemEvents: number;
  /** Gold claims with an event id that no system claim matched (left out of the scores). */
  readonly unmatched: number;
  readonly pairwise: readonly [number, number, number];
  readonly bcubed: readonly [number, number, number];
}

interface Tuple<C> {
  readonly claim: C;
  readonly index: number;
  readonly slot: string | null;
}

function goldMatches(
  g: GoldClaim,
  slot: string | null,
  c: Extraction['claims'][number],
  cls: string | null,
): boolean {
  return (
    valueOk(g.type, c.type) && valueOk(g.actor, c.actor) && valueOk(g.target, c.target) && weaponOk(slot, cls)
  );
}

/** Whether a gold slot names a weapon class by one of its alternatives, not only by `*`. */
export function namesClass(slot: string | null, weaponClass: string | null): boolean {
  if (slot === null) return weaponOk(null, weaponClass);
  return alternatives(slot).some((a) => a !== '*' && valueOk(a, weaponClass));
}

/**
 * Matches a document's gold claims to its system claims at GOLD.md's event level (type, actor,
 * target, weapon; one-to-one over weapon tuples, required claims first, then optional ones; a claim
 * of the gold's status preferred among equals) and
 * returns the matched gold claims that carry an event id, with the system event of their claim.
 */
export function mergeItems(doc: MergedDocument): { items: MergeItem[]; unmatched: number } {
  const gold = doc.gold.claims.flatMap((claim, index) =>
    (claim.weapons && claim.weapons.length > 0 ? claim.weapons : [null]).map((slot) => ({
      claim,
      index,
      slot,
    })),
  );
  const system = (doc.extraction?.claims ?? []).flatMap((claim, index) =>
    (claim.weapons.length > 0 ? claim.weapons.map((w) => w.class as string) : [null]).map((slot) => ({
      claim,
      index,
      slot,
    })),
  );
  const pairs = new Map<number, number>();
  if (doc.goldClaims === true) {
    for (let i = 0; i < doc.gold.claims.length; i += 1) pairs.set(i, i);
  }
  const match = (left: Tuple<GoldClaim>[], right: typeof system) => {
    const fits = (g: Tuple<GoldClaim>, s: (typeof system)[number]) =>
      goldMatches(g.claim, g.slot, s.claim, s.slot);
    const sameStatus = (g: Tuple<GoldClaim>, s: (typeof system)[number]) =>
      valueOk(g.claim.status, s.claim.status);
    // A slot that names the claim's class (not only through `*`) is the statement about that weapon.
    const named = (g: Tuple<GoldClaim>, s: (typeof system)[number]) => namesClass(g.slot, s.slot);
    // Among claims that match at the event level, the one with the gold's status and the gold's
    // named weapon class is the same statement: such pairs first, then those of the same status, then
    // those of the named class, then the rest, unless that matches fewer claims.
    const any = maxMatching(left, right, fits, sameStatus);
    const stages: ((g: Tuple<GoldClaim>, s: (typeof system)[number]) => boolean)[] = [
      (g, s) => sameStatus(g, s) && named(g, s),
      sameStatus,
      named,
      () => true,
    ];
    const staged = new Map<number, number>();
    for (const stage of stages) {
      const taken = new Set(staged.values());
      const restLeft = left.flatMap((_, i) => (taken.has(i) ? [] : [i]));
      const restRight = right.flatMap((_, j) => (staged.has(j) ? [] : [j]));
      const found = maxMatching(
        restLeft.map((i) => left[i] as Tuple<GoldClaim>),
        restRight.map((j) => right[j] as (typeof system)[number]),
        (g, s) => fits(g, s) && stage(g, s),
      );
      for (const [j, i] of found) staged.set(restRight[j] as number, restLeft[i] as number);
    }
    const owner = staged.size >= any.size ? staged : any;
    for (const [j, i] of owner) {
      const g = left[i];
      const s = right[j];
      if (g !== undefined && s !== undefined && !pairs.has(g.index)) pairs.set(g.index, s.index);
    }
    return new Set(owner.keys());
  };
  if (doc.goldClaims !== true) {
    const used = match(
      gold.filter((g) => g.claim.optional !== true),
      system,
    );
    match(
      gold.filter((g) => g.claim.optional === true),
      system.filter((_, j) => !used.has(j)),
    );
  }
  const items: MergeItem[] = [];
  let unmatched = 0;
  doc.gold.claims.forEach((g, index) => {
    if (g.event === undefined) return;
    const s = pairs.get(index);
    const claim = s === undefined ? undefined : doc.extraction?.claims[s];
    const systemEvent = claim === undefined ? null : doc.eventOf(claim.id);
    if (claim === undefined || systemEvent === null) {
      if (g.optional !== true) unmatched += 1;
      return;
    }
    items.push({ document: doc.name, goldClaim: index, claim: claim.id, goldEvent: g.event, systemEvent });
  });
  return { items, unmatched };
}

function prf(p: number, r: number): readonly [number, number, number] {
  return [round3(p), round3(r), round3(p + r ? (2 * p * r) / (p + r) : 0)];
}

/** Pairwise and B-cubed scores of merged items (each item: its gold and its system event). */
export function clusterScores(items: readonly Pick<MergeItem, 'goldEvent' | 'systemEvent'>[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i] as MergeItem;
      const b = items[j] as MergeItem;
      const sameGold = a.goldEvent === b.goldEvent;
      const sameSystem = a.systemEvent === b.systemEvent;
      if (sameGold && sameSystem) tp += 1;
      else if (sameSystem) fp += 1;
      else if (sameGold) fn += 1;
    }
  }
  let precision = 0;
  let recall = 0;
  for (const a of items) {
    const sys = items.filter((b) => b.systemEvent === a.systemEvent);
    const gold = items.filter((b) => b.goldEvent === a.goldEvent);
    const both = sys.filter((b) => b.goldEvent === a.goldEvent).length;
    precision += both / sys.length;
    recall += both / gold.length;
  }
  const n = Math.max(1, items.length);
  return {
    pairwise: prf(tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0),
    bcubed: prf(items.length ? precision / n : 0, items.length ? recall / n : 0),
  };
}

/** Scores the merge of a gold folder's claims into events against the gold `event` ids (GOLD.md). */
export function scoreMerge(
  docs: readonly MergedDocument[],
): MergeScores & { readonly itemList: MergeItem[] } {
  const all: MergeItem[] = [];
  let unmatched = 0;
  for (const doc of docs) {
    const r = mergeItems(doc);
    all.push(...r.items);
    unmatched += r.unmatched;
  }
  return {
    items: all.length,
    goldEvents: new Set(all.map((i) => i.goldEvent)).size,
    systemEvents: new Set(all.map((i) => i.systemEvent)).size,
    unmatched,
    ...clusterScores(all),
    itemList: all,
  };
}
