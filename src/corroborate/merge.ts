import type { ClaimStatus, ClaimType, Weapon, WeaponClass } from '../domain/extraction.js';
import { claimTypes } from '../knowledge/claim-types.js';

/** A planned (or conditional) claim goes to a planned event, kept apart from the delivery it announces. */
export type Phase = 'actual' | 'planned';

/** Days either side of an event's time within which a claim's time is the same event. */
export const DEFAULT_WINDOW_DAYS = 120;

/** What merging needs to know of a claim. */
export interface MergeClaim {
  readonly type: ClaimType;
  readonly phase: Phase;
  readonly actor: string | null;
  readonly target: string | null;
  readonly weapons: readonly Weapon[];
  /** When it happened: the claim's own time, else its publication date; null when neither is known. */
  readonly time: string | null;
  /** Whether `time` is the claim's own time rather than its publication date. */
  readonly dated?: boolean;
  /** A denial or a non-confirmation: it answers the reports of an event (`answers`). */
  readonly answer?: boolean;
  /** The times its document retells: its claims' own times more than the window before publication. */
  readonly retells?: readonly string[];
  /** An undated claim that fits no event by time: it may follow its document's claims of the block. */
  readonly followDocument?: boolean;
  /** The document the claim is from. */
  readonly document?: string;
  /** It tells of a batch on top of an earlier one ("three more units", `tellsAddition`). */
  readonly addition?: boolean;
  /** A measure addressed to a body or to no one: the states its statement is about (M10). */
  readonly subjects?: readonly string[];
}

/** What merging needs to know of an event. */
export interface MergeEvent {
  readonly id: string;
  readonly weapons: readonly Weapon[];
  readonly eventTime: string | null;
  /** The latest time the event's claims give (their own times, and the first report's date). */
  readonly lastTime?: string | null;
  /** Documents the event already has claims from. */
  readonly documents?: ReadonlySet<string>;
  /** The latest publication date of a claim supporting the event (asserted, planned, conditional). */
  readonly lastSupported?: string | null;
  /** Documents that retell the event: they date a claim of it more than the window before publication. */
  readonly retold?: ReadonlySet<string>;
  /** The documents that tell it as a batch on top of an earlier one ("three more units"), if any. */
  readonly additions?: ReadonlySet<string>;
  /** All its claims name several weapon classes: it sums up events rather than reports one. */
  readonly summary?: boolean;
  /** A measure addressed to a body or to no one: the states its claims' statements are about (M10). */
  readonly subjects?: ReadonlySet<string>;
}

/**
 * The phase of a claim by its status: planned and conditional claims announce, the others report;
 * a possibility dated after its publication ("the drones could be delivered by April") is what may
 * come: it announces, as an expected delivery does.
 */
export function claimPhase(
  status: ClaimStatus,
  time: string | null = null,
  published: string | null = null,
): Phase {
  if (status === 'planned' || status === 'conditional') return 'planned';
  if (status === 'possible' && after(time, published)) return 'planned';
  return 'actual';
}

// Whether a time is on a later day than a publication date.
function after(time: string | null, published: string | null): boolean {
  return time !== null && published !== null && time.slice(0, 10) > published.slice(0, 10);
}

/**
 * The time of the event a claim gives: its own time, except that what is reported as done, denied
 * or doubted cannot have happened after the report, so a time after publication on a claim of the
 * actual phase is no time of the event (a misread date, or a deadline); null when it gives none.
 */
export function ownTime(status: ClaimStatus, time: string | null, published: string | null): string | null {
  if (time === null) return null;
  return claimPhase(status, time, published) === 'actual' && after(time, published) ? null : time;
}

/** Whether a claim contradicts or doubts a report (a denial, a non-confirmation) rather than reporting. */
export function answers(status: ClaimStatus): boolean {
  return status === 'denied' || status === 'unconfirmed';
}

/** Whether claims of a type are split by phase into planned and actual events. */
export function phased(type: ClaimType): boolean {
  return claimTypes[type].phased;
}

/**
 * The blocking key: only claims and events with the same type, phase, actor and target are compared;
 * types that are not phased have one block for both phases (keyed as `actual`).
 */
export function blockKey(claim: Pick<MergeClaim, 'type' | 'phase' | 'actor' | 'target'>): string {
  const phase = phased(claim.type) ? claim.phase : 'actual';
  return `${claim.type}|${phase}|${claim.actor ?? '-'}|${claim.target ?? '-'}`;
}

/**
 * The phase of an event from its claims' statuses: a phased type keeps its block's phase; another
 * type is planned while none of its claims reports it as done (only planned, conditional or doubted).
 */
export function eventPhase(type: ClaimType, block: Phase, statuses: readonly ClaimStatus[]): Phase {
  if (phased(type)) return block;
  const announced = statuses.some((s) => claimPhase(s) === 'planned');
  const done = statuses.some((s) => s === 'asserted' || s === 'denied');
  return announced && !done ? 'planned' : 'actual';
}

