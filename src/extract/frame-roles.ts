import { controlNounLemmas as CONTROL_NOUNS } from '../knowledge/en/control-nouns.js';
import { englishPack, type FrameRole, type Trigger } from '../knowledge/en/index.js';
import { purposeReading } from './frame-purpose.js';
import {
  governor,
  holds,
  nominalRelation,
  type PartiesIn,
  partiesOf,
  type TriggerOf,
  verbRelation,
} from './frame-relations.js';
import type { MentionIndex } from './mentions.js';
import type { MentionSpans, SentenceSyntax, VerbGroup } from './syntax/index.js';

export type { PartiesIn, TriggerOf } from './frame-relations.js';

/** What a trigger's frame reads from the grammar of its sentence. */
export interface FrameReading {
  /** Parties in the actor's relation, in order; empty when the relation names none. */
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  /**
   * Whether the actors come from the trigger's own explicit relations (a finite verb's subject or
   * by-phrase, a noun's possessor or from-phrase), strong enough to stand against another reading;
   * false when they are borrowed (a non-finite verb's or a governing verb's subject).
   */
  readonly explicitActors: boolean;
  readonly explicitTargets: boolean;
  /**
   * Whether the verb moves things into a place that is no party ("sent tanks into the town of
   * Avdiivka") and names no recipient: a movement in a war, not a transfer between parties.
   */
  readonly intoPlace?: boolean;
}

/** Tells the syntax layer where the known names of a sentence start, so that each is one chunk. */
export function mentionSpans(index: MentionIndex): MentionSpans {
  return (first) => {
    const at = index.at[first] ?? -1;
    const m = at >= 0 ? index.mentions[at] : undefined;
    if (!m || m.first !== first) return undefined;
    return { last: m.last, actor: m.kind !== 'term' && m.weaponClass === undefined };
  };
}

const RECEIVING = englishPack().receivingVerbs;
const DESTINATION = englishPack().destinationVerbs;
const IMPOSING = englishPack().imposingVerbs;
// "hit X with sanctions", "placed X under sanctions", "added X to its sanctions list".
const IMPOSED_BY = new Set(['with', 'under', 'to']);
const BEARING = englishPack().bearingVerbs;

/** The sentence, trigger and verb group that every step of a frame reading looks at. */
interface FrameSite {
  readonly syntax: SentenceSyntax;
  readonly k: number;
  readonly trigger: Trigger;
  /** The trigger's own verb group; undefined for a noun trigger. */
  readonly verb: VerbGroup | undefined;
  readonly partiesIn: PartiesIn;
  readonly triggerOf: TriggerOf;
}

/** The roles read so far; each step of readFrame fills or replaces some of them. */
interface Roles {
  actors: string[];
  targets: string[];
  explicitActors: boolean;
  explicitTargets: boolean;
}

/**
 * Reads a trigger's roles from the grammar of its sentence through its frame: the actor of "sent" is its
 * agent (active subject or passive by-phrase), the target its to-phrase, and so on. A noun trigger the
 * frame leaves without an actor takes the agent of the verb whose object holds it ("The US paused a
 * shipment of bombs to Israel"), and that verb's to-phrase as its target.
 */
export function readFrame(
  syntax: SentenceSyntax,
  k: number,
  trigger: Trigger,
  partiesIn: PartiesIn,
  triggerOf: TriggerOf,
): FrameReading {
  // The trigger's own verb group, read once for every relation below.
  const own = trigger.noun ? undefined : syntax.verbs.find((v) => v.head === k);
  // A verb trigger used as a noun ("the transfer of tanks", "an order for jets") reads as a noun.
  if (!trigger.noun && !own && syntax.chunks.some((c) => c.head === k))
    return readFrame(syntax, k, asNoun(trigger), partiesIn, triggerOf);
  const verb = own;
  if (trigger.type === 'negotiate_transfer') {
    const purposed = purposeReading(syntax, k, trigger, verb, partiesIn, triggerOf);
    if (purposed) return purposed;
  }
  const site: FrameSite = { syntax, k, trigger, verb, partiesIn, triggerOf };
  const actorReading = read(site, trigger.frame.actor);
  const targetReading = read(site, trigger.frame.target);
  const r: Roles = {
    actors: actorReading.parties,
    targets: targetReading.parties,
    explicitActors: actorReading.explicit,
    explicitTargets: targetReading.explicit,
  };
  if (trigger.noun) {
    ownerStep(site, r);
    requestStep(site, r);
    governorStep(site, r);
    if (trigger.type === 'sanction') {
      imposerStep(site, r);
      bearerStep(site, r);
    }
    symmetricStep(site, r);
    destinationStep(site, r);
  } else verbSteps(site, r);
  const into = verb ? verbRelation(verb, 'into') : [];
  const intoPlace = r.targets.length === 0 && into.length > 0 && into.every((c) => partiesIn(c).length === 0);
  return { ...r, intoPlace };
}

