import type { FrameRole, Trigger } from '../knowledge/en/index.js';
import type { MentionIndex } from './mentions.js';
import type { MentionSpans, NounChunk, SentenceSyntax, VerbGroup } from './syntax/index.js';

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
  roles: readonly FrameRole[],
  partiesIn: PartiesIn,
): { parties: string[]; explicit: boolean } {
  const verb = trigger.noun ? undefined : syntax.verbs.find((v) => v.head === k);
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
): FrameReading {
  const actorReading = read(syntax, k, trigger, trigger.frame.actor, partiesIn);
  const targetReading = read(syntax, k, trigger, trigger.frame.target, partiesIn);
  let actors = actorReading.parties;
  let targets = targetReading.parties;
  if (trigger.noun && (actors.length === 0 || targets.length === 0)) {
    const gov = governor(syntax, k);
    if (gov && actors.length === 0 && trigger.frame.actor.includes('possessor'))
      actors = [...new Set(verbRelation(gov, 'subject').flatMap(partiesIn))];
    if (gov && targets.length === 0)
      for (const role of trigger.frame.target) {
        const t = verbRelation(gov, role).flatMap(partiesIn);
        if (t.length > 0) {
          targets = [...new Set(t)];
          break;
        }
      }
  }
  return {
    actors,
    targets,
    explicitActors: actorReading.explicit,
    explicitTargets: targetReading.explicit,
  };
}
