import { englishPack, type FrameRole, type Trigger } from '../knowledge/en/index.js';
import type { MentionIndex } from './mentions.js';
import type { MentionSpans, Nominal, NounChunk, SentenceSyntax, VerbGroup } from './syntax/index.js';

/** The parties a chunk names: one per member of a coordination ("Iran and North Korea"). */
export type PartiesIn = (chunk: NounChunk) => string[];

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

function verbRelation(v: VerbGroup, role: FrameRole): readonly NounChunk[] {
  const r = v.roles;
  const one = (c: NounChunk | null) => (c ? [c] : []);
  switch (role) {
    case 'subject':
      return one(r.agent);
    case 'object':
      return one(r.patient);
    case 'indirect':
      return one(r.indirectObject);
    case 'possessor':
      return [];
    default:
      return r.attachments.filter((a) => a.prep === role).map((a) => a.chunk);
  }
}

function nominalRelation(syntax: SentenceSyntax, k: number, role: FrameRole): readonly NounChunk[] {
  const nominal = syntax.nominals.find((n) => n.chunk.head === k);
  if (!nominal) return [];
  if (role === 'possessor') return nominal.possessor ? [nominal.possessor] : [];
  return nominal.attachments.filter((a) => a.prep === role).map((a) => a.chunk);
}

// The verb group whose object holds a nominal trigger ("paused a shipment of bombs"): its agent acts.
function governor(syntax: SentenceSyntax, k: number): VerbGroup | undefined {
  return syntax.verbs.find((v) => {
    const p = v.roles.patient;
    return p !== null && p.first <= k && k <= p.last;
  });
}

function read(
  syntax: SentenceSyntax,
  k: number,
  trigger: Trigger,
  verb: VerbGroup | undefined,
  roles: readonly FrameRole[],
  partiesIn: PartiesIn,
): { parties: string[]; explicit: boolean } {
  for (const role of roles) {
    const chunks = verb ? verbRelation(verb, role) : trigger.noun ? nominalRelation(syntax, k, role) : [];
    const parties = chunks.flatMap(partiesIn);
    // A non-finite verb's subject ("decided to send", "sending ...") is read from the clause around it.
    // So is a coordinated verb's ("sold but also delivered").
    const borrowed =
      verb !== undefined &&
      (verb.nonFinite !== null || verb.coordinatedWith !== null) &&
      (role === 'subject' || role === 'object');
    if (parties.length > 0) return { parties: [...new Set(parties)], explicit: !borrowed };
  }
  return { parties: [], explicit: false };
}

/** Whether a verb's object holds token `k`, itself or in the object's of-phrase ("the threat of sanctions"). */
function holds(syntax: SentenceSyntax, v: VerbGroup, k: number): boolean {
  const p = v.roles.patient;
  if (!p) return false;
  if (p.first <= k && k <= p.last) return true;
  const n = syntax.nominals.find((x) => x.chunk.head === p.head);
  return n?.attachments.some((a) => a.prep === 'of' && a.chunk.first <= k && k <= a.chunk.last) ?? false;
}

/** A trigger by verb lemma, for the verb of a purpose clause ("to buy", "on acquiring"). */
export type TriggerOf = (lemma: string) => Trigger | undefined;

const PURPOSES = new Set(['purpose', 'adverbial', 'complement']);
const RECEIVING = englishPack().receivingVerbs;
const DESTINATION = englishPack().destinationVerbs;
const IMPOSING = englishPack().imposingVerbs;
// "hit X with sanctions", "placed X under sanctions", "added X to its sanctions list".
const IMPOSED_BY = new Set(['with', 'under', 'to']);
const BEARING = englishPack().bearingVerbs;

/**
 * Talks, deals and contracts take their direction from their purpose: "Russia is negotiating with
 * Iran to buy missiles" makes Iran the supplier; "Britain is in talks to sell jets to Turkey" makes
 * Britain the supplier. The verb that holds the talks (or the talks' own verb) gives the subject;
 * its with-phrase and the purpose verb's to- and from-phrases give the other side.
 */
