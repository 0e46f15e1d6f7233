/**
 * How drafts combine: a frame's reading fills or splits a draft's roles, a group acts as each member,
 * and an event of the same sentence that continues the previous one merges into it.
 */
import type { FrameReading } from '../frame-roles.js';
import { membersOf } from '../lexicon.js';
import type { SentenceSyntax } from '../syntax/index.js';
import type { Parsed, Token } from '../text.js';
import { BOUNDARY } from './clause.js';
import type { Draft, Party } from './types.js';

/**
 * A draft's roles as its frame reads them from the grammar: a role the rules left empty is filled, and
 * a role whose phrase joins several parties ("from Iran and North Korea") gives one draft per party.
 */
export function framed(ds: Draft[], frame: FrameReading): Draft[] {
  const out: Draft[] = [];
  // "Sweden, along with Finland, will send": when the frame agrees with one draft's actor, the others'
  // actors are co-actors the rules found, not misreadings.
  const agreed = ds.some((d) => d.actor !== null && frame.actors.includes(d.actor));
  for (const given of ds) {
    const d = unswapped(given, frame);
    const overrides = (explicit: boolean, parties: readonly string[], party: Party) =>
      parties.length > 0 && !parties.includes(party ?? '') && (party === null || explicit);
    const actors =
      overrides(frame.explicitActors, frame.actors, d.actor) && !(agreed && d.actor !== null)
        ? frame.actors
        : [d.actor];
    const targets = overrides(frame.explicitTargets, frame.targets, d.target)
      ? frame.targets
      : frame.targets.length > 1 && frame.targets.includes(d.target ?? '')
        ? frame.targets
        : [d.target];
    const moreActors =
      frame.actors.length > 1 && frame.actors.includes(d.actor ?? '') ? frame.actors : actors;
    for (const actor of moreActors)
      for (const target of targets) {
        if (actor !== null && actor === target) continue;
        if (!out.some((x) => x.actor === actor && x.target === target && x.type === d.type))
          out.push(reframed(d, actor, target, frame));
      }
  }
  return out.length > 0 ? out : ds;
}

/** A draft with the roles its frame reads: a role whose party the frame reads is no longer inferred. */
function reframed(d: Draft, actor: Party, target: Party, frame: FrameReading): Draft {
  const read = (r: 'actor' | 'target'): boolean =>
    r === 'actor'
      ? actor !== d.actor || frame.actors.includes(actor ?? '')
      : target !== d.target || frame.targets.includes(target ?? '');
  const inferred = (d.inferred ?? []).filter((r) => !read(r));
  if (actor === d.actor && target === d.target && inferred.length === (d.inferred?.length ?? 0)) return d;
  return { ...d, actor, target, inferred };
}

/**
 * A draft whose actor the grammar reads as the recipient ("Chinese drones bought by Ethiopia": the
 * nearest party is no supplier), or whose target it reads as the giver, loses that role to the frame,
 * when the frame names no party for the other role.
 */
function unswapped(d: Draft, frame: FrameReading): Draft {
  if (d.type !== 'transfer') return d;
  const actorGets =
    frame.explicitTargets &&
    d.actor !== null &&
    frame.targets.includes(d.actor) &&
    !frame.actors.includes(d.actor);
  const targetGives =
    frame.explicitActors &&
    d.target !== null &&
    frame.actors.includes(d.target) &&
    !frame.targets.includes(d.target);
  return actorGets || targetGives
    ? { ...d, actor: actorGets ? null : d.actor, target: targetGives ? null : d.target }
    : d;
}

/** "The three European states will cancel ...": a group's act is each member's. */
export function byMember(d: Draft): Draft[] {
  const members = membersOf(d.actor);
  return members.length === 0 ? [d] : members.filter((m) => m !== d.target).map((m) => ({ ...d, actor: m }));
}

/** Whether a new event in the same sentence belongs to the previous one ("negotiations ... to acquire"). */
export function absorbs(prev: Draft, d: Draft, parsed: Parsed, k: number, syntax?: SentenceSyntax): boolean {
  if (k - prev.trigger > 12) return false;
  const between = parsed.tokens.slice(prev.trigger + 1, k);
  if (between.some((t) => BOUNDARY.has(t.lower)) && !coordinatedVerbs(syntax, prev.trigger, k, between))
    return false;
  // "sent shells last month and more shipments would follow": a planned batch after a delivered one is its own.
  if (prev.status !== d.status && (prev.status === 'planned' || d.status === 'planned')) return false;
  // "Germany, which refused to send Taurus, delivered Patriots", "Iran, which never admitted the transfer,
  // sent drones": told otherwise across a clause's comma, two events ("held up a deal to sell" is one).
  if (prev.status !== d.status && between.some((t) => t.pos === 'PUNCT')) return false;
  // "negotiations ... to acquire" continue the talks; "After talks in Ankara, Azerbaijan bought drones"
  // tells a purchase of its own: a finite verb with its own subject.
  if (prev.type === 'negotiate_transfer' && d.type === 'transfer')
    return !ownFiniteVerb(syntax, prev.trigger, k);
  return prev.type === d.type && (prev.actor === d.actor || d.actor === null || prev.actor === null);
}

/**
 * Whether the verb at `k` is coordinated with the verb at `first` with nothing between but coordinators
 * and adverbs ("not only sold but also delivered"): one act told twice, not two acts ("denied sending
 * drones but admitted selling missiles").
 */
function coordinatedVerbs(
  syntax: SentenceSyntax | undefined,
  first: number,
  k: number,
  between: readonly Token[],
): boolean {
  const v = syntax?.verbs.find((x) => x.head === k);
  const with_ = v?.coordinatedWith === null || v === undefined ? undefined : syntax?.verbs[v.coordinatedWith];
  return with_?.head === first && between.every((t) => /^(CCONJ|ADV|PART|PUNCT)$/.test(t.pos));
}

/**
 * Whether the trigger at `k` is a finite verb with a subject of its own, whose group does not hold the
 * talks' trigger as a link of its chain ("discussed buying ammunition" is one act of talks).
 */
function ownFiniteVerb(syntax: SentenceSyntax | undefined, talks: number, k: number): boolean {
  const v = syntax?.verbs.find((x) => x.head === k);
  if (v === undefined || (v.first <= talks && talks <= v.last)) return false;
  return v.nonFinite === null && v.coordinatedWith === null && v.roles.subject !== null;
}

/** Takes a continuing event's roles, weapons and quantity into the event it continues. */
export function mergeInto(prev: Draft, d: Draft): void {
  // A role the continuing event names is named; one it takes from the story is inferred.
  const inferred = (['actor', 'target'] as const).filter((r) =>
    d[r] !== null ? d.inferred?.includes(r) : prev.inferred?.includes(r),
  );
  prev.actor = d.actor ?? prev.actor;
  prev.target = d.target ?? prev.target;
  prev.inferred = inferred;
  if (prev.weapons.length === 0 || prev.weapons.every((w) => w.class === 'unspecified'))
    prev.weapons = d.weapons;
  prev.quantity ??= d.quantity;
}