// A class and the classes it includes: "missiles" covers ballistic and cruise missiles.
const INCLUDES: Readonly<Partial<Record<WeaponClass, readonly WeaponClass[]>>> = {
  missile: ['ballistic_missile', 'cruise_missile'],
};

function classesOf(weapons: readonly Weapon[]): Set<WeaponClass> {
  return new Set(weapons.map((w) => w.class).filter((c) => c !== 'unspecified'));
}

/**
 * How many distinct weapon classes a claim names: `unspecified` not counted, nor a class another
 * named class covers ("missiles, including ballistic missiles" names one).
 */
export function classCount(weapons: readonly Weapon[]): number {
  const classes = classesOf(weapons);
  return [...classes].filter((c) => ![...classes].some((o) => INCLUDES[o]?.includes(c))).length;
}

function classesOverlap(a: ReadonlySet<WeaponClass>, b: ReadonlySet<WeaponClass>): boolean {
  for (const x of a) {
    if (b.has(x)) return true;
    for (const y of b) {
      if (INCLUDES[x]?.includes(y) || INCLUDES[y]?.includes(x)) return true;
    }
  }
  return false;
}

function systemsByClass(weapons: readonly Weapon[]): Map<WeaponClass, Set<string>> {
  const out = new Map<WeaponClass, Set<string>>();
  for (const w of weapons) {
    if (!w.system) continue;
    const set = out.get(w.class) ?? new Set<string>();
    set.add(w.system);
    out.set(w.class, set);
  }
  return out;
}

/**
 * Whether two weapon lists can describe one batch: either side unspecified, or their classes overlap
 * (a class covers its subclasses), and no class names a different system on each side only.
 */
export function weaponsCompatible(a: readonly Weapon[], b: readonly Weapon[]): boolean {
  const ca = classesOf(a);
  const cb = classesOf(b);
  if (ca.size === 0 || cb.size === 0) return true;
  if (!classesOverlap(ca, cb)) return false;
  const sa = systemsByClass(a);
  const sb = systemsByClass(b);
  for (const [cls, systems] of sa) {
    const other = sb.get(cls);
    if (other === undefined) continue;
    if (![...systems].some((s) => other.has(s))) return false;
  }
  return true;
}

const DAY_MS = 86_400_000;

/** Days between two ISO dates (`YYYY-MM-DD`, or longer ISO strings), never negative. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY_MS;
}

/**
 * Whether a claim's time is within the window of an event's time span (`eventTime` to `lastTime`)
 * and keeps the span within twice the window; an unknown time fits any event.
 */
export function timeCompatible(
  time: string | null,
  eventTime: string | null,
  windowDays: number,
  lastTime: string | null = eventTime,
): boolean {
  if (time === null || eventTime === null) return true;
  const end = lastTime ?? eventTime;
  // An event covers at most twice the window, so that a story told for years does not become one event.
  const first = time < eventTime ? time : eventTime;
  const last = time > end ? time : end;
  if (daysApart(first, last) > 2 * windowDays) return false;
  if (time >= eventTime && time <= end) return true;
  return Math.min(daysApart(time, eventTime), daysApart(time, end)) <= windowDays;
}

/**
 * Whether a denial or a non-confirmation answers an event's reports: it comes after the event's
 * latest supporting report and within the window of it, however long ago the event itself happened.
 */
export function answersReport(claim: MergeClaim, event: MergeEvent, windowDays: number): boolean {
  const reported = event.lastSupported ?? null;
  if (claim.answer !== true || claim.time === null || reported === null) return false;
  // A statement dated before the report it would answer is about something else.
  return claim.time >= reported && daysApart(claim.time, reported) <= windowDays;
}

function distance(time: string, event: MergeEvent): number {
  const end = event.lastTime ?? event.eventTime ?? time;
  const start = event.eventTime ?? time;
  if (time >= start && time <= end) return 0;
  return Math.min(daysApart(time, start), daysApart(time, end));
}

function sharedSystems(a: readonly Weapon[], b: readonly Weapon[]): number {
  const sb = new Set(b.flatMap((w) => (w.system ? [w.system] : [])));
  return new Set(a.flatMap((w) => (w.system && sb.has(w.system) ? [w.system] : []))).size;
}

/** How a claim's time fits an event: by which rule (STATUS.md, M1-M4), and the time compared, if any. */
export interface TimeFit {
  readonly rule: 'M1' | 'M2' | 'M3' | 'M4';
  /** The time set against the event's span (the claim's, or one its document retells); null for none. */
  readonly time: string | null;
}

/**
 * How a claim's time fits an event, or null when it does not. An undated claim of a document that
 * retells old events (M3) is placed by the times its document retells, not by its publication date;
 * failing that, by its document's claims of the block (M4).
 */