function purposeReading(
  syntax: SentenceSyntax,
  k: number,
  trigger: Trigger,
  own: VerbGroup | undefined,
  partiesIn: PartiesIn,
  triggerOf: TriggerOf,
): FrameReading | null {
  const holder =
    own ??
    syntax.verbs.find(
      (v) =>
        (v.roles.patient !== null && v.roles.patient.first <= k && k <= v.roles.patient.last) ||
        v.roles.attachments.some((a) => a.chunk.first <= k && k <= a.chunk.last) ||
        // "Negotiations between Russia and Iran over ... are advancing": the talks as subject.
        (trigger.noun && v.roles.subject !== null && v.roles.subject.head === k),
    );
  if (!holder) return null;
  const purpose = syntax.clauses.find(
    (c) => c.parent === holder.clause && PURPOSES.has(c.kind) && c.first > k,
  );
  const verb = purpose ? syntax.verbs.find((v) => v.clause === purpose.id) : undefined;
  const verbAim = verb ? triggerOf(verb.lemma) : undefined;
  const parties = (chunks: readonly NounChunk[]) => [...new Set(chunks.flatMap(partiesIn))];
  // "negotiating the purchase of missiles from Iran", "in talks over the sale of jets to Turkey": the
  // talks' aim told by a noun of transfer, as their object or in one of their phrases.
  const nominal =
    verbAim?.type === 'transfer' && !verbAim.noun ? undefined : aimNominal(syntax, k, holder, triggerOf);
  const aim = nominal ? triggerOf(nominal.lemma) : verbAim;
  if (aim?.type !== 'transfer' || (!nominal && (!verb || aim.noun))) return null;
  const aimed = (role: FrameRole): NounChunk[] =>
    nominal
      ? nominal.attachments.filter((a) => a.prep === role).map((a) => a.chunk)
      : verb
        ? [...verbRelation(verb, role)]
        : [];
  // The talks' own parties: "between Russia and Iran", "Moscow's negotiations".
  const talkers = trigger.noun
    ? [...nominalRelation(syntax, k, 'between'), ...nominalRelation(syntax, k, 'possessor')]
    : [];
  const subject = parties([...verbRelation(holder, 'subject'), ...talkers]);
  const withs = parties([
    ...verbRelation(holder, 'with'),
    ...(trigger.noun ? nominalRelation(syntax, k, 'with') : []),
  ]);
  const to = parties([...aimed('to'), ...aimed('for')]);
  const from = parties(aimed('from'));
  const buying = aim.roles === 'reverse';
  const actors = buying ? [...new Set([...from, ...withs])] : subject;
  const targets = buying ? subject : [...new Set([...to, ...withs])];
  if (actors.length === 0 && targets.length === 0) return null;
  return { actors, targets, explicitActors: actors.length > 0, explicitTargets: targets.length > 0 };
}

const AIM_PREPS = new Set(['for', 'over', 'on', 'about', 'of']);