/**
 * The noun reading of a verb trigger: its subject becomes the noun's possessor or by-phrase ("Iran's
 * supply of drones", "the sale of jets by France"), its object the of-phrase; an indirect object has no
 * noun form.
 */
function asNoun(trigger: Trigger): Trigger {
  const nominal = (roles: readonly FrameRole[]): FrameRole[] => [
    ...new Set(
      roles.flatMap((r): FrameRole[] =>
        r === 'subject' ? ['possessor', 'by'] : r === 'object' ? ['of'] : r === 'indirect' ? [] : [r],
      ),
    ),
  ];
  const frame = trigger.frame;
  const actor = nominal(frame.actor);
  const target = nominal(frame.target);
  return {
    ...trigger,
    noun: true,
    frame: {
      actor: actor.length > 0 ? actor : ['possessor'],
      target: target.length > 0 ? target : ['to'],
      weapons: nominal(frame.weapons),
    },
  };
}

function read(site: FrameSite, roles: readonly FrameRole[]): { parties: string[]; explicit: boolean } {
  const { syntax, k, trigger, verb, partiesIn } = site;
  for (const role of roles) {
    // "Berlin approved Poland's request to send tanks": the owner of a noun of deciding or asking acts.
    const owner = role === 'subject' && verb ? nounController(syntax, verb, partiesIn) : [];
    if (owner.length > 0) return { parties: owner, explicit: true };
    const chunks = verb ? verbRelation(verb, role) : trigger.noun ? nominalRelation(syntax, k, role) : [];
    const parties = chunks.flatMap(partiesIn);
    // A non-finite verb's subject ("decided to send", "sending ...") is read from the clause around it,
    // firmly when a verb of control names it ("accused Iran of sending"). So is a coordinated verb's,
    // firmly when it shares a subject of the first verb's own ("sold but also delivered").
    // A passive's by-phrase is its own ("drones bought by Ethiopia").
    const byPhrase =
      verb?.voice === 'passive' && role === 'subject' && verb.roles.attachments.some((a) => a.prep === 'by');
    const borrowed =
      verb !== undefined &&
      !byPhrase &&
      ((verb.nonFinite !== null && verb.roles.control !== 'object') ||
        (verb.coordinatedWith !== null && !sharesOwnSubject(site, verb))) &&
      (role === 'subject' || role === 'object');
    if (parties.length > 0) return { parties: [...new Set(parties)], explicit: !borrowed };
  }
  return { parties: [], explicit: false };
}

/**
 * Whether a finite verb coordinated with a finite verb that has a subject of its own ("Belarus not only
 * sold but also delivered jets") shares that subject and object as firmly as the first verb holds them.
 */
function sharesOwnSubject(site: FrameSite, verb: VerbGroup): boolean {
  const first = verb.coordinatedWith === null ? undefined : site.syntax.verbs[verb.coordinatedWith];
  // "bought and deployed": the same subject, but not the same part in one event.
  const same = first ? site.triggerOf(first.lemma) : undefined;
  return (
    same?.type === site.trigger.type &&
    same.roles === site.trigger.roles &&
    verb.nonFinite === null &&
    first !== undefined &&
    first.nonFinite === null &&
    first.coordinatedWith === null &&
    first.roles.gap === null &&
    first.roles.subject !== null
  );
}

