import type { FrameRole, Trigger } from '../knowledge/en/index.js';
import type { NounChunk, SentenceSyntax, VerbGroup } from './syntax/index.js';

/** The parties a chunk names: one per member of a coordination ("Iran and North Korea"). */
export type PartiesIn = (chunk: NounChunk) => string[];

/** A trigger by verb lemma, for the verb of a purpose clause ("to buy", "on acquiring"). */
export type TriggerOf = (lemma: string) => Trigger | undefined;

/** The chunks a verb group holds in one frame relation (subject, object, indirect object or a preposition). */
export function verbRelation(v: VerbGroup, role: FrameRole): readonly NounChunk[] {
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

/** The chunks a noun trigger holds in one frame relation (possessor or a preposition). */
export function nominalRelation(syntax: SentenceSyntax, k: number, role: FrameRole): readonly NounChunk[] {
  if (role === 'subject') return linkedSubject(syntax, k);
  const nominal = syntax.nominals.find((n) => n.chunk.head === k);
  if (!nominal) return [];
  if (role === 'possessor') return nominal.possessor ? [nominal.possessor] : [];
  return nominal.attachments.filter((a) => a.prep === role).map((a) => a.chunk);
}

/** The verb group whose object holds a nominal trigger ("paused a shipment of bombs"): its agent acts. */
export function governor(syntax: SentenceSyntax, k: number): VerbGroup | undefined {
  return syntax.verbs.find((v) => {
    const p = v.roles.patient;
    return p !== null && p.first <= k && k <= p.last;
  });
}

/** The distinct parties that chunks name, in order. */
export function partiesOf(chunks: readonly NounChunk[], partiesIn: PartiesIn): string[] {
  return [...new Set(chunks.flatMap(partiesIn))];
}

/** Whether a verb's object holds token `k`, itself or in the object's of-phrase ("the threat of sanctions"). */
export function holds(syntax: SentenceSyntax, v: VerbGroup, k: number): boolean {
  const p = v.roles.patient;
  if (!p) return false;
  if (p.first <= k && k <= p.last) return true;
  const n = syntax.nominals.find((x) => x.chunk.head === p.head);
  return n?.attachments.some((a) => a.prep === 'of' && a.chunk.first <= k && k <= a.chunk.last) ?? false;
}

// Verbs that link a subject to what it is ("Israel is a major supplier", "Russia remains India's supplier").
const LINKING = new Set(['be', 'remain', 'become', 'stay']);

/** The subject of the linking verb whose complement is the noun at `k`: who the agent noun names. */
function linkedSubject(syntax: SentenceSyntax, k: number): readonly NounChunk[] {
  const within = (c: NounChunk | null) => c !== null && c.first <= k && k <= c.last;
  const v = syntax.verbs.find(
    (x) => LINKING.has(x.lemma) && (within(x.roles.attribute) || within(x.roles.patient)),
  );
  return v?.roles.subject ? [v.roles.subject] : [];
}