export function timeFit(claim: MergeClaim, event: MergeEvent, windowDays: number): TimeFit | null {
  const undated = claim.dated === false && claim.document !== undefined;
  // The document put its retelling of the event here: the claim is part of that retelling.
  if (undated && event.retold?.has(claim.document as string) === true) return { rule: 'M3', time: null };
  const end = event.lastTime ?? event.eventTime;
  if (timeCompatible(claim.time, event.eventTime, windowDays, end)) return { rule: 'M1', time: claim.time };
  if (answersReport(claim, event, windowDays)) return { rule: 'M2', time: claim.time };
  if (undated) {
    let best: TimeFit | null = null;
    for (const t of claim.retells ?? []) {
      if (!timeCompatible(t, event.eventTime, windowDays, end)) continue;
      if (best === null || (best.time !== null && distance(t, event) < distance(best.time, event))) {
        best = { rule: 'M3', time: t };
      }
    }
    if (best !== null) return best;
    // Failing any event by time, it follows its document's claims of the block.
    if (claim.followDocument === true && event.documents?.has(claim.document as string) === true) {
      return { rule: 'M4', time: null };
    }
  }
  return null;
}

// Half a claim of the same document: between an event holding the document's retelling and one its
// publication date fits, both with claims of the document, the second; without, the first.
const RETOLD_PENALTY = 0.5;
// Half a claim of the same document: between the batch and a further one it fits alike, the batch.
const ADDITION_PENALTY = 0.5;

// Whether a measure's states and an event's are both known and have none in common.
function aboutOthers(claim: readonly string[] | undefined, event: ReadonlySet<string> | undefined): boolean {
  if (claim === undefined || event === undefined || claim.length === 0 || event.size === 0) return false;
  return !claim.some((s) => event.has(s));
}

/**
 * How well a claim fits an event of its block, or null when it cannot be the same event: shared
 * named systems count most, then shared classes, then the same document, then closeness in time.
 */
export function fitScore(claim: MergeClaim, event: MergeEvent, windowDays: number): number | null {
  if (!weaponsCompatible(claim.weapons, event.weapons)) return null;
  // M8: another batch ("three more units") is not the batch told before; it joins only an event that
  // is itself told as another batch.
  const addition = (event.additions?.size ?? 0) > 0;
  if (claim.addition === true && !addition) return null;
  // A document that tells of the batch and of another one keeps its other reports with the batch.
  const own = claim.document !== undefined && event.additions?.has(claim.document) === true;
  if (claim.addition !== true && claim.answer !== true && own) return null;
  // A document mostly tells one story: its claims of one block tend to be about the same event.
  const sameDocument = claim.document !== undefined && event.documents?.has(claim.document) === true;
  // M9: a claim of one weapon class is not drawn into another document's summary of several
  // ("missiles and drones struck"): the summary names its event, and others besides.
  if (event.summary === true && !sameDocument && classCount(claim.weapons) === 1) return null;
  // M10: a measure at a body about other states ("Iran" and "Pyongyang" at the Security Council).
  if (aboutOthers(claim.subjects, event.subjects)) return null;
  const fit = timeFit(claim, event, windowDays);
  if (fit === null) return null;
  let score = 4 * sharedSystems(claim.weapons, event.weapons);
  if (classesOverlap(classesOf(claim.weapons), classesOf(event.weapons))) score += 2;
  if (sameDocument) score += 1;
  if (fit.time !== null && event.eventTime !== null) {
    score -= distance(fit.time, event) / Math.max(1, windowDays);
  }
  // Placed by its document's retelling: a story's undated claim is of its news when that fits too.
  if (fit.rule === 'M3' && fit.time === null) score -= RETOLD_PENALTY;
  // A claim that does not say "more" reads as the batch itself rather than a further one (M8).
  if (addition && claim.addition !== true) score -= ADDITION_PENALTY;
  return score;
}

/**
 * Whether an event that fits a claim as well as the best so far should replace it: the one nearer
 * the claim's time (its own, else its publication date), then the one told more recently (a story's
 * news is of the latest), then the lower id.
 */
export function breaksTie(claim: MergeClaim, event: MergeEvent, best: MergeEvent): boolean {
  if (claim.time !== null) {
    const a = event.eventTime === null ? Number.POSITIVE_INFINITY : distance(claim.time, event);
    const b = best.eventTime === null ? Number.POSITIVE_INFINITY : distance(claim.time, best);
    if (a !== b) return a < b;
  }
  const ea = event.lastTime ?? event.eventTime ?? '';
  const eb = best.lastTime ?? best.eventTime ?? '';
  if (ea !== eb) return ea > eb;
  return event.id < best.id;
}

/** The event of a claim's block it fits best, or null when none fits (the claim starts a new event). */
export function chooseEvent<E extends MergeEvent>(
  claim: MergeClaim,
  candidates: readonly E[],
  windowDays: number = DEFAULT_WINDOW_DAYS,
): E | null {
  let best: E | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const event of candidates) {
    const score = fitScore(claim, event, windowDays);
    if (score === null) continue;
    if (score > bestScore || (score === bestScore && best !== null && breaksTie(claim, event, best))) {
      best = event;
      bestScore = score;
    }
  }
  return best;
}