/**
 * The owner of a control noun right before a to-infinitive's clause ("Sweden's offer to supply", "the
 * plan by Germany to send"): its possessor or by-phrase, which the infinitive's subject is.
 */
function nounController(syntax: SentenceSyntax, verb: VerbGroup, partiesIn: PartiesIn): string[] {
  if (verb.nonFinite !== 'to') return [];
  const clause = syntax.clauses.find((c) => c.id === verb.clause);
  if (clause?.marker !== 'to') return [];
  const end = clause.first - 1;
  const noun = syntax.chunks.find((c) => c.last === end && CONTROL_NOUNS.has(c.lemma));
  if (noun) return partiesOf(noun.possessor ? [noun.possessor] : [], partiesIn);
  // "the plan by Germany to send": the by-phrase may hang on the noun or on the verb that holds it.
  const by = [
    ...syntax.verbs.flatMap((v) => v.roles.attachments),
    ...syntax.nominals.flatMap((n) => n.attachments),
  ].find((a) => a.prep === 'by' && a.chunk.last === end);
  const owned = by && syntax.chunks.some((c) => c.last === by.chunk.first - 2 && CONTROL_NOUNS.has(c.lemma));
  return owned ? partiesOf([by.chunk], partiesIn) : [];
}

/** "Hungary blocked EU deliveries of ammunition": a party that owns the noun gives, not the verb's subject. */
function ownerStep(site: FrameSite, r: Roles): void {
  if (site.trigger.type !== 'transfer' || r.actors.length > 0) return;
  const owner = ownerOf(site.syntax, site.k, site.partiesIn);
  if (owner.length > 0) {
    r.actors = owner;
    r.explicitActors = true;
  }
}

/**
 * "Ukraine made repeated requests to Germany": the verb's subject asks; "Germany received a request
 * from Ukraine": a receiving verb's subject is the one asked, who would supply.
 */
function requestStep(site: FrameSite, r: Roles): void {
  const { syntax, k, trigger, partiesIn } = site;
  if (!trigger.request || trigger.roles !== 'reverse') return;
  const gov = governor(syntax, k);
  const subject = gov ? partiesOf(verbRelation(gov, 'subject'), partiesIn) : [];
  if (!gov || subject.length === 0) return;
  // An order is received from the buyer ("received an order from Romania"); one placed with a seller
  // is the buyer's own ("placed an order with South Korea").
  const from = [...nominalRelation(syntax, k, 'from'), ...verbRelation(gov, 'from')];
  if (trigger.type !== 'negotiate_transfer' && partiesOf(from, partiesIn).length === 0) return;
  // The noun's phrases may hang on the verb: "made requests to Germany", "received a request from Ukraine".
  const asked = (list: string[]) =>
    list.length > 0 ? list : partiesOf([...verbRelation(gov, 'to'), ...verbRelation(gov, 'from')], partiesIn);
  if (RECEIVING.has(gov.lemma)) {
    r.targets = asked(r.actors).filter((a) => !subject.includes(a));
    r.actors = subject;
    r.explicitActors = true;
    r.explicitTargets = r.targets.length > 0;
  } else if (r.targets.length === 0 && r.actors.length === 0) {
    r.actors = partiesOf(verbRelation(gov, 'to'), partiesIn).filter((a) => !subject.includes(a));
    r.targets = subject;
    r.explicitActors = r.actors.length > 0;
    r.explicitTargets = true;
  }
}

