import type { SourceDocument } from '../domain/document.js';
import type { Attribution, Claim, Entity, Extraction, Source } from '../domain/extraction.js';
import { claimTypes } from '../knowledge/claim-types.js';
import type { Knowledge } from '../knowledge/index.js';
import { answeredBy, answerOf, answerTime, tellsOwnEvent } from './answer-pick.js';
import { type Attr, findAttributions } from './attributions.js';
import { Budget, cutAt, type ExtractBudget } from './budget.js';
import { sanctionGrounds } from './claims/grounds.js';
import { type Draft, findDrafts, innermost } from './claims/index.js';
import {
  announcesOwnAct,
  judgeOf,
  objectSpeaker,
  quotedSpeaker,
  refusesToAct,
  sentenceSpeaker,
  stanceSpeaker,
} from './claims/voices.js';
import { triggerFor } from './lexicon.js';
import { findMentions, type MentionIndex, mentionAt } from './mentions.js';
import { findQuotes, type Quote } from './quotes.js';
import { hostOutlet } from './sources.js';
import { ANSWER_REACH, EvidenceIndex, sameReport, sentenceHolding } from './span-index.js';
import { speakerEntities } from './speakers.js';
import { declinesToConfirm, dismisses, haltedAt, negatedCue, tokenRange } from './status.js';
import { type Parsed, parse, type Sentence } from './text.js';
import { extractInWindows, WINDOW_CHARS } from './windows.js';

/**
 * Extracts entities, attributions and claims from one document: a pure function of text, metadata and
 * knowledge, within a budget of characters read and, when given, of time (then `now` is the clock).
 * A document longer than a window is read a window at a time (see windows.ts), so memory stays bounded.
 */
export type { ExtractBudget } from './budget.js';

