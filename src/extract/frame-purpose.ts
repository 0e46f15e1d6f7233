import type { FrameRole, Trigger } from '../knowledge/en/index.js';
import { nominalRelation, type PartiesIn, type TriggerOf, verbRelation } from './frame-relations.js';
import type { FrameReading } from './frame-roles.js';
import type { Nominal, NounChunk, SentenceSyntax, VerbGroup } from './syntax/index.js';

const PURPOSES = new Set(['purpose', 'adverbial', 'complement']);

/**
 * Talks, deals and contracts take their direction from their purpose: "Russia is negotiating with
 * Iran to buy missiles" makes Iran the supplier; "Britain is in talks to sell jets to Turkey" makes
 * Britain the supplier. The verb that holds the talks (or the talks' own verb) gives the subject;
 * its with-phrase and the purpose verb's to- and from-phrases give the other side.
 */
export function purposeReading(
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