/** A noun trigger short of a role borrows it from the verb whose object holds the noun. */
function governorStep(site: FrameSite, r: Roles): void {
  const { syntax, k, trigger, partiesIn } = site;
  if (r.actors.length > 0 && r.targets.length > 0) return;
  const gov = governor(syntax, k);
  if (!gov) return;
  // "Poland took delivery of tanks", "Russia is negotiating the purchase of missiles": the verb
  // that holds a noun of receiving, or a receiving verb that holds any noun of the event, lends
  // its subject as the recipient.
  const receives = trigger.type === 'transfer' && (trigger.roles === 'reverse' || RECEIVING.has(gov.lemma));
  if (receives && r.targets.length === 0) {
    r.targets = partiesOf(verbRelation(gov, 'subject'), partiesIn);
    r.explicitTargets = r.targets.length > 0 && gov.nonFinite === null;
    // The supplier stands in the verb's from- or with-phrase ("placed an order with South Korea").
    if (r.actors.length === 0) r.actors = partiesOf(verbRelation(gov, 'from'), partiesIn);
    if (r.actors.length === 0) r.actors = partiesOf(verbRelation(gov, 'with'), partiesIn);
  }
  if (!receives && r.actors.length === 0 && trigger.frame.actor.includes('possessor'))
    r.actors = partiesOf(verbRelation(gov, 'subject'), partiesIn);
  if (!receives && r.targets.length === 0)
    for (const role of trigger.frame.target) {
      const t = verbRelation(gov, role).flatMap(partiesIn);
      if (t.length > 0) {
        r.targets = [...new Set(t)];
        break;
      }
    }
}

/** "placed North Korean officials under sanctions", "were hit with sanctions by Japan". */
function imposerStep(site: FrameSite, r: Roles): void {
  const { syntax, k, partiesIn } = site;
  const imposer = syntax.verbs.find(
    (v) =>
      IMPOSING.has(v.lemma) &&
      v.roles.attachments.some((a) => IMPOSED_BY.has(a.prep) && a.chunk.first <= k && k <= a.chunk.last),
  );
  if (!imposer) return;
  const by = verbRelation(imposer, 'subject').flatMap(partiesIn);
  const on = verbRelation(imposer, 'object').flatMap(partiesIn);
  if (by.length > 0) {
    r.actors = [...new Set(by)];
    r.explicitActors = true;
  }
  if (on.length > 0) {
    r.targets = [...new Set(on)];
    r.explicitTargets = true;
  }
}

/** "Iran faces the threat of sanctions", "Turkey risks sanctions from Washington". */
function bearerStep(site: FrameSite, r: Roles): void {
  const { syntax, k, partiesIn } = site;
  const bearer = syntax.verbs.find((v) => BEARING.has(v.lemma) && holds(syntax, v, k));
  if (!bearer) return;
  const on = verbRelation(bearer, 'subject').flatMap(partiesIn);
  const from = [...verbRelation(bearer, 'from'), ...nominalRelation(syntax, k, 'from')].flatMap(partiesIn);
  if (on.length > 0) {
    r.targets = [...new Set(on)];
    r.explicitTargets = true;
  }
  r.actors = [...new Set(from)];
  r.explicitActors = true;
}

/** "cooperation between Iran and Russia": both parties, each the other's counterpart. */
function symmetricStep(site: FrameSite, r: Roles): void {
  const { syntax, k, trigger, partiesIn } = site;
  if (!trigger.symmetric || r.actors.length > 0 || r.targets.length > 0) return;
  const between = partiesOf(nominalRelation(syntax, k, 'between'), partiesIn);
  // One claim, in the order told: the corpus keeps a symmetric relation as one claim.
  if (between.length > 1) {
    r.actors = between.slice(0, 1);
    r.targets = between.slice(1, 2);
    return;
  }
  // "Moscow and Pyongyang agreed on closer coordination", "Russia signed a treaty with North Korea":
  // the holding verb's joint subjects, or its subject and a with-phrase, are the two sides.
  const sides = jointSides(syntax, k, partiesIn);
  if (sides) {
    r.actors = sides.slice(0, 1);
    r.targets = sides.slice(1, 2);
    r.explicitActors = true;
    r.explicitTargets = true;
  }
}