/** The noun of transfer that talks aim at: the holding verb's object or a phrase of the talks or the verb. */
function aimNominal(
  syntax: SentenceSyntax,
  k: number,
  holder: VerbGroup,
  triggerOf: TriggerOf,
): Nominal | undefined {
  const own = syntax.nominals.find((n) => n.chunk.head === k);
  const chunks = [
    holder.roles.patient,
    ...holder.roles.attachments.filter((a) => AIM_PREPS.has(a.prep)).map((a) => a.chunk),
    ...(own?.attachments.filter((a) => AIM_PREPS.has(a.prep)).map((a) => a.chunk) ?? []),
  ];
  for (const c of chunks) {
    if (!c || c.head === k) continue;
    // A noun whose phrases went to the talks has no nominal of its own: it still names the aim.
    const n = syntax.nominals.find((x) => x.chunk.head === c.head) ?? {
      chunk: c,
      lemma: c.lemma,
      possessor: null,
      attachments: [],
    };
    if (triggerOf(n.lemma)?.type === 'transfer') return n;
  }
  return undefined;
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
  const verb = trigger.noun ? undefined : syntax.verbs.find((v) => v.head === k);
  if (trigger.type === 'negotiate_transfer') {
    const purposed = purposeReading(syntax, k, trigger, verb, partiesIn, triggerOf);
    if (purposed) return purposed;
  }
  const actorReading = read(syntax, k, trigger, verb, trigger.frame.actor, partiesIn);
  const targetReading = read(syntax, k, trigger, verb, trigger.frame.target, partiesIn);
  let actors = actorReading.parties;
  let targets = targetReading.parties;
  let explicitActors = actorReading.explicit;
  let explicitTargets = targetReading.explicit;
  if (trigger.noun && trigger.type === 'transfer' && actors.length === 0) {
    // "Hungary blocked EU deliveries of ammunition": a party that owns the noun gives, not the verb's subject.
    const owner = ownerOf(syntax, k, partiesIn);
    if (owner.length > 0) {
      actors = owner;
      explicitActors = true;
    }
  }
  if (trigger.noun && trigger.type === 'negotiate_transfer' && trigger.roles === 'reverse') {
    // "Ukraine made repeated requests to Germany": the verb's subject asks; "Germany received a request
    // from Ukraine": a receiving verb's subject is the one asked, who would supply.
    const gov = governor(syntax, k);
    const subject = gov ? [...new Set(verbRelation(gov, 'subject').flatMap(partiesIn))] : [];
    // The noun's phrases may hang on the verb: "made requests to Germany", "received a request from Ukraine".
    const asked = (list: string[]) =>
      list.length > 0 || !gov
        ? list
        : [...new Set([...verbRelation(gov, 'to'), ...verbRelation(gov, 'from')].flatMap(partiesIn))];
    if (gov && subject.length > 0 && RECEIVING.has(gov.lemma)) {
      targets = asked(actors).filter((a) => !subject.includes(a));
      actors = subject;
      explicitActors = true;
      explicitTargets = targets.length > 0;
    } else if (gov && subject.length > 0 && targets.length === 0 && actors.length === 0) {
      actors = [...new Set(verbRelation(gov, 'to').flatMap(partiesIn))].filter((a) => !subject.includes(a));
      targets = subject;
      explicitActors = actors.length > 0;
      explicitTargets = true;
    }
  }
  if (trigger.noun && (actors.length === 0 || targets.length === 0)) {
    const gov = governor(syntax, k);
    // "Poland took delivery of tanks", "Russia is negotiating the purchase of missiles": the verb
    // that holds a noun of receiving, or a receiving verb that holds any noun of the event, lends
    // its subject as the recipient.
    const receives =
      gov !== undefined &&
      trigger.type === 'transfer' &&
      (trigger.roles === 'reverse' || RECEIVING.has(gov.lemma));
    if (gov && receives && targets.length === 0) {
      targets = [...new Set(verbRelation(gov, 'subject').flatMap(partiesIn))];
      explicitTargets = targets.length > 0 && gov.nonFinite === null;
      // The supplier stands in the verb's from- or with-phrase ("placed an order with South Korea").
      if (actors.length === 0) actors = [...new Set(verbRelation(gov, 'from').flatMap(partiesIn))];
      if (actors.length === 0) actors = [...new Set(verbRelation(gov, 'with').flatMap(partiesIn))];
    }
    if (gov && !receives && actors.length === 0 && trigger.frame.actor.includes('possessor'))
      actors = [...new Set(verbRelation(gov, 'subject').flatMap(partiesIn))];
    if (gov && !receives && targets.length === 0)
      for (const role of trigger.frame.target) {
        const t = verbRelation(gov, role).flatMap(partiesIn);
        if (t.length > 0) {
          targets = [...new Set(t)];
          break;
        }
      }
  }
  if (trigger.noun && trigger.type === 'sanction') {
    // "placed North Korean officials under sanctions", "were hit with sanctions by Japan".
    const imposer = syntax.verbs.find(
      (v) =>
        IMPOSING.has(v.lemma) &&
        v.roles.attachments.some((a) => IMPOSED_BY.has(a.prep) && a.chunk.first <= k && k <= a.chunk.last),
    );
    if (imposer) {
      const by = verbRelation(imposer, 'subject').flatMap(partiesIn);
      const on = verbRelation(imposer, 'object').flatMap(partiesIn);
      if (by.length > 0) {
        actors = [...new Set(by)];
        explicitActors = true;
      }
      if (on.length > 0) {
        targets = [...new Set(on)];
        explicitTargets = true;
      }
    }
  }
  if (trigger.noun && trigger.type === 'sanction') {
    // "Iran faces the threat of sanctions", "Turkey risks sanctions from Washington".
    const bearer = syntax.verbs.find((v) => BEARING.has(v.lemma) && holds(syntax, v, k));
    if (bearer) {
      const on = verbRelation(bearer, 'subject').flatMap(partiesIn);
      const from = [...verbRelation(bearer, 'from'), ...nominalRelation(syntax, k, 'from')].flatMap(
        partiesIn,
      );
      if (on.length > 0) {
        targets = [...new Set(on)];
        explicitTargets = true;
      }
      actors = [...new Set(from)];
      explicitActors = true;
    }
  }
  if (trigger.noun && trigger.symmetric && actors.length === 0 && targets.length === 0) {
    // "cooperation between Iran and Russia": both parties, each the other's counterpart.
    const between = [...new Set(nominalRelation(syntax, k, 'between').flatMap(partiesIn))];
    // One claim, in the order told: the corpus keeps a symmetric relation as one claim.
    if (between.length > 1) {
      actors = between.slice(0, 1);
      targets = between.slice(1, 2);
    } else {
      // "Moscow and Pyongyang agreed on closer coordination", "Russia signed a treaty with North Korea":
      // the holding verb's joint subjects, or its subject and a with-phrase, are the two sides.
      const sides = jointSides(syntax, k, partiesIn);
      if (sides) {
        actors = sides.slice(0, 1);
        targets = sides.slice(1, 2);
        explicitActors = true;
        explicitTargets = true;
      }
    }
  }
  if (trigger.noun && trigger.type === 'transfer' && targets.length === 0) {
    // "A consignment of rifles from Serbia reached Ukraine": the noun's verb names where it went.
    const mover = syntax.verbs.find(
      (v) =>
        DESTINATION.has(v.lemma) &&
        // wink may read "drones landed in Russia" as a reduced relative: its antecedent is the mover.
        ((v.voice === 'active' &&
          v.roles.subject !== null &&
          v.roles.subject.first <= k &&
          k <= v.roles.subject.last) ||
          (v.roles.gap === 'patient' &&
            v.roles.patient !== null &&
            v.roles.patient.first <= k &&
            k <= v.roles.patient.last)),
    );
    if (mover) {
      targets = [
        ...new Set(
          [
            ...verbRelation(mover, 'object'),
            ...verbRelation(mover, 'in'),
            ...verbRelation(mover, 'to'),
          ].flatMap(partiesIn),
        ),
      ];
      explicitTargets = targets.length > 0;
    }
  }
  // "Russia was supplied with drones by Iran", "Iran supplied Russia with drones": a giving verb with a
  // with-phrase holds the recipient as its object.
  if (
    verb &&
    trigger.type === 'transfer' &&
    trigger.roles === 'forward' &&
    targets.length === 0 &&
    verbRelation(verb, 'with').length > 0
  ) {
    targets = [...new Set(verbRelation(verb, 'object').flatMap(partiesIn))];
    explicitTargets = targets.length > 0;
  }
  // "Russia agreed with North Korea to coordinate": a non-finite verb of joining takes the with-phrase of
  // the verb it depends on.
  if (
    verb &&
    verb.nonFinite !== null &&
    trigger.type === 'coordinate' &&
    targets.length === 0 &&
    trigger.frame.target.includes('with')
  ) {
    const parent = syntax.clauses.find((c) => c.id === verb.clause)?.parent;
    const holder = syntax.verbs.find((v) => v.clause === parent && v.head < k);
    const withs = holder ? verbRelation(holder, 'with').flatMap(partiesIn) : [];
    if (withs.length > 0) {
      targets = [...new Set(withs)];
      explicitTargets = true;
    }
  }
  // "Russia and North Korea discussed arms supplies": joint subjects of talks are each other's side,
  // told once in the order given.
  if (
    !trigger.noun &&
    (trigger.type === 'negotiate_transfer' || trigger.type === 'coordinate') &&
    trigger.frame.target.includes('with') &&
    targets.length === 0 &&
    actors.length > 1
  )
    targets = actors.slice(1, 2);
  const into = verb ? verbRelation(verb, 'into') : [];
  const intoPlace = targets.length === 0 && into.length > 0 && into.every((c) => partiesIn(c).length === 0);
  return {
    actors,
    targets,
    explicitActors,
    explicitTargets,
    intoPlace,
  };
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