export function extract(
  doc: SourceDocument,
  kb: Knowledge,
  options: ExtractBudget = {},
  now?: () => number,
): Extraction {
  const read = cutAt(doc.text, options.maxChars);
  if (read > WINDOW_CHARS) return extractInWindows(doc, kb, options, now);
  const budget = new Budget(options.budgetMs, now);
  const part = extractPart(doc, read === doc.text.length ? doc.text : doc.text.slice(0, read), kb, budget);
  const warnings = [...doc.warnings, ...part.warnings, ...budgetWarnings(doc.text, read, part, options)];
  return {
    schema: 'corroborate/extraction@1',
    document: {
      id: doc.id,
      published: doc.published,
      outlet: part.outlet,
      title: doc.title,
      url: doc.url,
      text: doc.text,
    },
    entities: withSpeakers(part.entities, part.attrs),
    attributions: part.attrs.map((a) => attributionOut(a, part.text)),
    claims: part.claims,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** What extraction finds in one text (a document, or a window of one), with offsets into that text. */
export interface Part {
  readonly text: string;
  readonly outlet: string | null;
  readonly attrs: readonly Attr[];
  readonly claims: Claim[];
  /** The entities the gazetteers found, without the people named only as speakers. */
  readonly entities: readonly Entity[];
  /** The parser's warnings. */
  readonly warnings: readonly string[];
  /** Where the time budget stopped the passes: that sentence's start and number, of so many. */
  readonly stopped: { readonly start: number; readonly sentence: number; readonly of: number } | null;
}

/**
 * Extracts from one text with the document's metadata: its outlet when it has one, else the one the text
 * names; `wrapped` as `parse` takes it.
 */
export function extractPart(
  doc: SourceDocument,
  text: string,
  kb: Knowledge,
  budget: Budget,
  wrapped?: boolean,
): Part {
  const parsed = parse(text, wrapped);
  const index = findMentions(parsed, kb);
  const outlet = doc.outlet ?? outletFromText(parsed, index) ?? hostOutlet(doc.url);
  const quotes = findQuotes(parsed);
  const attrs = findAttributions(parsed, index, quotes, outlet, budget);
  // A wish or a request ("urged", "hopes") attributes words but governs no claim.
  const governing = attrs.filter((a) => a.governs !== false);
  const drafts = findDrafts({ parsed, index, attrs: governing, published: doc.published, budget });
  // "sanctioned ... for supplying Russia with drones": the grounds are the sanctioner's claim.
  for (const a of sanctionGrounds(parsed, index, drafts, attrs)) {
    a.parent = innermost(governing, a.cueStart)?.id ?? null;
    attrs.push(a);
    governing.push(a);
  }
  const ctx = claiming(parsed, index, quotes, attrs, governing, drafts, outlet);
  const asked: Claim[] = [];
  for (const d of drafts) claimDraft(ctx, d, asked);
  const { claims, byId, inBody, docLevel, chainOf, chainFor } = ctx;
  for (const c of answersToQuestions(parsed, inBody, asked, claims))
    claims.push({ ...ownStance(c), id: `c${claims.length + 1}`, chain: chainOf(byId.get(c.source ?? '')) });
  for (const c of answersByReference(parsed, attrs, claims, doc.published))
    claims.push({ ...c, id: `c${claims.length + 1}`, chain: chainOf(byId.get(c.source ?? '')) });
  for (const c of unverified(parsed, claims))
    claims.push({
      ...ownStance(c),
      id: `c${claims.length + 1}`,
      chain: chainFor(docLevel[docLevel.length - 1]),
    });
  const at = budget.stoppedAt === null ? undefined : parsed.sentences[budget.stoppedAt];
  return {
    text: parsed.text,
    outlet,
    attrs,
    claims,
    entities: entitiesOut(index, parsed.text),
    warnings: parsed.warnings ?? [],
    stopped: at ? { start: at.start, sentence: at.i, of: parsed.sentences.length } : null,
  };
}

/** What turning one text's drafts into claims reads and fills: its attributions, sorted, and the claims so far. */
interface Claiming {
  readonly parsed: Parsed;
  readonly index: MentionIndex;
  readonly quotes: readonly Quote[];
  readonly attrs: readonly Attr[];
  readonly byId: ReadonlyMap<string, Attr>;
  readonly docLevel: readonly Attr[];
  readonly inBody: readonly Attr[];
  readonly uncarried: readonly Attr[];
  /** How many drafts each trigger made of each type: more than one means joined actors. */
  readonly perTrigger: ReadonlyMap<string, number>;
  readonly chainOf: (a: Attr | undefined) => string[];
  /** `chainOf`, kept per attribution; each call returns a copy. */
  readonly chainFor: (a: Attr | undefined) => string[];
  readonly claims: Claim[];
  readonly seen: Set<string>;
}

function claiming(
  parsed: Parsed,
  index: MentionIndex,
  quotes: readonly Quote[],
  attrs: readonly Attr[],
  governing: readonly Attr[],
  drafts: readonly Draft[],
  outlet: string | null,
): Claiming {
  const byId = new Map(attrs.map((a) => [a.id, a]));
  const chainOf = (a: Attr | undefined): string[] => {
    const names: string[] = [];
    // "Amirabdollahian said ... and he rejected ...": a speaker nested in their own words is one link.
    for (let cur = a; cur; cur = cur.parent ? byId.get(cur.parent) : undefined)
      if (names[0] !== cur.source.name) names.unshift(cur.source.name);
    if (outlet && names[0]?.toLowerCase() !== outlet.toLowerCase()) names.unshift(outlet);
    return names;
  };
  const docLevel = attrs.filter((a) => a.documentLevel);
  const inBody = governing.filter((a) => !a.documentLevel);
  const uncarried = inBody.filter((a) => !a.carrier);
  const perTrigger = new Map<string, number>();
  for (const x of drafts)
    perTrigger.set(`${x.trigger}|${x.type}`, (perTrigger.get(`${x.trigger}|${x.type}`) ?? 0) + 1);
  const chains = new Map<string, string[]>();
  const chainFor = (a: Attr | undefined): string[] => {
    const key = a?.id ?? '';
    let chain = chains.get(key);
    if (!chain) {
      chain = chainOf(a);
      chains.set(key, chain);
    }
    return [...chain];
  };
  const claims: Claim[] = [];
  const seen = new Set<string>();
  return {
    parsed,
    index,
    quotes,
    attrs,
    byId,
    docLevel,
    inBody,
    uncarried,
    perTrigger,
    chainOf,
    chainFor,
    claims,
    seen,
  };
}

/** Adds the claims one draft makes (one per joint source, and the judge's denial); a question's draft goes to `asked`. */
function claimDraft(ctx: Claiming, d: Draft, asked: Claim[]): void {
  const { parsed, index, inBody, uncarried, claims, seen } = ctx;
  const trig = parsed.tokens[d.trigger];
  const sent = parsed.sentences[d.sent];
  if (!trig || !sent) return;
  const src = draftSource(ctx, d, trig.start, sent);
  if (d.asked) {
    asked.push(claimOf(d, '', null, [], parsed.text, sent));
    return;
  }
  const judge = settleStatus(ctx, d, src, trig.start, sent);
  // Subjects joined by "and" each make the claim: one claim per source.
  // A carrier shares its speaker's cue ("told Reuters") but is no joint speaker of the words.
  const sources = src ? sameReport(src.carrier ? inBody : uncarried, src) : [undefined];
  // "Washington, London and Paris announced sanctions": each capital's claim is its own, not its neighbours'.
  const own = sources.filter((a) => a && (a.source.entity === d.actor || a.source.country === d.actor));
  const coActed = (ctx.perTrigger.get(`${d.trigger}|${d.type}`) ?? 0) > 1;
  for (const joint of coActed && own.length === 1 ? own : sources) {
    // "Germany refused to export the engines, the navy said": the refusal is the act; the navy tells it.
    const outer =
      joint && refusesToAct(joint, parsed.text) && joint.parent ? ctx.byId.get(joint.parent) : undefined;
    const one =
      joint && refusesToAct(joint, parsed.text) ? (outer?.documentLevel ? undefined : outer) : joint;
    const key = `${d.sent}|${d.type}|${d.actor}|${d.target}|${d.status}|${one?.id}|${d.weapons.map((w) => w.class).join(',')}|${d.echo ? d.trigger : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push(
      claimOf(
        d,
        `c${claims.length + 1}`,
        one?.id ?? null,
        ctx.chainFor(one ?? ctx.docLevel[ctx.docLevel.length - 1]),
        parsed.text,
        sent,
        {
          halted: d.status === 'denied' && haltedAt(parsed, d.trigger, sent.first),
          inferred: unnamedRoles(index, sent, d),
        },
      ),
    );
  }
  const judgement = deniedStatus(d.status, d.status === 'denied' && haltedAt(parsed, d.trigger, sent.first));
  const judged = `${d.sent}|${d.type}|${d.actor}|${d.target}|${judgement}|${judge?.id}|${d.weapons.map((w) => w.class).join(',')}`;
  if (judge && judgement !== d.status && !seen.has(judged)) {
    seen.add(judged);
    const denial = { ...d, status: judgement };
    claims.push(claimOf(denial, `c${claims.length + 1}`, judge.id, ctx.chainFor(judge), parsed.text, sent));
  }
}

/** What a denial makes of an event told with `status`: a halt denied goes on; an act asserted, hedged or planned is denied. */
function deniedStatus(status: Claim['status'], halted: boolean): Claim['status'] {
  if (halted) return 'asserted';
  return status === 'asserted' || status === 'possible' || status === 'planned' ? 'denied' : status;
}

/** Who tells the draft's event, or undefined when the outlet tells it in its own voice. */
function draftSource(ctx: Claiming, d: Draft, at: number, sent: Sentence): Attr | undefined {
  const { parsed, index, attrs, inBody, uncarried } = ctx;
  // A trigger the carrier alone holds stands in the reporting clause ("an official told Defense News"),
  // which says nothing on its own: it goes to whoever holds the clause without the carrier.
  const held = innermost(inBody, at);
  // The outlet's own voice only where no speaker governs the sentence.
  const found =
    (held?.carrier ? innermost(uncarried, at) : held) ??
    sentenceSpeaker(uncarried, sent, at, parsed.text) ??
    stanceSpeaker(attrs, uncarried, sent, at) ??
    // "announced sanctions" imposes them: the act the outlet tells (see announcesOwnAct).
    (d.type === 'sanction' ? undefined : objectSpeaker(uncarried, sent, at)) ??
    quotedSpeaker(uncarried, ctx.quotes, parsed.sentences, at);
  // "Washington, London and Paris announced sanctions": each capital's own act, told by the outlet.
  return found && sameReport(uncarried, found).some((a) => announcesOwnAct(index, a, d)) ? undefined : found;
}

/** Sets the draft's status from the words of its source's cue; returns the one who judges the source's report, if any. */
function settleStatus(
  ctx: Claiming,
  d: Draft,
  src: Attr | undefined,
  at: number,
  sent: Sentence,
): Attr | undefined {
  const { parsed } = ctx;
  // "dismissed US accusations that Tehran arms the Houthis as baseless": the accuser asserts; the judging words
  // are the denier's.
  const plain = src && !/\b(not|never|no|n't)\b/i.test(parsed.text.slice(src.contentStart, at));
  if (src && plain && ACCUSATION_CUE.test(src.cue) && d.status === 'denied') d.status = 'asserted';
  // "Kanaani rejected Western media reports that Iran has delivered missiles": the reporters assert, the
  // denier denies; each is a claim of its own.
  // A halt the reports tell ("reports that the deliveries had been frozen") is their own status; the judge
  // who dismisses them says the deliveries go on (see claimDraft).
  const halted = d.status === 'denied' && haltedAt(parsed, d.trigger, sent.first);
  const judge = src && plain ? judgeOf(ctx.inBody, src) : undefined;
  if (judge && d.status === 'denied' && !halted) d.status = 'asserted';
  // Reporting words are no claim of their own source: "Iran denied" is Iran's, not the outlet's.
  // "did not deny that Iran sent drones": a denial withheld leaves the event as told.
  // Only a cue whose scope holds the event sets its status ("Iran, which has not confirmed it, sent").
  const cue = src && governsEvent(parsed, src.cueStart, d) ? src : undefined;
  // "dismissed claims that China was considering supplying", "denied it would send": a denial of what was
  // hedged or planned denies it; "denied that shipments had been suspended" denies the halt, not the shipments.
  if (cue && cue.force === 'deny' && !negatedCue(parsed, cue.cueStart))
    d.status = deniedStatus(d.status, halted);
  if (cue && cue.force === 'think' && d.status === 'asserted') d.status = 'possible';
  // "Neither Washington nor NATO has confirmed that ...": a confirmation withheld.
  if (cue && cue.force === 'confirm' && d.status === 'asserted' && withheld(parsed.text, cue.cueStart))
    d.status = 'unconfirmed';
  // "did not comment on the strikes": whatever the refusal names is left unconfirmed, not denied.
  if (cue && refuses(cue, parsed.text)) d.status = 'unconfirmed';
  return judge;
}

/** A claim another sentence's answer or judgement repeats: the stance is that sentence's, not dated as the first's. */
function ownStance(c: Claim): Claim {
  const { stated: _stated, retrospective: _retrospective, ...rest } = c;
  return rest;
}

/**
 * Whether a reporting cue governs the event of a draft: a cue in a sibling verb's words or in a
 * relative clause of the event's sentence does not ("denied the reports, then admitted sending").
 */
function governsEvent(parsed: Parsed, cueStart: number, d: Draft): boolean {
  const sent = parsed.sentences[d.sent];
  if (d.outOfScope === undefined || sent === undefined || cueStart < sent.start || cueStart >= sent.end)
    return true;
  const [k] = tokenRange(parsed, cueStart, cueStart);
  return !d.outOfScope.some(([a, b]) => a <= k && k <= b);
}

/** The warnings that say how much of a document its budget let extraction read. */
function budgetWarnings(text: string, read: number, part: Part, options: ExtractBudget): string[] {
  const out: string[] = [];
  if (read < text.length)
    out.push(
      `extraction read the first ${read} of ${text.length} characters (budget of ${options.maxChars})`,
    );
  const at = part.stopped;
  if (at)
    out.push(
      `extraction stopped after ${options.budgetMs} ms at character ${at.start} of ${text.length} (sentence ${at.sentence + 1} of ${at.of}); claims after it were not read`,
    );
  return out;
}

/** A draft as the contract's claim: its id, source and chain, and its sentence as the evidence. */
/**
 * The roles of a claim whose party its sentence does not name: they come from a pronoun, an earlier
 * sentence or the story's main parties. A party is named by its own mention or by a person or body
 * of that state.
 */
function unnamedRoles(
  index: MentionIndex,
  sent: Sentence,
  d: Pick<Draft, 'actor' | 'target' | 'inferred'>,
): ('actor' | 'target')[] {
  // The scan stops as soon as both roles are found named: no set of names per claim.
  let actorNamed = d.actor === null;
  let targetNamed = d.target === null;
  for (let k = sent.first; k <= sent.last && !(actorNamed && targetNamed); k++) {
    const m = mentionAt(index, k);
    if (!m?.entity) continue;
    const country = index.entities.get(m.entity)?.country;
    if (m.entity === d.actor || country === d.actor) actorNamed = true;
    if (m.entity === d.target || country === d.target) targetNamed = true;
  }
  const out: ('actor' | 'target')[] = [];
  // A role the story filled is inferred even when the sentence names that party in another place.
  if (!actorNamed || (d.actor !== null && d.inferred?.includes('actor'))) out.push('actor');
  if (!targetNamed || (d.target !== null && d.inferred?.includes('target'))) out.push('target');
  return out;
}

function claimOf(
  d: ReturnType<typeof findDrafts>[number],
  id: string,
  source: string | null,
  chain: string[],
  text: string,
  sent: Sentence,
  extras: { readonly halted?: boolean; readonly inferred?: readonly ('actor' | 'target')[] } = {},
): Claim {
  return {
    id,
    type: d.type,
    actor: d.actor,
    target: d.target,
    weapons: d.weapons,
    quantity: d.quantity,
    time: d.time,
    status: d.status,
    ...(extras.halted ? { halted: true as const } : {}),
    ...(extras.inferred && extras.inferred.length > 0 ? { inferred: [...extras.inferred] } : {}),
    ...(d.stance?.stated === undefined ? {} : { stated: d.stance.stated }),
    ...(d.stance?.retrospective ? { retrospective: true as const } : {}),
    source,
    chain,
    evidence: { start: sent.start, end: sent.end, text: text.slice(sent.start, sent.end) },
  };
}

const REFERRED =
  /^\s*(?:the|these|those|such|this|that|all|any)?\s*(?:\w+\s+)?(reports?|claims?|charges?|accusations?|allegations?|information|stor(?:y|ies)|assertions?|suggestions?)\b/i;
/** Content that speaks of what was said before rather than of a new event ("It is another hoax"). */
const ANAPHORIC_OPENING =
  /^[\s"“«]*(?:it|this|that|these|those|they|such \w+|the \w+|all (?:these|such|the) \w+)\b/i;
/** "We reject these groundless accusations": a sentence that rejects what was reported, in the speaker's words. */
const REJECTING = /^[\s"“«]*(?:we|i)\s+(?:\w+\s+)?(?:reject|dismiss|deny|refute)\b/i;
const REPORT_BEFORE = /\b(charges?|claims?|accusations?|allegations?|reports?)\b(?: that)?[^.;"“”]{0,45}$/i;
const WITHHELD =
  /(?:\b(?:not|never|neither|nor|yet to|unable to|(?:declin|refus)(?:e|es|ed|ing) to)\b|n't\b)[^.;,]*$/i;

/** "declined to comment", "has not commented": a source that says nothing on the matter. */
function refuses(a: Attr, text: string): boolean {
  if (!withheld(text, a.cueStart)) return false;
  // "did not respond to a request for comment"
  return (
    /^comment/i.test(a.cue) ||
    (/^respond/i.test(a.cue) &&
      /^\s*(?:immediately\s+)?to (?:a |the |our |repeated )?requests? for comment/i.test(
        text.slice(a.cueEnd, a.cueEnd + 50),
      ))
  );
}

/** Whether the words before a cue withhold it: "has not confirmed", "declined to confirm", "Neither ... nor ... confirmed". */
function withheld(text: string, cueStart: number): boolean {
  return WITHHELD.test(text.slice(Math.max(0, cueStart - 40), cueStart));
}

/** The nouns that name the claims a denier rejects, as the cue of the accuser's own attribution. */
const ACCUSATION_CUE = /^(claims|accusations|allegations|assertions|charges)$/i;

/** "I can't confirm that", "No.", "That is absolutely false": an answer that judges what it was asked. */
const ANSWER_DENIES = /^[\s"“]*(?:no\b|not at all\b|absolutely not\b)/i;

/**
 * Answers in a briefing: the first sentence of the paragraph after a question, when it names no event of its
 * own, answers for the events the question asked about ("Q: Has any of this ammunition been fired at
 * Ukraine? KIRBY: I can't confirm that today."), in the answerer's name.
 */
function answersToQuestions(
  parsed: Parsed,
  attrs: readonly Attr[],
  asked: readonly Claim[],
  claims: readonly Claim[],
): Claim[] {
  const out: Claim[] = [];
  const told = new Set(claims.map((c) => c.evidence.start));
  for (const q of asked) {
    const at = sentenceHolding(parsed.sentences, q.evidence.start);
    const qs = at?.start === q.evidence.start ? at : undefined;
    const next = qs ? parsed.sentences[qs.i + 1] : undefined;
    if (!qs || !next || next.para === qs.para) continue;
    if (told.has(next.start)) continue;
    const words = parsed.text.slice(next.start, next.end);
    const status: Claim['status'] | null = declinesToConfirm(parsed, next.start, next.end)
      ? 'unconfirmed'
      : dismisses(parsed, next.start, next.end) || ANSWER_DENIES.test(words.replace(/^[^:]{0,40}:\s*/, ''))
        ? 'denied'
        : null;
    const by = innermost(attrs, Math.floor((next.start + next.end) / 2));
    if (!status || !by) continue;
    out.push({ ...q, status, source: by.id, evidence: { start: next.start, end: next.end, text: words } });
  }
  return out;
}

/**
 * Answers to what was reported before, by whoever answers: "The Kremlin dismissed the reports" (denied),
 * "Peskov called them 'another hoax'" (denied), "Singh said the US could not confirm the reports" (unconfirmed).
 * The claim answered is the latest earlier one made with a matching word ("such accusations" answers an
 * accusation), else the latest earlier one, never one the answering source made itself.
 */
// Whether a sentence of the attributed words both rejects what was told ("Such reports ...", "We reject") and dismisses it.
function rejectingSentence(parsed: Parsed, a: Attr): boolean {
  for (const s of parsed.sentences) {
    if (s.end <= a.contentStart || s.start >= a.contentEnd) continue;
    const start = Math.max(s.start, a.contentStart);
    const end = Math.min(s.end, a.contentEnd);
    const part = parsed.text.slice(start, end).trimStart();
    if ((ANAPHORIC_OPENING.test(part) || REJECTING.test(part)) && dismisses(parsed, start, end)) return true;
  }
  return false;
}

function answersByReference(
  parsed: Parsed,
  attrs: readonly Attr[],
  claims: readonly Claim[],
  published: string | null,
): Claim[] {
  const out: Claim[] = [];
  const byId = new Map(attrs.map((a) => [a.id, a]));
  // An answer that also threatens or sanctions ("We reject these accusations. ... China will take
  // measures") still answers; one that tells of events of its own does not refer back.
  const tellers = new Set(
    claims.flatMap((c) => (c.type !== 'threaten' && c.type !== 'sanction' ? [c.source] : [])),
  );
  const byStart = new EvidenceIndex(claims);
  for (const a of attrs) {
    if (a.documentLevel || tellers.has(a.id)) continue;
    const afterCue = parsed.text.slice(a.cueEnd, a.cueEnd + 40);
    const content = parsed.text.slice(a.contentStart, a.contentEnd);
    let status: Claim['status'] | null = null;
    const refusal = refuses(a, parsed.text);
    let word = REFERRED.exec(afterCue)?.[1] ?? REFERRED.exec(content)?.[1] ?? '';
    // "..., a charge both North Korea and Russia have dismissed as false": the report stands before its judge.
    const judgedBefore = REPORT_BEFORE.exec(parsed.text.slice(Math.max(0, a.cueStart - 60), a.cueStart));
    if (a.force === 'deny' && judgedBefore && content.trim().length < 30) word = judgedBefore[1] ?? '';
    if (a.force === 'deny' && (REFERRED.test(afterCue) || (judgedBefore && content.trim().length < 30)))
      status = 'denied';
    else if (a.force === 'confirm' && REFERRED.test(afterCue) && withheld(parsed.text, a.cueStart))
      status = 'unconfirmed';
    // "The Kremlin declined to comment": no word on what was reported before.
    else if (refusal) status = 'unconfirmed';
    // "We have seen these reports. Such reports do not always correspond to reality": any sentence of the words.
    else if (dismisses(parsed, a.contentStart, a.contentEnd) && rejectingSentence(parsed, a))
      status = 'denied';
    else if (
      declinesToConfirm(parsed, a.contentStart, a.contentEnd) &&
      (word !== '' || !tellsOwnEvent(content))
    )
      status = 'unconfirmed';
    if (!status) continue;
    word = word.toLowerCase().slice(0, 5);
    const reach = byStart.within(a.cueStart - ANSWER_REACH, a.cueStart);
    const earlier = reach.filter((c) => {
      if (!claimTypes[c.type].answerable) return false;
      const by = c.source ? byId.get(c.source) : undefined;
      // "X dismissed the accusations, while Y said ...": Y's words come after the answer's own.
      if (by && by.cueStart > a.cueStart && by.cueStart >= a.contentEnd) return false;
      return !by || (by.source.name !== a.source.name && !sameParty(by, a));
    });
    const sent = sentenceHolding(parsed.sentences, a.cueStart);
    const linked = earlier.filter((c) => {
      const by = c.source ? byId.get(c.source) : undefined;
      return word !== '' && by !== undefined && by.cue.toLowerCase().startsWith(word);
    });
    // "accusing Tehran of supplying drones used to bombard cities": the accusation is the supply.
    const supplies = linked.filter((c) => c.type === 'transfer');
    const last =
      mainClaim(supplies.length > 0 ? supplies : linked, undefined) ??
      (refusal
        ? answeredBy(a, earlier, reach, byId, (pool) =>
            mainClaim(pool, topicOf(parsed.text.slice(a.cueEnd, sent?.end))),
          )
        : earlier[earlier.length - 1]);
    if (!last || !sent) continue;
    out.push({
      ...answerOf(last, status, answerTime(parsed, a.cueStart, published)),
      source: a.id,
      evidence: { start: sent.start, end: sent.end, text: parsed.text.slice(sent.start, sent.end) },
    });
  }
  // "Singh said the United States could not confirm the reports": one answer, in the speaker's name.
  const answering = new Set(out.map((c) => c.source));
  return out.filter((c) => {
    const parent = byId.get(c.source ?? '')?.parent;
    return !parent || !answering.has(parent);
  });
}

const UNVERIFIED =
  /(^\W*|,\s*)(?:(?:the|these|those|such|both|neither of the|none of the)\s+)?(?:\w+\s+){0,2}(?:claims?|reports?|figures?|accounts?|assertions?|numbers?)\s+(?:(?:that|which)\s+)?(?:could|can)(?:not|n't| not)\s+(?:immediately\s+)?be\s+(?:independently\s+)?(?:verified|confirmed)\b/i;

/**
 * "The claims could not be independently verified.": the outlet's own word that it cannot confirm what it
 * reported last.
 */
function unverified(parsed: Parsed, claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  const byStart = new EvidenceIndex(claims);
  for (const sent of parsed.sentences) {
    const words = parsed.text.slice(sent.start, sent.end);
    const found = UNVERIFIED.exec(words);
    if (!found) continue;
    // "..., claims that could not be independently verified": an apposition judges its own sentence.
    const own = found.index > 0;
    const last = byStart
      .within(sent.start - ANSWER_REACH, sent.start + 1)
      .findLast(
        (c) =>
          (own ? c.evidence.start === sent.start : c.evidence.start < sent.start) &&
          c.type !== 'sanction' &&
          c.type !== 'threaten',
      );
    if (!last) continue;
    out.push({
      ...last,
      status: 'unconfirmed',
      source: null,
      evidence: { start: sent.start, end: sent.end, text: words },
    });
  }
  return out;
}

/** The type of event words name ("did not comment on the strikes"), if one does. */
function topicOf(words: string): Claim['type'] | undefined {
  for (const w of words.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (/^(losses|casualties|damage)$/.test(w)) return 'military_use';
    const t = triggerFor(w) ?? triggerFor(w.replace(/e?s$/, ''));
    if (t) return t.type;
  }
  return undefined;
}

/**
 * The claim a document is about, of the given type when one is: the event it claims most often (its
 * latest claim on ties), told in the version that names a weapon when one does.
 */
function mainClaim(claims: readonly Claim[], type: Claim['type'] | undefined): Claim | undefined {
  const pool =
    claims.filter((c) => c.type === type).length > 0 ? claims.filter((c) => c.type === type) : claims;
  const count = new Map<string, number>();
  const key = (c: Claim) => `${c.type}|${c.actor}|${c.target}`;
  for (const c of pool) count.set(key(c), (count.get(key(c)) ?? 0) + 1);
  let best: Claim | undefined;
  for (const c of pool) if (!best || (count.get(key(c)) ?? 0) >= (count.get(key(best)) ?? 0)) best = c;
  const named = pool.filter(
    (c) => best && key(c) === key(best) && c.weapons.some((w) => w.class !== 'unspecified'),
  );
  return named[named.length - 1] ?? best;
}

/** Whether two sources speak for one party; an outlet speaks for itself, not for its country. */
function sameParty(x: Attr, y: Attr): boolean {
  const party = (a: Attr) =>
    a.source.kind === 'outlet' ? a.source.entity : (a.source.country ?? a.source.entity);
  const px = party(x);
  const py = party(y);
  return px !== null && px !== undefined && px === py;
}

/** An attribution as the contract writes it, its spans read from `text`. */
export function attributionOut(a: Attr, text: string): Attribution {
  return {
    id: a.id,
    source: a.source,
    cue: a.cue,
    mode: a.mode,
    content: { start: a.contentStart, end: a.contentEnd, text: text.slice(a.contentStart, a.contentEnd) },
    parent: a.parent,
    cueSpan: { start: a.cueStart, end: a.cueEnd, text: text.slice(a.cueStart, a.cueEnd) },
  };
}

function entitiesOut(index: MentionIndex, text: string): Entity[] {
  const out = new Map<string, Entity>();
  for (const m of index.mentions) {
    if (!m.entity) continue;
    const info = index.entities.get(m.entity);
    if (!info) continue;
    let e = out.get(info.id);
    if (!e) {
      e = {
        id: info.id,
        kind: info.kind,
        name: info.name,
        mentions: [],
        role: info.role,
        country: info.country,
      };
      out.set(info.id, e);
    }
    e.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
  }
  return [...out.values()];
}

/** The entities the gazetteers found, and the people the text names only as speakers. */
export function withSpeakers(
  entities: readonly Entity[],
  attrs: readonly { readonly source: Source }[],
): Entity[] {
  const sources = attrs.map((a) => a.source);
  const described = (e: Entity) => sources.find((s) => s.entity === e.id && s.role)?.role;
  const known = entities.map((e) =>
    e.kind === 'person' && !e.role && described(e) ? { ...e, role: described(e) } : e,
  );
  return [...known, ...speakerEntities(sources, new Set(entities.map((e) => e.id)))];
}

/**
 * "Censor.NET reports citing Ukrinform" -> Censor.NET, and "..., Reznikov said, Ukrinform reports." ending
 * the first sentence -> Ukrinform: the outlet that speaks of itself as reporting.
 */
function outletFromText(parsed: Parsed, index: MentionIndex): string | null {
  const { text } = parsed;
  const firstEnd = parsed.sentences[0]?.end ?? 0;
  for (const m of index.mentions) {
    if (m.kind !== 'outlet' || !m.entity) continue;
    const after = text.slice(m.end, m.end + 24);
    const citing =
      /^\s*(reports|writes|informs|says)\b/.test(after) &&
      /^\s*\w+,?\s+(citing|quoting|with reference to)\b/.test(after);
    // A story's first sentence closed by its outlet's name: the house style of agencies relaying a speaker.
    const closing =
      m.end < firstEnd && /^\s*(reports|writes|informs)\s*\.\s*$/.test(text.slice(m.end, firstEnd + 1));
    if (citing || closing) return index.entities.get(m.entity)?.name ?? null;
  }
  return null;
}