/** "A consignment of rifles from Serbia reached Ukraine": the noun's verb names where it went. */
function destinationStep(site: FrameSite, r: Roles): void {
  const { syntax, k, trigger, partiesIn } = site;
  if (trigger.type !== 'transfer' || r.targets.length > 0) return;
  const within = (c: { first: number; last: number } | null) => c !== null && c.first <= k && k <= c.last;
  const mover = syntax.verbs.find(
    (v) =>
      DESTINATION.has(v.lemma) &&
      // wink may read "drones landed in Russia" as a reduced relative: its antecedent is the mover.
      ((v.voice === 'active' && within(v.roles.subject)) ||
        (v.roles.gap === 'patient' && within(v.roles.patient))),
  );
  if (!mover) return;
  r.targets = partiesOf(
    [...verbRelation(mover, 'object'), ...verbRelation(mover, 'in'), ...verbRelation(mover, 'to')],
    partiesIn,
  );
  r.explicitTargets = r.targets.length > 0;
}

/** The steps of a verb trigger: a with-phrase's recipient, a joining verb's partner, joint talkers. */
function verbSteps(site: FrameSite, r: Roles): void {
  const { syntax, k, trigger, verb, partiesIn } = site;
  if (!verb) return;
  // "Russia was supplied with drones by Iran", "Iran supplied Russia with drones": a giving verb with a
  // with-phrase holds the recipient as its object.
  if (
    trigger.type === 'transfer' &&
    trigger.roles === 'forward' &&
    r.targets.length === 0 &&
    verbRelation(verb, 'with').length > 0
  ) {
    r.targets = partiesOf(verbRelation(verb, 'object'), partiesIn);
    r.explicitTargets = r.targets.length > 0;
  }
  // "Russia agreed with North Korea to coordinate": a non-finite verb of joining takes the with-phrase of
  // the verb it depends on.
  if (
    verb.nonFinite !== null &&
    trigger.type === 'coordinate' &&
    r.targets.length === 0 &&
    trigger.frame.target.includes('with')
  ) {
    const parent = syntax.clauses.find((c) => c.id === verb.clause)?.parent;
    const holder = syntax.verbs.find((v) => v.clause === parent && v.head < k);
    const withs = holder ? verbRelation(holder, 'with').flatMap(partiesIn) : [];
    if (withs.length > 0) {
      r.targets = [...new Set(withs)];
      r.explicitTargets = true;
    }
  }
  // "Russia and North Korea discussed arms supplies": joint subjects of talks are each other's side,
  // told once in the order given.
  if (
    (trigger.type === 'negotiate_transfer' || trigger.type === 'coordinate') &&
    trigger.frame.target.includes('with') &&
    r.targets.length === 0 &&
    r.actors.length > 1
  )
    r.targets = r.actors.slice(1, 2);
}

/** The two sides of a symmetric noun held by a verb: its joint subjects, or its subject and a with-phrase. */
function jointSides(syntax: SentenceSyntax, k: number, partiesIn: PartiesIn): string[] | null {
  const holder = syntax.verbs.find(
    (v) =>
      (v.roles.patient !== null && v.roles.patient.first <= k && k <= v.roles.patient.last) ||
      v.roles.attachments.some((a) => a.chunk.first <= k && k <= a.chunk.last),
  );
  if (!holder) return null;
  const subject = [...new Set(verbRelation(holder, 'subject').flatMap(partiesIn))];
  const withs = [...verbRelation(holder, 'with'), ...nominalRelation(syntax, k, 'with')].flatMap(partiesIn);
  const sides = [...new Set([...subject, ...withs])];
  return sides.length > 1 ? sides : null;
}

/** The parties a noun's own modifiers name ("EU deliveries", "US arms sales"), or the name right before its chunk. */
function ownerOf(syntax: SentenceSyntax, k: number, partiesIn: PartiesIn): string[] {
  const chunk = syntax.chunks.find((c) => c.first <= k && k <= c.last && c.members.length === 0);
  if (!chunk) return [];
  const one = (j: number): string[] => partiesIn({ ...chunk, head: j, modifiers: [], members: [] });
  const own = chunk.modifiers.filter((j) => j < k).flatMap(one);
  if (own.length > 0) return [...new Set(own)];
  const before = syntax.chunks.find((c) => c.last === chunk.first - 1 && c.mention && c.determiner === null);
  return before && chunk.determiner === null ? [...new Set(partiesIn(before))] : [];
}
