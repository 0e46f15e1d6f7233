import type { Claim, ClaimStatus, ClaimType, Weapon } from '../domain/extraction.js';
import type { Trigger } from '../knowledge/en/index.js';
import type { Attr } from './attributions.js';
import type { Budget } from './budget.js';
import { type FrameReading, mentionSpans, readFrame } from './frame-roles.js';
import { cueForce, membersOf, opponentOf, triggerFor, verbLemmaOf } from './lexicon.js';
import { type Mention, type MentionIndex, mentionAt } from './mentions.js';
import { isNumberWord, quantityBefore } from './quantity.js';
import { mentionWithin, STORY_REACH, sameReport, spanIndexOf } from './span-index.js';
import { conditionClauses, isFuture, opensConsequence, opensFurniture, statusOf } from './status.js';
import { analyzeSentence, type NounChunk, type SentenceSyntax } from './syntax/index.js';
import type { Parsed, Sentence, Token } from './text.js';
import { timeIn } from './time.js';

const BOUNDARY = new Set([
  ';',
  ':',
  'but',
  'while',
  'whereas',
  'although',
  'which',
  'who',
  '"',
  '“',
  '”',
  'because',
]);
const PREP_ROLE = new Set([
  'after',
  'than',
  'like',
  'unlike',
  'including',
  'to',
  'from',
  'against',
  'on',
  'with',
  'for',
  'by',
  'between',
  'into',
  'at',
  'of',
  'in',
  'toward',
  'towards',
  'upon',
  'before',
]);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);
const ANAPHOR = /^(these|those|such|this|the|its|their)$/;
const NEEDS_WEAPON = new Set([
  'destroy',
  'strikes',
  'attacks',
  'promise',
  'intercept',
  'down',
  'shoot',
  'station',
  'deploy',
  'deployment',
  'donate',
  'contribute',
  'pledge',
  'package',
  'aid',
  'hit',
  'target',
  'dealings',
  'transaction',
  'transactions',
  'trade',
  'cooperation',
  'get',
  'give',
  'hand',
  'move',
  'arrive',
  'arm',
  'equip',
  'fire',
  'launch',
  'strike',
  'shell',
  'bomb',
  'use',
  'employ',
  'pour',
  'bound',
  'destined',
  'headed',
  'arms',
  'attack',
  'deal',
  'contract',
  'contracts',
  'talks',
  'discuss',
  'seek',
  'request',
  'requests',
  'ask',
  'press',
  'lobby',
  'appeal',
  'sale',
  'sales',
  'exports',
  'export',
  'import',
  'buy',
  'sell',
  'receive',
  'obtain',
  'acquire',
  'deliver',
  'send',
  'ship',
  'supply',
  'provide',
  'transfer',
  'transfers',
  'supplies',
  'delivery',
  'deliveries',
  'shipment',
  'shipments',
  'negotiate',
  'negotiations',
  'negotiation',
  'purchase',
  'procure',
  'provision',
  'consignment',
  'acquisition',
]);
const THREAT_WORDS =
  /\b(swift|severe|decisive|harsh|firm|strong|serious|grave|tough|appropriate|dire|adequate|proportionate|reciprocal|commensurate|retaliatory|asymmetric|resolute|military)\b/i;
/** The adjectives that make "measures" or "decisions" a threat ("appropriate decisions", "resolute measures"). */
const THREAT_MEASURES =
  /^(resolute|necessary|appropriate|retaliatory|tough|firm|decisive|countermeasures|reciprocal|adequate|harsh|retaliation|response|proportionate|mirror)$/;
const MADE = /^(supplied|made|built|provided|donated|designed|produced|manufactured|delivered|sourced)$/;
const NO_WEAPONS = new Set<ClaimType>(['threaten', 'sanction', 'refer_international', 'coordinate']);

/** A country-like party to an event: a state, a body or a group. */
type Party = string | null;

interface Draft {
  type: ClaimType;
  actor: Party;
  target: Party;
  weapons: Weapon[];
  status: ClaimStatus;
  trigger: number;
  sent: number;
  quantity: Claim['quantity'];
  time: Claim['time'];
  anaphoric: boolean;
  /** A "do so" that repeats the event before it: a claim of its own even with the same status. */
  echo: boolean;
  /** An event a question asks about: no claim, but what the answer after it speaks of. */
  asked: boolean;
}

/** Everything claim finding reads. */
export interface ClaimInputs {
  readonly parsed: Parsed;
  readonly index: MentionIndex;
  readonly attrs: readonly Attr[];
  readonly published: string | null;
  /** When set, the sentence loop stops where the document's budget runs out. */
  readonly budget?: Budget;
}

/** Finds the claims of a document: events, their roles, weapons, quantities, times and status. */
export function findDrafts(input: ClaimInputs): Draft[] {
  const { parsed, index } = input;
  const drafts: Draft[] = [];
  const spans = mentionSpans(index);
  // A member names a party when a party's name covers its head, or, for a head that names no party
  // ("North Korean officials", "Russian entities"), a state adjective before it; a weapon's origin
  // ("Iranian drones") is no party. "France 12 drones" (a gapped clause read as a member) names none.
  const partiesIn = (chunk: NounChunk): string[] =>
    (chunk.members.length > 0 ? chunk.members : [chunk]).flatMap((m) => {
      const head = partyAt(index, m.head, parsed.tokens);
      if (head?.entity) return [head.entity];
      if (mentionAt(index, m.head)) return [];
      for (const j of m.modifiers) {
        const p = partyAt(index, j, parsed.tokens);
        if (p?.entity && p.kind === 'country' && p.form === 'adjective') return [p.entity];
      }
      return [];
    });
  // A condition carries into following sentences that open as its consequence ("For our part, we will ...")
  // and on through their paragraph while they speak of the future.
  let conditionalSent = -10;
  let carried: Sentence | null = null;
  let lastCondActor: Party = null;
  // A paragraph of page furniture ("Read also: ...") links to another story: none of its events are claims.
  let furniturePara = -1;
  for (const s of parsed.sentences) {
    if (s.first === 0 || parsed.tokens[s.first - 1]?.para !== s.para)
      furniturePara = opensFurniture(parsed, s) ? s.para : -1;
    if (furniturePara === s.para) continue;
    if (input.budget?.over(s.i)) break;
    // A question asserts nothing ("Has any of this ammunition been fired at Ukraine?"): its events are only
    // what an answer may speak of.
    const asked =
      parsed.tokens[s.last]?.text === '?' || parsed.text.slice(s.start, s.end).trimEnd().endsWith('?"');
    const conds = conditionClauses(parsed, s);
    const sentenceConditional = conds.length > 0;
    const opens = opensConsequence(parsed, s) && s.i - conditionalSent <= 2;
    const continues: boolean =
      carried !== null && carried.para === s.para && carried.i === s.i - 1 && isFuture(parsed, s);
    carried = !sentenceConditional && (opens || continues) ? s : null;
    const carryConditional = carried !== null;
    const before = drafts.length;
    let syntax: SentenceSyntax | undefined;
    for (let k = s.first; k <= s.last; k++) {
      const elaborated = elaboration(input, s, k, drafts);
      if (elaborated) {
        drafts.push(elaborated);
        continue;
      }
      const echoed = doSo(input, s, k, drafts, sentenceConditional || carryConditional);
      if (echoed) {
        drafts.push(echoed);
        continue;
      }
      const trig = triggerAt(parsed, k) ?? presence(input, s, k) ?? followUp(input, s, k);
      if (!trig) continue;
      const inCond = conds.find((c) => c.first <= k && k <= c.last);
      const conditional =
        inCond !== undefined ||
        (sentenceConditional &&
          conds.some((c) => c.first <= s.first + 1 || sameClauseAs(parsed.tokens, k, c))) ||
        carryConditional;
      const drafted = draftAt(input, s, k, trig, conditional, drafts, lastCondActor, inCond ? [] : conds);
      syntax ??= drafted ? analyzeSentence(parsed, s.i, spans) : undefined;
      const frame = drafted && syntax ? readFrame(syntax, k, trig, partiesIn, triggerFor) : undefined;
      // "Russia sent tanks into the town of Avdiivka": moved into a place, given to no one.
      if (frame?.intoPlace && trig.type === 'transfer' && drafted?.every((x) => x.target === null)) continue;
      const ds = drafted && frame ? framed(drafted, frame) : drafted;
      const d = ds?.[0];
      if (!ds || !d) continue;
      if (inCond && d.actor) lastCondActor = d.actor;
      const prev = drafts[drafts.length - 1];
      if (prev && prev.sent === s.i && !prev.echo && absorbs(prev, d, parsed, k)) {
        mergeInto(prev, d);
        continue;
      }
      drafts.push(...ds, ...gapped(input, s, d, k));
    }
    if (asked) for (const d of drafts.slice(before)) d.asked = true;
    // A threat whose target is the actor of the condition ("if Iran transfers ..., the response ...").
    for (const d of drafts.slice(before)) {
      if ((d.type === 'threaten' || d.type === 'sanction') && d.target === null && lastCondActor !== d.actor)
        d.target = lastCondActor;
    }
    if (sentenceConditional) conditionalSent = s.i;
  }
  fillUseTargets(drafts);
  return drafts.flatMap(byMember);
}

/**
 * A draft's roles as its frame reads them from the grammar: a role the rules left empty is filled, and
 * a role whose phrase joins several parties ("from Iran and North Korea") gives one draft per party.
 */
function framed(ds: Draft[], frame: FrameReading): Draft[] {
  const out: Draft[] = [];
  for (const d of ds) {
    const overrides = (explicit: boolean, parties: readonly string[], party: Party) =>
      parties.length > 0 && !parties.includes(party ?? '') && (party === null || explicit);
    const actors = overrides(frame.explicitActors, frame.actors, d.actor) ? frame.actors : [d.actor];
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
          out.push(actor === d.actor && target === d.target ? d : { ...d, actor, target });
      }
  }
  return out.length > 0 ? out : ds;
}

/** "The three European states will cancel ...": a group's act is each member's. */
function byMember(d: Draft): Draft[] {
  const members = membersOf(d.actor);
  return members.length === 0 ? [d] : members.filter((m) => m !== d.target).map((m) => ({ ...d, actor: m }));
}

/**
 * Whether a condition governs the event at `k`: no ", and", ", but", ";" or "while" opens another clause
 * between them ("Kirby said talks were advancing, and officials warned that the DPRK will pay a price if ...").
 * A condition that opens the sentence governs all of it.
 */
function sameClauseAs(tokens: readonly Token[], k: number, c: { first: number; last: number }): boolean {
  const [a, b] = k < c.first ? [k, c.first] : [c.last, k];
  for (let j = a + 1; j < b; j++) {
    const w = tokens[j]?.lower ?? '';
    if (w === ';' || w === 'while' || w === 'whereas') return false;
    if (w === ',' && /^(and|but)$/.test(tokens[j + 1]?.lower ?? '')) return false;
  }
  return true;
}

// doSo runs for every token: its words are looked up in sets, not matched by regular expressions.
const STRANDING_STOPS = new Set(['.', ';', '!']);
const STRANDED_MODALS = new Set(['will', 'would', 'could', 'might', 'may']);
const STRANDED = new Set([...STRANDED_MODALS, 'be']);
const DO_FORMS = new Set(['do', 'does', 'did']);

/**
 * "has never had arms dealings with Russia and has no plan to do so", "should it do so": "do so" repeats the
 * event told just before, with a firmness of its own.
 */
function doSo(
  input: ClaimInputs,
  s: Sentence,
  k: number,
  drafts: readonly Draft[],
  conditional: boolean,
): Draft | null {
  const { parsed } = input;
  const { tokens } = parsed;
  // "it has not been used so far, but we expect it will be.": an auxiliary that ends its clause repeats the
  // event of its sentence.
  // The punctuation is checked first: this runs for every token.
  const stranded =
    k < s.last &&
    STRANDING_STOPS.has(tokens[k + 1]?.text ?? '') &&
    STRANDED.has(tokens[k]?.lower ?? '') &&
    (tokens[k - 1]?.pos === 'PRON' || STRANDED_MODALS.has(tokens[k - 1]?.lower ?? ''));
  // Not "doing so would be a problem": a gerund subject names the act as a hypothesis, not a claim.
  if (!stranded && (!DO_FORMS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'so')) return null;
  if (/^[-–]$/.test(tokens[k + 2]?.text ?? '')) return null;
  const antecedent = drafts.findLast(
    (d) =>
      d.sent >= s.i - (stranded ? 0 : 1) &&
      (d.type === 'transfer' || d.type === 'negotiate_transfer' || d.type === 'military_use'),
  );
  if (!antecedent) return null;
  const clause = clauseOf(parsed, s, k);
  return {
    ...antecedent,
    trigger: k,
    sent: s.i,
    // A stranded auxiliary is itself the firmness: "but it may." is possible.
    status: statusOf(parsed, s, stranded ? k + 1 : k, clause.first, conditional),
    quantity: null,
    time: timeIn(parsed, s, input.published),
    anaphoric: true,
    echo: true,
  };
}

/** A use whose target the sentence leaves out is aimed where the same actor's other uses in the document are. */
function fillUseTargets(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.type !== 'military_use' || !d.actor || d.target) continue;
    const counts = new Map<string, number>();
    for (const o of drafts) {
      if (o.type === 'military_use' && o.actor === d.actor && o.target)
        counts.set(o.target, (counts.get(o.target) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [target, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = target;
    // Else the state the actor is at war with.
    d.target = best ?? opponentOf(d.actor);
  }
}

/** Whether a verb of use says what a weapon can do: "which can hit targets", "missiles capable of striking". */
function capability(input: ClaimInputs, s: Sentence, k: number): boolean {
  const { tokens } = input.parsed;
  const before = (n: number) => tokens[k - n]?.lower ?? '';
  if ((before(1) === 'of' && before(2) === 'capable') || (before(1) === 'to' && before(2) === 'able'))
    return true;
  const modal = /^(can|could)$/.test(before(1)) ? 1 : /^(can|could)$/.test(before(2)) ? 2 : 0;
  if (modal === 0) return false;
  // "ATACMS, can strike targets": the subject may stand before an apposition's comma.
  const subject = tokens[k - modal - 1]?.text === ',' ? k - modal - 2 : k - modal - 1;
  if (subject < s.first) return false;
  return (
    /^(which|that)$/.test(tokens[subject]?.lower ?? '') ||
    mentionAt(input.index, subject)?.weaponClass !== undefined
  );
}

/** The state of "in Russian hands" after a verb: "the missiles are now in Russian hands". */
function inHandsOf(input: ClaimInputs, k: number): Party {
  const { tokens } = input.parsed;
  for (let j = k + 1; j <= k + 3; j++) {
    const m = mentionAt(input.index, j);
    if (m?.kind === 'country' && tokens[m.last + 1]?.lower === 'hands') return m.entity;
  }
  return null;
}

/** "more shipments would follow", "three more units are to follow next year": another batch of the transfer told. */
function followUp(input: ClaimInputs, s: Sentence, k: number): Trigger | undefined {
  const { tokens } = input.parsed;
  if (tokens[k]?.lemma !== 'follow' || tokens[k]?.pos !== 'VERB') return undefined;
  if (/^(the|this|that|suit|up)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  for (let j = k - 1; j >= Math.max(s.first, k - 6); j--)
    if (/^(more|rest|remainder)$/.test(tokens[j]?.lower ?? '')) return triggerFor('send');
  return undefined;
}

/** "F-16s are in Ukraine", "the Patriots are now in Ukraine": weapons present in a state have arrived there. */
function presence(input: ClaimInputs, s: Sentence, k: number): Trigger | undefined {
  const { parsed, index } = input;
  const { tokens } = parsed;
  if (tokens[k]?.lemma !== 'be' || !/^(are|is|were|was)$/.test(tokens[k]?.lower ?? '')) return undefined;
  const subject = mentionAt(index, k - 1);
  if (subject?.weaponClass === undefined || subject.first <= s.first - 1) return undefined;
  let j = k + 1;
  if (/^(now|already|finally|all)$/.test(tokens[j]?.lower ?? '')) j++;
  if (tokens[j]?.lower !== 'in') return undefined;
  const place = mentionAt(index, j + 1);
  if (place?.kind !== 'country') return undefined;
  // "in Ukraine", or "in Russian hands"
  return place.form === 'name' || inHandsOf(input, k) !== null ? triggerFor('arrive') : undefined;
}

/**
 * "Denmark has promised 19 aircraft, the Netherlands 24 and Norway six": after a counted transfer, each
 * state with a number of its own, the verb left out, makes the same claim with its own count.
 */
function gapped(input: ClaimInputs, s: Sentence, d: Draft, k: number): Draft[] {
  if (d.type !== 'transfer' || d.actor === null || d.quantity === null) return [];
  const { parsed, index } = input;
  const { tokens } = parsed;
  const out: Draft[] = [];
  const actors = new Set([d.actor, d.target]);
  for (let j = k + 1; j < s.last; j++) {
    if (!/^(,|;|and)$/.test(tokens[j]?.lower ?? '')) continue;
    let a = j + 1;
    if (tokens[a]?.lower === 'and') a++;
    const m = mentionAt(index, a) ?? mentionAt(index, a + 1);
    if (m?.kind !== 'country' || m.form !== 'name' || !m.entity || actors.has(m.entity)) continue;
    const n = m.last + 1;
    if (!isNumberWord(tokens[n])) continue;
    // The number stands alone or before the weapon's noun: "24", "24 jets"; not "24 hours later".
    const after = tokens[n + 1];
    const weaponAfter = mentionAt(index, n + 1)?.weaponClass !== undefined;
    if (after && n + 1 <= s.last && !weaponAfter && !/^(,|;|and|\.)$/.test(after.lower)) continue;
    const quantity = quantityBefore(parsed, n + 1);
    if (!quantity) continue;
    actors.add(m.entity);
    const own = weaponAfter ? toWeapons(parsed, weaponsIn(index, n + 1, n + 1)) : d.weapons;
    out.push({ ...d, actor: m.entity, quantity, weapons: own });
    j = n;
  }
  return out;
}

/** "They may include Zolfaghar missiles": names the weapons of the transfer just reported. */
function elaboration(input: ClaimInputs, s: Sentence, k: number, drafts: readonly Draft[]): Draft | null {
  const { parsed, index } = input;
  const t = parsed.tokens[k] as Token;
  if (t.lemma !== 'include' || t.pos !== 'VERB') return null;
  const prev = drafts[drafts.length - 1];
  if (prev?.type !== 'transfer' || s.i - prev.sent > 1) return null;
  const { tokens } = parsed;
  let subj: Token | undefined = tokens
    .slice(Math.max(s.first, k - 4), k)
    .find((x) => /^(they|these|those|it|this|which)$/.test(x.lower));
  // "a further package that, according to the ministry, will include": a relative "that" before an attribution,
  // unless the sentence has told its transfer already ("aid ..., a package that will include").
  if (!subj && !drafts.some((d) => d.sent === s.i && d.type === 'transfer')) {
    let j = k - 1;
    while (j > s.first && /^(AUX|ADV|PART)$/.test(tokens[j]?.pos ?? '')) j--;
    if (tokens[j]?.text === ',') j = parentheticalStart(tokens, j, s.first) - 1;
    const w = tokens[j];
    if (w && /^(that|which)$/.test(w.lower) && /^(NOUN|NUM|PROPN)$/.test(tokens[j - 1]?.pos ?? '')) subj = w;
  }
  if (!subj) return null;
  const clause = clauseOf(parsed, s, k);
  const ws = weaponsIn(index, k + 1, clause.last);
  if (ws.length === 0) return null;
  return {
    ...prev,
    weapons: toWeapons(parsed, ws),
    status: statusOf(parsed, s, k, clause.first, false),
    trigger: k,
    sent: s.i,
    quantity: null,
    anaphoric: true,
  };
}

/** Whether the word before `k` ends the name of a state or group (a proper noun, not a weapon). */
function partyBefore(parsed: Parsed, k: number): boolean {
  const t = parsed.tokens[k - 1];
  return t?.pos === 'PROPN' && /^[A-Z]/.test(t.text);
}

/** Whether a state or group name starts at `k`, after an optional "the". */
function isPartyWord(parsed: Parsed, k: number): boolean {
  const j = parsed.tokens[k]?.lower === 'the' ? k + 1 : k;
  const t = parsed.tokens[j];
  return t?.pos === 'PROPN' && /^[A-Z]/.test(t.text);
}

/** Words that name an event only in some company; looked at only when the word is one of SPECIAL_WORDS. */
const SPECIAL_WORDS = new Set([
  'warn',
  'warns',
  'warned',
  'warning',
  'threats',
  'come',
  'comes',
  'came',
  'coming',
  'bound',
  'destined',
  'headed',
  'arms',
  'shoot',
  'shoots',
  'shot',
  'shooting',
  'measures',
]);

function specialTrigger(parsed: Parsed, k: number): Trigger | undefined {
  const t = parsed.tokens[k] as Token;
  // "Moscow had warned against the move", "responded to the deliveries with threats": a threat told.
  if (t.lemma === 'warn' && t.pos === 'VERB' && parsed.tokens[k + 1]?.lower === 'against')
    return triggerFor('threaten');
  if (t.lower === 'threats' && /^(with|issued|made|issuing|making)$/.test(parsed.tokens[k - 1]?.lower ?? ''))
    return triggerFor('threaten');
  // "the jets are believed to have come from Danish stocks": weapons that came from a state's stocks.
  if (
    t.lemma === 'come' &&
    t.pos === 'VERB' &&
    parsed.tokens[k + 1]?.lower === 'from' &&
    parsed.tokens
      .slice(k + 2, k + 7)
      .some((w) => /^(stocks?|stockpiles?|inventor(?:y|ies)|arsenals?|reserves|depots)$/.test(w.lower))
  )
    return triggerFor('arrive');
  // "missile components bound for the Houthis", "weapons headed to Yemen": a shipment on its way.
  if (/^(bound|destined|headed)$/.test(t.lower) && /^(for|to)$/.test(parsed.tokens[k + 1]?.lower ?? ''))
    return triggerFor('send');
  // "Tehran arms the Houthis": wink reads "arms" as the noun before a party.
  if (t.lower === 'arms' && partyBefore(parsed, k) && isPartyWord(parsed, k + 1)) return triggerFor('arm');
  // "air defences shot down ATACMS": an interception says the other side fired them.
  if (/^(shoot|shoots|shot|shooting)$/.test(t.lower) && parsed.tokens[k + 1]?.lower === 'down')
    return triggerFor('intercept');
  // "Britain announced matching measures": measures that match others are those others' sanctions.
  // Not "would take similar measures": a measure promised is a threat's business.
  if (
    t.lower === 'measures' &&
    MATCHING.test(parsed.tokens[k - 1]?.lower ?? '') &&
    !parsed.tokens
      .slice(Math.max(0, k - 5), k)
      .some((w) => /^(will|would|could|might|may|'ll)$/.test(w.lower))
  )
    return triggerFor('sanctions');
  return undefined;
}

const MATCHING = /^(matching|similar|parallel|equivalent|identical|mirroring|coordinated)$/;

function triggerAt(parsed: Parsed, k: number): Trigger | undefined {
  const t = parsed.tokens[k] as Token;
  if (t.lower === 'further' && parsed.tokens[k - 1]?.lower === 'go') return triggerFor('further');
  // "would be a legitimate target": a threat, not a strike.
  if (t.lower === 'target' && parsed.tokens[k - 1]?.lower === 'legitimate') return triggerFor('targets');
  const special = SPECIAL_WORDS.has(t.lower) ? specialTrigger(parsed, k) : undefined;
  if (special) return special;
  // wink tags some gerunds as nouns ("start firing them"): a verb trigger in -ing not followed by "of".
  // "keeps pouring weapons", "continued supplying": wink may call the gerund an adjective.
  const aspectual =
    t.pos === 'ADJ' && /^(keep|continue|start|begin|stop|resume)$/.test(parsed.tokens[k - 1]?.lemma ?? '');
  if ((t.pos === 'NOUN' || aspectual) && t.lower.endsWith('ing') && parsed.tokens[k + 1]?.lower !== 'of') {
    const v = triggerFor(verbLemmaOf(t.lower));
    if (v && !v.noun) return v;
  }
  // wink sometimes tags a verb as a noun after an adverb ("will likely fire them"): the words around tell.
  if (t.pos === 'NOUN') {
    const v = triggerFor(t.lower);
    // 'would "strike at': a quote mark may open between the modal and the verb.
    const prevAt = /^["“]$/.test(parsed.tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
    const prev = parsed.tokens[prevAt]?.lower ?? '';
    const next = parsed.tokens[k + 1]?.lower ?? '';
    if (
      v &&
      !v.noun &&
      (/^(them|it|us|him|her)$/.test(next) || /^(will|would|could|may|might|can|to|likely|not)$/.test(prev))
    )
      return v;
  }
  if (t.pos === 'NOUN' || t.pos === 'PROPN') {
    const noun = triggerFor(t.lower);
    if (noun?.noun) return noun;
    // Nominal uses of verbs: "the transfer of", "Iran's supply of", "the use of".
    const verb = triggerFor(t.lower);
    if (verb && !verb.noun && parsed.tokens[k + 1]?.lower === 'of') return verb;
    // "This is the transfer we have warned about", "could not confirm the reported transfer".
    if (verb?.type === 'transfer' && !verb.noun && t.lower === 'transfer') {
      let j = k - 1;
      while (j > k - 3 && /^(ADJ|VERB)$/.test(parsed.tokens[j]?.pos ?? '')) j--;
      if (/^(the|this|that|such)$/.test(parsed.tokens[j]?.lower ?? '')) return verb;
    }
    if (t.lower === 'sanctions' || t.lower === 'sanction') return triggerFor('sanctions');
    return undefined;
  }
  if (t.pos === 'VERB' || t.pos === 'AUX') {
    const v = triggerFor(t.lemma) ?? triggerFor(t.lower);
    return v && !v.noun ? v : undefined;
  }
  return undefined;
}

function clauseOf(parsed: Parsed, s: Sentence, k: number): { first: number; last: number } {
  const { tokens } = parsed;
  const stops = (j: number): boolean =>
    (BOUNDARY.has(tokens[j]?.lower ?? '') && !scareQuote(tokens, j) && !quoteInVerbGroup(tokens, j)) ||
    newClauseAt(tokens, j, s.last);
  let a = k;
  while (a > s.first && !stops(a - 1)) a--;
  let b = k;
  // ", according to U.S. officials": the attribution ends the event's words, but what comes before is still theirs.
  const attributedFrom = (j: number): boolean =>
    tokens[j]?.lower === 'according' && tokens[j + 1]?.lower === 'to';
  while (b < s.last && !stops(b + 1) && !attributedFrom(b + 1)) b++;
  return { first: a, last: b };
}

const QUOTE_MARKS = /^["“”]$/;

/** 'Russia would "strike at', 'would be "forced to use': a quote opened inside the verb group goes on with its clause. */
function quoteInVerbGroup(tokens: readonly Token[], j: number): boolean {
  return (
    /^["“]$/.test(tokens[j]?.text ?? '') &&
    /^(would|will|be|been|is|are|was|were)$/.test(tokens[j - 1]?.lower ?? '')
  );
}

/** A quotation mark around a few words without a verb ("arms dealings"): scare quotes, not speech. */
function scareQuote(tokens: readonly Token[], j: number): boolean {
  if (!QUOTE_MARKS.test(tokens[j]?.text ?? '')) return false;
  for (const dir of [1, -1]) {
    for (let n = 1; n <= 5; n++) {
      const w = tokens[j + dir * n];
      if (!w || w.pos === 'VERB' || w.pos === 'AUX' || /^[.!?;:]$/.test(w.text)) break;
      if (QUOTE_MARKS.test(w.text)) return n > 1;
    }
  }
  return false;
}

/** ", and the ministry said": a comma and a conjunction that open a clause with its own subject and verb. */
function newClauseAt(tokens: readonly Token[], j: number, last: number): boolean {
  // "The system arrived as Russian missiles struck ...": "as" opening a clause with its own verb.
  const opener =
    tokens[j]?.text === ',' && /^(and|but|as|while)$/.test(tokens[j + 1]?.lower ?? '')
      ? j + 1
      : tokens[j]?.lower === 'as' && tokens[j - 1]?.pos === 'VERB'
        ? j
        : -1;
  if (opener < 0) return false;
  // ", and that attacks on shipping would continue": a second reported clause.
  const that = tokens[opener + 1]?.lower === 'that' && opener !== j ? 1 : 0;
  const first = tokens[opener + 1 + that];
  if (!first || !/^(DET|PROPN|PRON|NOUN)$/.test(first.pos)) return false;
  const reach = opener === j ? 8 : 5;
  for (let n = opener + 2 + that; n <= Math.min(last, opener + reach + that); n++)
    if (/^(VERB|AUX)$/.test(tokens[n]?.pos ?? '')) return true;
  return false;
}

function partyAt(index: MentionIndex, k: number, tokens?: readonly Token[]): Mention | undefined {
  const m = mentionAt(index, k);
  if (!m?.entity) return undefined;
  if (originOf(index, m, tokens) !== null) return undefined;
  if (m.kind === 'person') {
    // "Putin will station weapons in Belarus": a head of state or minister acts for the state.
    const info = index.entities.get(m.entity);
    return info?.country && STATE_ROLE.test(info.role ?? '') ? { ...m, entity: info.country } : undefined;
  }
  if (m.kind === 'organization') {
    // A state body (the Treasury, the IRGC) acts for its state; a body of no known state is no party.
    const country = index.entities.get(m.entity)?.country;
    return country ? { ...m, entity: country } : undefined;
  }
  return m.kind === 'country' || m.kind === 'igo' || m.kind === 'group' ? m : undefined;
}

/** "Ukrainian air defenses downed ...": the state whose adjective heads the interceptors is the one attacked. */
function defendersAdjective(index: MentionIndex, tokens: readonly Token[], k: number, first: number): Party {
  for (let j = k - 1; j >= first && /^(NOUN|ADJ|PROPN)$/.test(tokens[j]?.pos ?? ''); j--) {
    const m = mentionAt(index, j);
    if (m?.kind === 'country') return m.entity;
  }
  return null;
}

/** A country adjective that says where a weapon comes from ("Iranian drones", "Iranian-made Shahed"). */
function originOf(index: MentionIndex, m: Mention, tokens?: readonly Token[]): string | null {
  if (m.kind !== 'country') return null;
  // "US-supplied HIMARS", "Iranian-made drones"
  if (tokens && tokens[m.last + 1]?.text === '-' && MADE.test(tokens[m.last + 2]?.lower ?? ''))
    return m.entity;
  if (m.form !== 'adjective') return null;
  // Only within the weapon's own noun phrase: "Iranian close-range missiles", not "Russian troops launch drones".
  for (let j = m.last + 1; j <= m.last + 4; j++) {
    const n = mentionAt(index, j);
    if (n?.weaponClass) return m.entity;
    if (n) return null;
    const w = index.tokens[j];
    if (
      !w ||
      !/^(ADJ|NOUN|PROPN|PUNCT|NUM|VERB)$/.test(w.pos) ||
      (w.pos === 'VERB' &&
        (!/(ed|made|built)$/.test(w.lower) || /^(NOUN|PROPN)$/.test(index.tokens[j - 1]?.pos ?? '')))
    )
      return null;
  }
  return null;
}

/** Whether the talks at `k` are "to acquire", "to buy", "to obtain" something: a purpose of receiving. */
function toAcquire(parsed: Parsed, k: number, last: number): boolean {
  const { tokens } = parsed;
  for (let j = k + 1; j < last; j++)
    if (tokens[j]?.lower === 'to' && triggerFor(tokens[j + 1]?.lemma ?? '')?.roles === 'reverse') return true;
  return false;
}

/** The state whose plain adjective stands before the weapons ("Russian missiles", not "Iranian-made drones"). */
function userFromWeapons(index: MentionIndex, weapons: readonly Mention[]): Party {
  for (const w of weapons) {
    const m = mentionAt(index, w.first - 1);
    if (m?.kind === 'country' && m.form === 'adjective' && index.tokens[m.last + 1]?.text !== '-')
      return m.entity;
  }
  return null;
}

/** The supplier that the weapons' own words give: an origin adjective, else a named system's maker. */
function supplierFromWeapons(
  index: MentionIndex,
  weapons: readonly Mention[],
  tokens: readonly Token[],
): Party {
  for (const w of weapons) {
    for (let j = w.first - 1; j >= Math.max(0, w.first - 6); j--) {
      const m = mentionAt(index, j);
      if (m && originOf(index, m, tokens)) return m.entity;
      if (tokens[j]?.text === ',') break;
    }
  }
  for (const w of weapons) {
    if (w.kind === 'weapon_system' && w.entity) {
      const origin = index.entities.get(w.entity)?.country;
      if (origin) return origin;
    }
  }
  return null;
}

function draftAt(
  input: ClaimInputs,
  s: Sentence,
  k: number,
  trig: Trigger,
  conditional: boolean,
  drafts: readonly Draft[],
  condActor: Party,
  otherConds: ReadonlyArray<{ first: number; last: number }>,
): Draft[] | null {
  const { parsed, index } = input;
  const { tokens } = parsed;
  const t = tokens[k] as Token;
  const clause = clauseOf(parsed, s, k);
  // A main clause's roles are not read from its "if" clause.
  for (const c of otherConds) {
    if (c.last < k && c.last >= clause.first) clause.first = c.last + 1;
    if (c.first > k && c.first <= clause.last) clause.last = c.first - 1;
  }
  const key = t.pos === 'NOUN' ? t.lower : t.lemma;
  // "the strikes destroyed nine helicopters": only a definite noun of use, which points back at a use
  // already told, or one a state's adjective owns ("Russian attacks ... with missiles"); "missile strikes"
  // in general are background.
  const definiteUse = /^(the|these|those|such)$/.test(tokens[k - 1]?.lower ?? '');
  const stateUse = mentionAt(index, k - 1)?.kind === 'country';
  if (trig.noun && trig.type === 'military_use' && !definiteUse && !stateUse) return null;
  // "asked Berlin for air defences after the attacks": "the attacks" points back only at a use already told.
  if (
    trig.noun &&
    trig.type === 'military_use' &&
    definiteUse &&
    !stateUse &&
    !drafts.some((d) => d.type === 'military_use')
  )
    return null;
  // "lift restrictions on the use of ATACMS", "permission for the use of": a use allowed or barred, not told.
  if (
    trig.type === 'military_use' &&
    PERMITTED_USE.test(parsed.text.slice(tokens[Math.max(s.first, k - 4)]?.start ?? t.start, t.start))
  )
    return null;
  // "train Russian forces to use the drones", "sent weapons to Russia to be used in the war": the purpose of
  // training or of a transfer is no use told.
  if (trig.type === 'military_use' && purposeOfOther(tokens, k, s.first)) return null;
  // "missiles which can hit targets 100 miles away", "capable of hitting": what a weapon can do is no use.
  if (trig.type === 'military_use' && capability(input, s, k)) return null;
  // "asked Berlin for air defences", "lobbied for F-16s": asking is a request only for something.
  if (/^(ask|press|lobby|appeal)$/.test(key) && !tokens.slice(k + 1, k + 7).some((w) => w.lower === 'for'))
    return null;
  // Gate words that are events only in some company.
  if (trig.type === 'threaten') {
    // "will have serious consequences", "an adequate response": the judging words stand on either side.
    const around = parsed.text.slice(tokens[Math.max(s.first, k - 4)]?.start ?? t.start, s.end);
    if (key === 'further' && tokens[k - 1]?.lower !== 'go') return null;
    if (key === 'response' && tokens[k + 1]?.lower === 'to') return null;
    if (
      (key === 'response' || key === 'consequences') &&
      // "it will have consequences" threatens by itself.
      !(
        key === 'consequences' &&
        /\b(?:will|would) have\s+$/.test(parsed.text.slice(tokens[k - 3]?.start ?? t.start, t.start))
      ) &&
      !(
        (THREAT_WORDS.test(around) || /\bmet with\b/.test(parsed.text.slice(s.start, s.end))) &&
        (conditional || /\b(will|would|be met)\b/.test(parsed.text.slice(s.start, s.end)))
      )
    )
      return null;
    const before = tokens[k - 1]?.lower ?? '';
    // "resolute measures", "legitimate targets", "a party to the conflict", "pay a price": threats only in that company.
    if ((key === 'measures' || key === 'decisions') && !THREAT_MEASURES.test(before)) return null;
    if (
      key === 'decisions' &&
      !(conditional || /\b(will|would|shall)\b/.test(parsed.text.slice(s.start, t.start)))
    )
      return null;
    if ((key === 'targets' || key === 'target') && before !== 'legitimate') return null;
    if (
      key === 'party' &&
      !(
        /^(to the (conflict|war))/.test(parsed.text.slice(t.end + 1, t.end + 20)) &&
        /\b(make|makes|making|become|becomes|turn|turns)\b/.test(
          parsed.text.slice(tokens[k - 6]?.start ?? s.start, t.start),
        )
      )
    )
      return null;
    if (key === 'price' && !/\bpay\b/.test(parsed.text.slice(tokens[k - 3]?.start ?? t.start, t.start)))
      return null;
    if (
      (key === 'respond' || key === 'retaliate') &&
      !(conditional || /\b(will|would)\b/.test(parsed.text.slice(tokens[k - 3]?.start ?? t.start, t.start)))
    )
      return null;
  }
  // The object ends where a clause of its own begins ("gave assurances that the missiles ..."); what use
  // is aimed at is no instrument ("used mainly against Russian cruise missiles").
  let objectEnd = clause.last;
  for (let j = k + 1; j <= clause.last; j++) {
    const w = tokens[j]?.lower ?? '';
    // "a package that will include 155 mm rounds": a relative clause that lists the contents goes on.
    const lists = (): boolean =>
      // "a package that, according to the ministry, will include ...": an inserted attribution may come between.
      tokens.slice(j + 1, j + 12).some((x) => /^(include|contain|comprise|consist)$/.test(x.lemma));
    // "..., saying the shortage leaves cities exposed to missile attacks": a participle clause of its own.
    const participle =
      w === ',' &&
      /ing$/.test(tokens[j + 1]?.lower ?? '') &&
      tokens[j + 1]?.pos !== 'ADJ' &&
      !/^(including|excluding|totaling|totalling|numbering|comprising|containing|carrying|using)$/.test(
        tokens[j + 1]?.lower ?? '',
      );
    if (
      (OBJECT_ENDS.test(w) && !lists()) ||
      (trig.type === 'military_use' && AIMED_AT.test(w)) ||
      participle
    ) {
      objectEnd = j - 1;
      break;
    }
  }
  let weaponsRight = weaponsIn(index, k + 1, objectEnd);
  // "seeking military assistance from Moscow: fighter aircraft, surface-to-air missiles, ...": the list names it.
  if (tokens[clause.last + 1]?.text === ':' && weaponsRight.every((w) => w.weaponClass === 'unspecified'))
    weaponsRight = [...weaponsRight, ...weaponsIn(index, clause.last + 2, s.last)];
  const weaponsLeft = weaponsIn(index, clause.first, k - 1);
  let weapons =
    weaponsRight.length > 0
      ? weaponsRight
      : coordinatedLeft(tokens, weaponsLeft, nearLeft(weaponsLeft, k, 3));
  const participle = /(ed|en|wn|sent|sold|bought|brought|got|shot|hit|made)$/.test(t.lower);
  const passive =
    participle &&
    (PASSIVE_AUX.has(tokens[k - 1]?.lower ?? '') ||
      // "drones launched by Russia", "ATACMS supplied by the United States": a participle after its noun.
      (tokens[k + 1]?.lower === 'by' && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) ||
      (tokens[k - 1]?.pos === 'ADV' && PASSIVE_AUX.has(tokens[k - 2]?.lower ?? '')));
  if (passive && weapons.length === 0) weapons = weaponsLeft;
  // "The jets are believed to have come from Danish stocks": what came is the subject, however far.
  if (t.lemma === 'come' && weapons.length === 0) weapons = weaponsLeft;
  let anaphoric = weapons.some((w) => isAnaphor(tokens, w));
  const relative =
    (passive && pronounSubject(tokens, k)) ||
    tokens[clause.first - 1]?.lower === 'which' ||
    tokens[clause.first]?.lower === 'which' ||
    /^(them|it)$/.test(tokens[k + 1]?.lower ?? '');
  if ((relative && weapons.length === 0) || anaphoric) anaphoric = true;
  if (key === 'follow') anaphoric = true;
  // "We will send more", "has supplied none since": a bare amount stands for the weapons told before.
  const bareAmount =
    weapons.length === 0 &&
    /^(more|none|some|any)$/.test(tokens[k + 1]?.lower ?? '') &&
    trig.type === 'transfer';
  if (bareAmount) anaphoric = true;
  // "the shipment", "such deliveries", "the strikes": a definite event noun refers back to the event already
  // reported (nouns of use are only taken when definite, above).
  if (trig.noun && trig.type === 'military_use' && definiteUse) anaphoric = true;
  // "Iran has denied that transfer": the verb's own word used as a noun after a determiner (wink may tag it a verb).
  const nominal =
    trig.noun ||
    t.pos === 'NOUN' ||
    t.pos === 'PROPN' ||
    !/^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
  // "its transfer", "their deliveries" point back too; "its aid" is aid in general.
  const determined =
    /^(the|this|that|these|those|such|any)$/.test(tokens[k - 1]?.lower ?? '') ||
    (/^(its|their)$/.test(tokens[k - 1]?.lower ?? '') &&
      /^(transfers?|deliver(?:y|ies)|shipments?)$/.test(t.lower));
  if (nominal && trig.type === 'transfer' && weapons.length === 0 && determined) anaphoric = true;
  // "We have not confirmed that that transfer has taken place": a noun has no subject of its own.
  const nounUse = trig.noun || t.pos === 'NOUN' || t.pos === 'PROPN' || (nominal && determined);
  if (trig.type === 'refer_international') {
    const igo = firstParty(index, k + 1, clause.last, (m) => m.kind === 'igo');
    if (!igo) return null;
  }
  // "sent 1,500 special forces to Russia", "troops could be sent": people sent to fight are a transfer too.
  const troops =
    trig.type === 'transfer' && weapons.length === 0 ? personnelNear(parsed, clause, k, passive) : -1;
  // "to arm Russia", "Tehran arms the Houthis": arming a party names the weapons in the act itself.
  const armsParty =
    (key === 'arm' || key === 'arms') &&
    partyAt(index, k + 1 + (tokens[k + 1]?.lower === 'the' ? 1 : 0)) !== undefined;
  if (
    trig.type !== 'threaten' &&
    (NEEDS_WEAPON.has(key) || NEEDS_WEAPON.has(t.lower)) &&
    weapons.length === 0 &&
    !anaphoric &&
    troops < 0 &&
    !armsParty
  )
    return null;
  if (
    trig.type === 'military_use' &&
    (key === 'use' || key === 'employ') &&
    weapons.length === 0 &&
    !anaphoric
  )
    return null;

  const roles = rolesFor(input, s, k, clause, trig, passive, nounUse);
  const compound = tokens[k - 1]?.text === '-' ? mentionAt(index, k - 2) : undefined;
  if (compound?.kind === 'country' && compound.entity && trig.type === 'transfer') {
    // "Ukraine has used US-supplied HIMARS": the clause's subject is the recipient.
    // "Iranian-supplied weapons headed to the Houthis": where they go, when the clause says it.
    const user = roles.actor;
    roles.actor = compound.entity;
    if (roles.target === compound.entity) roles.target = null;
    const bound = firstParty(index, k + 1, clause.last, (m) =>
      /^(to|for)$/.test(tokens[pastDeterminers(tokens, m, k, /^the$/)]?.lower ?? ''),
    );
    if (!roles.target && bound && bound.entity !== compound.entity) roles.target = bound.entity;
    if (!roles.target && user !== compound.entity) roles.target = user;
    roles.coActors = [];
  }
  // "Analysts discussed ...": a negotiation needs a party that negotiates.
  if (trig.type === 'negotiate_transfer' && !trig.noun && t.pos === 'VERB' && roles.subjectFound === false)
    return null;
  const prevTransfer = drafts.findLast((d) => d.type === 'transfer' || d.type === 'negotiate_transfer');
  // "the strikes" refers back to the use already reported, other words to the transfer.
  const prevUse =
    trig.noun && trig.type === 'military_use' && definiteUse
      ? drafts.findLast((d) => d.type === 'military_use')
      : undefined;
  // "Russia has fired them at Ukraine": a pronoun after a verb of use names the weapons told last, used or sent.
  const named = (d: Draft): boolean => d.weapons.some((w) => w.class !== 'unspecified');
  const lastArmed =
    trig.type === 'military_use' && anaphoric && !prevUse
      ? drafts.findLast((d) => (d.type === 'transfer' || d.type === 'military_use') && named(d))
      : undefined;
  // "the deliveries" after "we may export weapons to any country": the transfer whose weapons were named.
  const namedTransfer = anaphoric
    ? (drafts.findLast((d) => d.type === trig.type && named(d)) ??
      drafts.findLast((d) => (d.type === 'transfer' || d.type === 'negotiate_transfer') && named(d)))
    : undefined;
  const antecedent = prevUse ?? lastArmed ?? namedTransfer ?? prevTransfer;
  // What "the strikes" destroyed were their targets; their weapons are those of the use told before.
  let weaponList = NO_WEAPONS.has(trig.type) || prevUse ? [] : toWeapons(parsed, weapons);
  if (
    anaphoric &&
    antecedent &&
    !NO_WEAPONS.has(trig.type) &&
    (weaponList.length === 0 || weaponList.every((w) => w.class === 'unspecified'))
  ) {
    const classes = new Set(antecedent.weapons.map((w) => w.class));
    weaponList =
      classes.size === 1
        ? antecedent.weapons.slice(0, 1)
        : [{ class: 'unspecified', system: null, text: t.text }];
  }
  if (troops >= 0 && weaponList.length === 0)
    weaponList = [{ class: 'other', system: null, text: (tokens[troops] as Token).text }];
  weaponList = narrowedByEarlier(tokens, weapons, weaponList, drafts);
  let { actor, target } = roles;
  // "Russia's negotiations with Iran to acquire missiles": the party that negotiates to acquire receives.
  if (
    trig.type === 'negotiate_transfer' &&
    trig.roles === 'forward' &&
    actor &&
    target &&
    toAcquire(parsed, k, clause.last)
  )
    [actor, target] = [target, actor];
  if (troops >= 0 && !actor) actor = originBefore(index, troops);
  if ((trig.type === 'transfer' || trig.type === 'negotiate_transfer') && !actor) {
    const supplier = supplierFromWeapons(index, weapons, tokens);
    if (supplier && supplier !== target) actor = supplier;
  }
  if (trig.type === 'transfer' || trig.type === 'negotiate_transfer') {
    if (!actor && target)
      actor =
        drafts.findLast(
          (d) => (d.type === 'transfer' || d.type === 'negotiate_transfer') && d.target === target && d.actor,
        )?.actor ?? null;
    if (!target && actor)
      target =
        drafts.findLast(
          (d) => (d.type === 'transfer' || d.type === 'negotiate_transfer') && d.actor === actor && d.target,
        )?.target ?? null;
    // The story's recipient: "Paris would deliver Scalp missiles" in an article about arms for Ukraine.
    if (!target && actor) {
      target =
        drafts.findLast((d) => d.type === 'transfer' && d.target && d.target !== actor)?.target ??
        drafts.findLast(
          (d) =>
            d.type === 'military_use' && d.actor && d.actor !== actor && sharesClass(d.weapons, weaponList),
        )?.actor ??
        storyCountry(index, actor);
    }
  }
  if (trig.type === 'military_use' && trig.roles === 'reverse' && !actor) {
    // Who fired what was intercepted: the recipient of those weapons, else their origin or maker.
    const earlier = [...drafts].reverse();
    actor =
      earlier.find(
        (d) => d.type === 'military_use' && d.sent === s.i && d.actor && sharesClass(d.weapons, weaponList),
      )?.actor ??
      earlier.find(
        (d) => d.type === 'transfer' && d.target && d.target !== target && sharesClass(d.weapons, weaponList),
      )?.target ??
      // "Russia launched 100 drones ... air defenses downed most of the drones": the use told before.
      earlier.find(
        (d) =>
          d.type === 'military_use' &&
          d.actor &&
          (target === null || d.target === target) &&
          sharesClass(d.weapons, weaponList),
      )?.actor ??
      // "Ukrainian air defenses downed 30 Shahed drones": fired by the side at war with the defender.
      opponentOf(target) ??
      supplierFromWeapons(index, weapons, tokens);
    if (actor === target) actor = null;
    // "Air defenses downed most of the drones": no defender named, the one attacked in that use.
    if (actor && !target)
      target =
        earlier.find(
          (d) => d.type === 'military_use' && d.actor === actor && sharesClass(d.weapons, weaponList),
        )?.target ?? null;
  }
  // "Russian missiles struck power plants": the weapons' own adjective names who fired them.
  // Not when that state supplied weapons in the story ("US missiles struck" after the US sent them to Ukraine).
  if (trig.type === 'military_use' && !actor && trig.roles === 'forward') {
    const user = userFromWeapons(index, weapons);
    if (user && !drafts.some((d) => d.type === 'transfer' && d.actor === user)) actor = user;
  }
  // "the strikes" are the use told before, whoever's words name them ("Russia's ministry did not comment on the strikes").
  if (trig.type === 'military_use' && prevUse) {
    actor = prevUse.actor;
    target = prevUse.target;
  }
  // "a Kinzhal had destroyed a Patriot system": a weapon that acts was fired by whoever fired such weapons.
  const acting =
    trig.type === 'military_use' && !actor && !passive && weaponsRight.length > 0
      ? toWeapons(parsed, nearLeft(weaponsLeft, k, 4))
      : [];
  if (acting.length > 0)
    actor =
      drafts.findLast((d) => d.type === 'military_use' && d.actor && sharesClass(d.weapons, acting))?.actor ??
      null;
  // "Has this ammunition been fired at Ukraine? ... it has not been used so far": the use of "it" told before.
  if (
    trig.type === 'military_use' &&
    !actor &&
    lastArmed?.type === 'military_use' &&
    lastArmed.actor &&
    lastArmed.actor !== target &&
    // "should such weapons be used against it": aimed at someone the words leave unresolved, so not the same use.
    !tokens.slice(k + 1, k + 3).some((w) => w.lower === 'against')
  ) {
    actor = lastArmed.actor;
    target ??= lastArmed.target;
  }
  // "has this North Korean ammunition been fired?": whoever received the weapons from the state they are named
  // for, else the recipient of the transfer told last.
  if (trig.type === 'military_use' && !actor && prevTransfer) {
    const origin = userFromWeapons(index, weapons);
    actor =
      (origin && drafts.findLast((d) => d.type === 'transfer' && d.actor === origin && d.target)?.target) ||
      prevTransfer.target;
  }
  if (trig.type === 'military_use' && !target) {
    target =
      drafts.findLast((d) => d.type === 'military_use' && d.target && d.actor === actor)?.target ?? null;
  }
  // An arms deal denied in general terms ("Moscow and Pyongyang deny any arms dealings") is between the
  // two who deny it, else about the pair in the story.
  const joint =
    (trig.type === 'transfer' || trig.type === 'negotiate_transfer') && !actor && !target
      ? jointSpeakers(input, k, drafts.slice(-STORY_REACH))
      : undefined;
  if (joint && !prevTransfer) ({ actor, target } = joint);
  if ((trig.type === 'transfer' || trig.type === 'negotiate_transfer') && prevTransfer) {
    // "more would follow": the batch after the transfer just told.
    if (!actor && !target && (key === 'follow' || bareAmount)) ({ actor, target } = prevTransfer);
    if (!actor && !target)
      ({ actor, target } = joint ?? dominantPair(drafts.slice(-STORY_REACH)) ?? prevTransfer);
    // Talks are symmetric: orient them as the transfers between the same two parties already reported.
    if (
      !joint &&
      trig.type === 'negotiate_transfer' &&
      trig.roles === 'forward' &&
      actor === prevTransfer.target &&
      target === prevTransfer.actor
    ) {
      [actor, target] = [target, actor];
    }
  }
  if (key === 'destroy' && t.pos === 'VERB') {
    // "claimed to have destroyed HIMARS": the attack is on whoever fields the weapons destroyed.
    const owner = drafts.findLast(
      (d) => d.type === 'transfer' && d.target && d.target !== actor && sharesClass(d.weapons, weaponList),
    );
    target = owner?.target ?? null;
    if (!target) return null;
    // What destroyed them is the weapon used.
    if (acting.length > 0 && actor) weaponList = acting;
  }
  if (target === actor) target = null;
  // No one fires at or sanctions the United Nations: "in breach of U.N. sanctions" names a regime.
  if ((trig.type === 'military_use' || trig.type === 'sanction') && target?.startsWith('igo:un'))
    target = null;
  // "imposed new sanctions over the alleged transfer": those sanctioned are who made the transfer.
  if (trig.type === 'sanction' && !target && overTransfer(tokens, k, clause.last))
    target = prevTransfer?.actor ?? null;
  // "announced matching measures": the same targets as the sanctions told before.
  if (trig.type === 'sanction' && !target && key === 'measures')
    target = drafts.findLast((d) => d.type === 'sanction' && d.target && d.target !== actor)?.target ?? null;
  // "due in part to sanctions": sanctions in passing name no one sanctioned.
  if (trig.type === 'sanction' && !target) return null;
  // "Due in part to our sanctions, Russia has been forced to ...": sanctions given as a cause are background.
  if (
    trig.type === 'sanction' &&
    t.pos === 'NOUN' &&
    /\b(?:due(?: in (?:large )?part)? to|because of|thanks to|owing to|as a result of)\s+(?:\w+\s+){0,2}$/i.test(
      parsed.text.slice(tokens[Math.max(s.first, k - 7)]?.start ?? t.start, t.start),
    )
  )
    return null;
  // "they will become legitimate targets for us": a threat in someone's words is their state's.
  if (trig.type === 'threaten' && !actor) actor = speakerParty(input, k);
  if (trig.type === 'threaten' && !target) target = condActor ?? threatened(index, s, actor, drafts);
  if (target === actor) target = null;
  // "All six were intercepted": a use told again with no party named is the use told before.
  if (trig.type === 'military_use' && anaphoric && !actor && !target && antecedent?.type === 'military_use') {
    actor = antecedent.actor;
    target = antecedent.target;
  }
  if (!actor && !target) return null;
  let q: Claim['quantity'] = null;
  for (const w of weapons) {
    q = quantityBefore(parsed, w.first);
    if (q) break;
  }
  if (!q && troops >= 0) q = quantityBefore(parsed, troops);
  let status = statusOf(parsed, s, k, clause.first, conditional);
  // "'It would have serious consequences,' he said": in a speaker's own words "would" is no reported "will"
  // but a consequence of what is warned against.
  if (
    trig.type === 'threaten' &&
    status === 'planned' &&
    innermost(input.attrs, t.start)?.mode === 'direct_quote' &&
    tokens.slice(Math.max(clause.first, k - 5), k).some((w) => w.lower === 'would')
  )
    status = 'conditional';
  // "any Taurus strike would make Germany a party", "doing so would be a serious problem": a consequence of a
  // hypothetical act.
  if (
    trig.type === 'threaten' &&
    status === 'planned' &&
    HYPOTHETICAL_SUBJECT.test(parsed.text.slice(tokens[clause.first]?.start ?? s.start, t.start))
  )
    status = 'conditional';
  // "Tehran opposes arming either side", "it regards supplying weapons as inhumane": a party that disowns
  // the act as its own says it does not do it.
  if (status === 'asserted' && actor && actor === speakerParty(input, k) && disowns(parsed, s, k))
    status = 'denied';
  // "sanctions on ... companies in Iran and Russia": each state named among the sanctioned is a target.
  const moreTargets =
    trig.type === 'sanction' && target
      ? sanctionedParties(index, tokens, k, clause.last).filter((p) => p !== target && p !== actor)
      : [];
  const first: Draft = {
    type: trig.type,
    actor,
    target,
    weapons: weaponList,
    status,
    trigger: k,
    sent: s.i,
    quantity: q,
    time: timeIn(parsed, s, input.published),
    anaphoric,
    // Every draft has the same fields from the start: one shape for the engine's inline caches.
    echo: false,
    asked: false,
  };
  // Loops rather than spread arrays: the engine recompiles this long function whenever an array's kind changes.
  const out = [first];
  for (const a of roles.coActors) if (a !== actor) out.push({ ...first, actor: a });
  for (const p of moreTargets) out.push({ ...first, target: p });
  return out;
}

/** "a day after Washington imposed sanctions": a word that is a preposition elsewhere opens a clause here. */
function conjunctionSubject(tokens: readonly Token[], prep: string, last: number): boolean {
  return /^(after|before|since|until|as)$/.test(prep) && /^(AUX|VERB)$/.test(tokens[last + 1]?.pos ?? '');
}

/** A subject that names a hypothetical act, followed by its "would". */
const HYPOTHETICAL_SUBJECT = /\b(?:any|such an?|doing so|such)\b[^,;.]*\bwould\b/i;

const PERMITTED_USE =
  /\b(?:restrictions?|ban|bans|limits?|limitations?|curbs?|permission|authori[sz]ation|approval|green light|go-ahead)\s+(?:on|for|to)\s+(?:the\s+)?$/i;

/** The states joined by "and" to the first mention of `party` after `k` ("from Danish and Dutch stocks"). */
function joinedAfter(
  index: MentionIndex,
  tokens: readonly Token[],
  k: number,
  last: number,
  party: Party,
): Party[] {
  const first = firstParty(index, k + 1, last, (m) => m.entity === party);
  const out: Party[] = [];
  let j = first ? first.last + 1 : last + 1;
  while (j + 1 <= last && /^(and|,)$/.test(tokens[j]?.lower ?? '')) {
    const m = mentionAt(index, j + 1);
    if (m?.kind !== 'country' || !m.entity) break;
    out.push(m.entity);
    j = m.last + 1;
  }
  return out;
}

/** Whether a verb of use at `k` is the purpose ("to use", "to be used") of training or of a transfer before it. */
function purposeOfOther(tokens: readonly Token[], k: number, first: number): boolean {
  const to =
    tokens[k - 1]?.lower === 'to'
      ? k - 1
      : tokens[k - 1]?.lower === 'be' && tokens[k - 2]?.lower === 'to'
        ? k - 2
        : -1;
  if (to < 0) return false;
  for (let j = to - 1; j >= Math.max(first, to - 8); j--) {
    const lemma = tokens[j]?.lemma ?? '';
    if (/^(train|teach|instruct)$/.test(lemma)) return true;
    const trig = tokens[j]?.pos === 'VERB' ? triggerFor(lemma) : undefined;
    if (trig?.type === 'transfer') return true;
  }
  return false;
}

/** The position of the word before a mention, past the determiners that stand between (never before `floor`). */
function pastDeterminers(tokens: readonly Token[], m: Mention, floor: number, determiners: RegExp): number {
  let p = m.first - 1;
  while (p > floor && determiners.test(tokens[p]?.lower ?? '')) p--;
  return p;
}

/** Whether the words from `j` are a short noun phrase followed by its verb, before the trigger at `k`. */
function possessedSubject(tokens: readonly Token[], j: number, k: number): boolean {
  let n = 0;
  while (n < 3 && j + n < k && /^(NOUN|ADJ|PROPN)$/.test(tokens[j + n]?.pos ?? '')) n++;
  if (n === 0 || j + n >= k || !/^(AUX|VERB)$/.test(tokens[j + n]?.pos ?? '')) return false;
  // "Russia's defence ministry claimed that a Kinzhal had destroyed": the subject of reported words is theirs.
  return !tokens.slice(j + n, k).some((w) => /^(that|which|who|,)$/.test(w.lower));
}

/** Words after an auxiliary that keep a noun's own phrase going ("shipments were sent to Russia"). */
const PASSIVE_PARTICIPLE = /(ed|en|sent|sold|bought|brought|made)$/;

/** Nouns of an effort whose owner is the one who acts in the infinitive after them. */
const AIMING = /^(negotiations|talks|efforts?|attempts?|bid|plans?|push|drive|campaign|quest|race)$/;
const STATE_ROLE =
  /\b(president|prime minister|premier|chancellor|minister|supreme leader|leader|king|emir|secretary of (?:state|defen[cs]e))\b/i;
const OBJECT_ENDS = /^(that|which|who|whom|whose|because|where|whether|if|unless|although|though)$/;
const AIMED_AT = /^(against)$/;

/** Words that end the list of the sanctioned: what follows says why ("over its drone transfers to Russia"). */
const SANCTION_REASON =
  /^(over|for|because|after|that|which|who|whose|involved|facilitating|linked|accused|supplying|helping|to|as|while|amid|in connection)$/;

/** The states, bodies and groups named among the objects of a sanction, in order. */
/** "sanctions over the alleged transfer", "penalties for the deliveries": sanctions that give a transfer as reason. */
function overTransfer(tokens: readonly Token[], k: number, last: number): boolean {
  for (let j = k + 1; j <= Math.min(last, k + 4); j++) {
    if (!/^(over|for)$/.test(tokens[j]?.lower ?? '')) continue;
    for (let x = j + 1; x <= Math.min(last, j + 4); x++) {
      const trig = triggerFor(tokens[x]?.lower ?? '');
      if (trig?.type === 'transfer' && /^(NOUN|PROPN)$/.test(tokens[x]?.pos ?? '')) return true;
    }
  }
  return false;
}

function sanctionedParties(index: MentionIndex, tokens: readonly Token[], k: number, last: number): string[] {
  const out: string[] = [];
  for (let j = k + 1; j <= last; j++) {
    if (SANCTION_REASON.test(tokens[j]?.lower ?? '')) break;
    // "target Iran Air and cancel air agreements with the UK": another measure's partners are not sanctioned.
    if (tokens[j]?.pos === 'VERB' && /^(and|or)$/.test(tokens[j - 1]?.lower ?? '')) break;
    const m = partyAt(index, j, tokens);
    if (!m) continue;
    if (m.entity && !out.includes(m.entity)) out.push(m.entity);
    j = m.last;
  }
  return out;
}

const PERSONNEL =
  /^(troops|soldiers|servicemen|servicemembers|personnel|forces|fighters|mercenaries|instructors|advisers|advisors|officers|sappers|specialists|workers)$/;

/** The word for people sent as military support: the object of the trigger, or its subject when passive. */
function personnelNear(
  parsed: Parsed,
  clause: { first: number; last: number },
  k: number,
  passive: boolean,
): number {
  const { tokens } = parsed;
  const [a, b] = passive ? [Math.max(clause.first, k - 8), k - 1] : [k + 1, Math.min(clause.last, k + 7)];
  for (let j = a; j <= b; j++) {
    const w = tokens[j] as Token;
    if (!PERSONNEL.test(w.lower)) continue;
    // "forces" alone is an army acting ("Russian forces fired"); sent forces are counted or special.
    if (w.lower === 'forces' && !/^(special|more|additional|\d[\d,.]*)$/.test(tokens[j - 1]?.lower ?? ''))
      continue;
    return j;
  }
  return -1;
}

/** The state a country adjective right before a noun names: "North Korean special forces". */
function originBefore(index: MentionIndex, j: number): Party {
  for (let i = j - 1; i >= Math.max(0, j - 4); i--) {
    const m = mentionAt(index, i);
    if (m?.kind === 'country' && m.form === 'adjective') return m.entity;
    if (index.tokens[i]?.text === ',') break;
  }
  return null;
}

/** "it has been used", "they were intercepted": a pronoun subject right before a passive verb group. */
function pronounSubject(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = tokens[j] as Token;
    if (/^(it|they|these|those)$/.test(w.lower) || (w.lower === 'them' && tokens[j - 1]?.lower === 'of'))
      return true;
    // "All six were intercepted", "most of them were shot down": an amount of what was told before.
    if (w.pos === 'NUM' && /^(all|the)$/.test(tokens[j - 1]?.lower ?? '')) return true;
    if (
      /^(all|most|none|both)$/.test(w.lower) &&
      (j === 0 || /^(PUNCT|CCONJ)$/.test(tokens[j - 1]?.pos ?? ''))
    )
      return true;
    if (!/^(AUX|ADV|PART)$/.test(w.pos) && !PASSIVE_AUX.has(w.lower)) return false;
  }
  return false;
}

const DISOWNING_BEFORE =
  /\b(opposes|opposed|oppose|refrains?|refrained|refraining|against)\s+(?:from\s+)?(?:\w+\s+){0,2}$/i;
const DISOWNING_AFTER =
  /^[^.;]{0,80}?\b(?:as\s+(?:inhumane|unacceptable|immoral|wrong|illegal|unethical)|(?:is|was)\s+not\s+(?:our|its|their)\s+policy)\b/i;

/** Whether the words around an event disapprove of it ("opposes arming", "regards supplying ... as inhumane"). */
function disowns(parsed: Parsed, s: Sentence, k: number): boolean {
  const t = parsed.tokens[k] as Token;
  const before = parsed.text.slice(parsed.tokens[Math.max(s.first, k - 4)]?.start ?? t.start, t.start);
  return DISOWNING_BEFORE.test(before) || DISOWNING_AFTER.test(parsed.text.slice(t.end, s.end));
}

function nearLeft(ws: readonly Mention[], k: number, gap: number): Mention[] {
  return ws.filter((w) => k - w.last <= gap);
}

/** "Russian missiles and Iranian-made drones struck": weapons joined to the nearest ones by "and", "or" or commas. */
function coordinatedLeft(tokens: readonly Token[], ws: readonly Mention[], near: Mention[]): Mention[] {
  const first = near[0];
  if (!first) return near;
  const out = [...near];
  let edge = first.first;
  for (const w of [...ws].reverse()) {
    if (w.last >= edge) continue;
    const between = tokens.slice(w.last + 1, edge);
    // "cruise missile components": a weapon word right before the nearest one is part of it.
    const joined =
      (between.length === 0 || between.some((t) => /^(and|or|,)$/.test(t.lower))) &&
      between.every((t) => /^(and|or|,|-)$/.test(t.lower) || /^(ADJ|NOUN|PROPN|VERB)$/.test(t.pos));
    if (!joined || between.length > 5) break;
    out.unshift(w);
    edge = w.first;
  }
  return out;
}

const NARROWER: Readonly<Record<string, readonly Weapon['class'][]>> = {
  missile: ['ballistic_missile', 'cruise_missile'],
};

/**
 * "the missiles" after "ballistic missiles": a definite generic term names the kind the document last
 * named more exactly.
 */
function narrowedByEarlier(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  weapons: Weapon[],
  drafts: readonly Draft[],
): Weapon[] {
  // The determiner may stand before adjectives: "the North Korean missiles".
  const determinerBefore = (m: Mention): boolean => {
    let j = m.first - 1;
    while (j > m.first - 4 && /^(ADJ|PROPN)$/.test(tokens[j]?.pos ?? '')) j--;
    return /^(the|these|those|such)$/.test(tokens[j]?.lower ?? '');
  };
  const definite = new Set(mentions.filter(determinerBefore).map((m) => m.weaponClass));
  return weapons.map((w) => {
    const narrower = NARROWER[w.class];
    if (!narrower || !definite.has(w.class)) return w;
    for (let i = drafts.length - 1; i >= 0; i--) {
      const exact = drafts[i]?.weapons.find((x) => narrower.includes(x.class));
      if (exact) return { class: exact.class, system: w.system ?? null, text: w.text };
    }
    return w;
  });
}

function isAnaphor(tokens: readonly Token[], w: Mention): boolean {
  if (w.weaponClass !== 'unspecified') return false;
  const before = tokens[w.first - 1]?.lower ?? '';
  const twoBefore = tokens[w.first - 3]?.lower ?? '';
  return ANAPHOR.test(before) || (before === 'of' && ANAPHOR.test(twoBefore));
}

function weaponsIn(index: MentionIndex, a: number, b: number): Mention[] {
  const out: Mention[] = [];
  for (let k = a; k <= b; k++) {
    const m = mentionAt(index, k);
    if (m?.weaponClass && out[out.length - 1] !== m) out.push(m);
  }
  return out;
}

function firstParty(
  index: MentionIndex,
  a: number,
  b: number,
  ok: (m: Mention) => boolean,
): Mention | undefined {
  for (let k = a; k <= b; k++) {
    const m = partyAt(index, k);
    if (m && ok(m)) return m;
  }
  return undefined;
}

/** One weapon per class, with the first named system of that class. */
function toWeapons(parsed: Parsed, ms: readonly Mention[]): Weapon[] {
  const byClass = new Map<string, Weapon>();
  for (const [i, m] of ms.entries()) {
    // "Stinger missiles": the generic word after a named system is that system.
    const named = ms[i - 1];
    if (named?.kind === 'weapon_system' && m.kind !== 'weapon_system' && m.first === named.last + 1) continue;
    const cls = (m.weaponClass ?? 'unspecified') as Weapon['class'];
    const text = parsed.text.slice(m.start, m.end);
    const prev = byClass.get(cls);
    const system = m.kind === 'weapon_system' ? m.entity : null;
    if (!prev) byClass.set(cls, { class: cls, system, text });
    else if (!prev.system && system) byClass.set(cls, { ...prev, system });
  }
  // A named system's class beside a generic term of a near class: "Zolfaghar missiles".
  let list = [...byClass.values()];
  if (list.length > 1) list = list.filter((w) => w.class !== 'unspecified');
  if (list.some((w) => w.class === 'ballistic_missile' || w.class === 'cruise_missile')) {
    const generic = list.find((w) => w.class === 'missile');
    const specific = list.find((w) => w.class === 'ballistic_missile' || w.class === 'cruise_missile');
    if (generic && specific && !specific.system && generic.system) specific.system = generic.system;
    list = list.filter((w) => w.class !== 'missile');
  }
  return list;
}

interface Roles {
  actor: Party;
  target: Party;
  /** Further subjects joined by "and" or commas: "Washington, London and Paris announced sanctions". */
  coActors: Party[];
  /** Whether a party stood as the subject before the trigger. */
  subjectFound?: boolean;
}

/**
 * Where a parenthetical attribution that ends with the comma at `j` begins (", Blinken said,", ", according
 * to the ministry,"): the comma that opens it, else `j` itself.
 */
function parentheticalStart(tokens: readonly Token[], j: number, floor: number): number {
  let c = j - 1;
  while (c > floor && tokens[c]?.text !== ',' && j - c < 10) c--;
  if (tokens[c]?.text !== ',') return j;
  const inside = tokens.slice(c + 1, j);
  const attributes =
    (inside[0]?.lower === 'according' && inside[1]?.lower === 'to') ||
    inside.some((w) => w.pos === 'VERB' && cueForce(w.lower, w.lemma) !== undefined);
  return attributes ? c : j;
}

/** Whether only a verb group ("has been", "is preparing to", "would not") stands between two tokens. */
function verbGroupBetween(tokens: readonly Token[], j: number, k: number): boolean {
  for (let n = j + 1; n < k; n++) {
    const w = tokens[n] as Token;
    if (!/^(AUX|VERB|ADV|PART)$/.test(w.pos) && w.lower !== 'to') return false;
  }
  return true;
}

function rolesFor(
  input: ClaimInputs,
  s: Sentence,
  k: number,
  clause: { first: number; last: number },
  trig: Trigger,
  passive: boolean,
  nounUse: boolean,
): Roles {
  const { parsed, index } = input;
  const { tokens } = parsed;
  // Left: the subject or a possessive; right: prepositional and direct objects.
  let subject: Party = null;
  let possessive: Party = null;
  for (let j = k - 1; j >= clause.first; j--) {
    const m = partyAt(index, j, tokens);
    if (m) {
      let before = m.first - 1;
      while (before > clause.first && tokens[before]?.pos === 'DET') before--;
      const prep = tokens[before]?.lower ?? '';
      const after = tokens[m.last + 1]?.lower ?? '';
      if (after === "'s" || after === '’s') {
        if (m.last + 1 >= k - 3) possessive ??= m.entity;
        // "Russia's negotiations with Iran to acquire missiles": whose efforts they are does what they aim at.
        else if (
          subject === null &&
          tokens[k - 1]?.lower === 'to' &&
          AIMING.test(tokens[m.last + 2]?.lower ?? '')
        )
          subject = m.entity;
        // "Russia's military is in talks", "Iran's foreign minister denied sending": a state's body as subject.
        else if (subject === null && possessedSubject(tokens, m.last + 2, k)) subject = m.entity;
      } else if (subject === null && (!PREP_ROLE.has(prep) || conjunctionSubject(tokens, prep, m.last)))
        subject = m.entity;
      j = m.first;
      continue;
    }
    const p = tokens[j] as Token;
    // "North Korea, Blinken said, sent shells": the subject stands before a parenthetical attribution.
    if (p.text === ',' && subject === null) {
      const c = parentheticalStart(tokens, j, clause.first);
      if (c < j) {
        j = c;
        continue;
      }
    }
    // "The Kremlin said the West sent tanks": a name the gazetteer does not know, standing as the verb's subject,
    // is the subject still; the state before it is not.
    if (subject === null && !nounUse && p.pos === 'PROPN' && verbGroupBetween(tokens, j, k)) {
      let f = j;
      while (f > clause.first && /^(PROPN|ADJ|DET)$/.test(tokens[f - 1]?.pos ?? '')) f--;
      let named = false;
      for (let n = f; n <= j && !named; n++) named = partyAt(index, n, tokens) !== undefined;
      if (!named) break;
    }
    // "the enemy has used 24 missiles", "the occupiers fired": the speaker's state's opponent.
    if (
      subject === null &&
      /^(enemy|occupiers|invaders|aggressor)$/.test(p.lower) &&
      tokens[j - 1]?.lower === 'the'
    ) {
      subject = opponentOf(speakerParty(input, j));
      j--;
      continue;
    }
    // "his country would deliver", "our government will send": the speaker's own state.
    if (
      subject === null &&
      /^(country|government|state|nation)$/.test(p.lower) &&
      /^(his|her|its|their|our|my)$/.test(tokens[j - 1]?.lower ?? '')
    ) {
      subject = speakerParty(input, j);
      j--;
      continue;
    }
    if (
      p.pos === 'PRON' &&
      subject === null &&
      /^(we|i|our|they|he|she|it)$/.test(p.lower) &&
      !/^(with|to|from|for)$/.test(tokens[j - 1]?.lower ?? '')
    ) {
      subject = pronounParty(input, p, j);
      // "information we have that they're considering": an unresolved "they" is still the subject; the
      // "we" before it is not.
      if (subject === null && p.lower === 'they' && !passive) break;
    }
  }
  const isNoun = nounUse;
  // "Denmark has not confirmed the timing of its transfer": the subject owns the noun.
  if (isNoun && /^(its|their)$/.test(tokens[k - 1]?.lower ?? '') && subject) possessive ??= subject;
  // "Iranian arms transfers", "North Korean weapons shipments": a country adjective in the noun phrase.
  for (let j = k - 1; isNoun && j >= Math.max(clause.first, k - 3); j--) {
    const m = mentionAt(index, j);
    if (m?.kind === 'country' && m.entity && tokens[j]?.pos !== 'PART') {
      possessive ??= m.entity;
      break;
    }
    if (!/^(NOUN|ADJ|PROPN)$/.test(tokens[j]?.pos ?? '')) break;
  }
  // "accused Pyongyang of supplying shells": the one accused is the one who supplies.
  const accused = tokens[k - 1]?.lower === 'of' ? partyAt(index, k - 2, tokens) : undefined;
  if (accused) subject = accused.entity;
  const coActors = subject ? coordinated(index, tokens, k, clause.first, subject) : [];
  const byPrep = new Map<string, Party>();
  let direct: Party = null;
  for (let j = k + 1; j <= clause.last; j++) {
    // "the supply of missiles to Kiev will require a response from the military": a noun's phrase ends at
    // the verb it is the subject of.
    if (
      isNoun &&
      ((tokens[j]?.pos === 'AUX' && !PASSIVE_PARTICIPLE.test(tokens[j + 1]?.lower ?? '')) ||
        (tokens[j]?.pos === 'VERB' &&
          !PASSIVE_PARTICIPLE.test(tokens[j]?.lower ?? '') &&
          !/ing$/.test(tokens[j]?.lower ?? '')))
    )
      break;
    const m = partyAt(index, j, tokens);
    if (!m) continue;
    const p = pastDeterminers(tokens, m, k, /^(the|a|an|its|their)$/);
    const prep = tokens[p]?.lower ?? '';
    if (PREP_ROLE.has(prep)) {
      // "station weapons on Belarusian territory": a state's territory is where the weapons go.
      if (
        /^(on|in|into)$/.test(prep) &&
        /^(territory|soil)$/.test(tokens[m.last + 1]?.lower ?? '') &&
        !byPrep.has('to')
      )
        byPrep.set('to', m.entity);
      if (!byPrep.has(prep)) byPrep.set(prep, m.entity);
      if (prep === 'between') {
        const second = firstParty(index, m.last + 1, clause.last, () => true);
        if (second) byPrep.set('and', second.entity);
      }
    } else if (direct === null && p === k) direct = m.entity;
    j = m.last;
  }
  // "missiles supplied by the United States": a preposition may stand before the determiner.
  const firstObject =
    firstParty(
      index,
      k + 1,
      clause.last,
      (m) => !/^(from|with|by)$/.test(tokens[pastDeterminers(tokens, m, k, /^(the|a|an)$/)]?.lower ?? ''),
    )?.entity ?? null;
  const from = byPrep.get('from') ?? null;
  // "station weapons in Belarus", "deploy troops in Russia": where they are placed receives them.
  const placed = /^(station|deploy|base|position|place)$/.test(tokens[k]?.lemma ?? '')
    ? byPrep.get('in')
    : null;
  const to = byPrep.get('to') ?? byPrep.get('for') ?? byPrep.get('into') ?? placed ?? null;
  const by = byPrep.get('by') ?? null;
  if (trig.type === 'negotiate_transfer' && !isNoun && subject === null && possessive === null)
    return { actor: null, target: null, coActors: [], subjectFound: false };
  if (tokens[k]?.lemma === 'arrive' || tokens[k]?.lemma === 'be') {
    // "The Patriots have arrived in Ukraine", "the missiles are now in Russian hands": the weapons are the
    // subject; "in" or the speaker's side receives.
    const hands = tokens[k]?.lemma === 'be' ? inHandsOf(input, k) : null;
    return { actor: from, target: byPrep.get('in') ?? hands ?? to ?? speakerParty(input, k), coActors: [] };
  }
  switch (trig.type) {
    case 'transfer':
    case 'negotiate_transfer': {
      // "Russia has approached North Korea to request ammunition": the one approached would supply.
      const approached = tokens[k - 1]?.lower === 'to' ? partyAt(index, k - 2, tokens) : undefined;
      if (trig.roles === 'reverse' && approached && tokens[approached.first - 1]?.pos === 'VERB') {
        let asker: Party = null;
        for (let j = approached.first - 2; j >= clause.first && !asker; j--)
          asker = partyAt(index, j, tokens)?.entity ?? null;
        return { actor: approached.entity, target: asker, coActors: [] };
      }
      if (trig.roles === 'reverse')
        return {
          // "asked Berlin for air defences": the one asked is the one who would supply.
          actor:
            from ?? by ?? (/^(ask|press|lobby|appeal|urge)$/.test(tokens[k]?.lemma ?? '') ? direct : null),
          target: possessive ?? (passive || isNoun ? to : subject) ?? to,
          coActors: [],
        };
      const between = byPrep.get('between') ?? null;
      const and = byPrep.get('and') ?? null;
      // "Pyongyang was preparing 10,000 soldiers to be sent to Russia": who prepares them sends them.
      const toBeSent = passive && tokens[k - 1]?.lower === 'be' && tokens[k - 2]?.lower === 'to';
      let actor =
        from ?? by ?? possessive ?? (toBeSent ? subject : passive || trig.noun || isNoun ? null : subject);
      let target = to ?? direct;
      // "destruction to Ukraine by providing it with weapons": the object pronoun is the state just named.
      if (!target && /^(it|them)$/.test(tokens[k + 1]?.lower ?? '')) {
        for (let j = k - 1; j >= s.first && !target; j--) {
          const m = partyAt(index, j, tokens);
          if (m?.kind === 'country' && m.entity !== (from ?? by ?? possessive ?? subject)) target = m.entity;
        }
      }
      if (between && and) {
        if (!target) target = and;
        if (!actor) actor = target === between ? and : between;
      }
      if (byPrep.get('with') && !target && actor) target = byPrep.get('with') ?? null;
      // "Russia is in talks with China over drones", "has never had arms dealings with Russia": the clause's
      // subject is one side of its talks or dealings.
      if (isNoun && !actor && !target && subject && byPrep.get('with')) {
        actor = subject;
        target = byPrep.get('with') ?? null;
      }
      // "from Danish and Dutch stocks": each state joined to the supplier supplies too.
      const fromAlso =
        actor !== null && actor === from ? joinedAfter(index, tokens, k, clause.last, from) : [];
      return { actor, target, coActors: passive || isNoun ? fromAlso : [...coActors, ...fromAlso] };
    }
    case 'military_use':
      // "Ukraine's air force shot down 30 drones launched by Russia": the interceptor is the one attacked.
      if (trig.roles === 'reverse')
        return {
          actor: byPrep.get('by') ?? null,
          target:
            possessive ??
            (passive ? null : (subject ?? defendersAdjective(index, tokens, k, clause.first))) ??
            speakerParty(input, k),
          coActors: [],
        };
      return {
        actor: possessive ?? (passive ? by : isNoun ? null : subject),
        target:
          direct ??
          byPrep.get('against') ??
          byPrep.get('on') ??
          byPrep.get('at') ??
          byPrep.get('in') ??
          firstObject,
        coActors,
      };
    case 'sanction':
      return {
        actor: subject ?? possessive,
        target: byPrep.get('against') ?? byPrep.get('on') ?? direct ?? firstObject,
        coActors,
      };
    case 'threaten':
      if (isNoun) {
        // "would make Germany a party to the conflict": the party named before the noun is the one threatened.
        return {
          actor: possessive ?? speakerParty(input, k) ?? subject,
          target:
            byPrep.get('against') ??
            byPrep.get('on') ??
            (subject !== speakerParty(input, k) ? subject : null),
          coActors: [],
        };
      }
      return {
        actor: subject ?? possessive ?? speakerParty(input, k),
        target: byPrep.get('against') ?? byPrep.get('on') ?? direct,
        coActors,
      };
    case 'refer_international': {
      const igo = firstParty(index, k + 1, clause.last, (m) => m.kind === 'igo');
      return { actor: subject ?? speakerParty(input, k), target: igo?.entity ?? null, coActors };
    }
    case 'coordinate':
      return { actor: subject ?? speakerParty(input, k), target: byPrep.get('with') ?? null, coActors };
    case 'other':
      return { actor: subject, target: to, coActors };
  }
}

function sharesClass(a: readonly Weapon[], b: readonly Weapon[]): boolean {
  return a.some((x) => b.some((y) => x.class === y.class && x.class !== 'unspecified'));
}

/** The state the document names most often besides `except`: the implicit recipient of its transfers. */
function storyCountry(index: MentionIndex, except: Party): Party {
  const counts = new Map<string, number>();
  for (const m of index.mentions) {
    // Names and capitals, not adjectives: "Russian forces" says little about who receives.
    if (
      m.kind === 'country' &&
      m.entity &&
      m.entity !== except &&
      (m.form === 'name' || m.form === 'capital')
    ) {
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
  }
  let best: Party = null;
  let n = 1;
  for (const [id, c] of counts) {
    if (c > n) {
      best = id;
      n = c;
    }
  }
  return best;
}

/** Whom a threat answers: another party the sentence names, else the last other party that acted. */
function threatened(index: MentionIndex, s: Sentence, actor: Party, drafts: readonly Draft[]): Party {
  for (let k = s.first; k <= s.last; k++) {
    const m = mentionAt(index, k);
    if (m?.entity && m.entity !== actor && (m.kind === 'country' || m.kind === 'igo' || m.kind === 'group'))
      return m.entity;
  }
  return drafts.findLast((d) => d.actor && d.actor !== actor)?.actor ?? null;
}

/**
 * "Both Moscow and Pyongyang have denied any arms dealings": two states who speak together of a deal
 * without parties are its parties, in the direction the document already gave them, else as named.
 */
function jointSpeakers(
  input: ClaimInputs,
  k: number,
  drafts: readonly Draft[],
): { actor: Party; target: Party } | undefined {
  const at = input.parsed.tokens[k]?.start ?? 0;
  const inner = innermost(input.attrs, at);
  if (!inner) return undefined;
  const states = sameReport(input.attrs, inner)
    .map((a) => a.source.country ?? (a.source.kind === 'government' ? a.source.entity : null))
    .filter((p, i, all): p is string => p !== null && all.indexOf(p) === i);
  if (states.length !== 2) return undefined;
  const [a, b] = states as [string, string];
  const count = (x: string, y: string) =>
    drafts.filter((d) => d.type === 'transfer' && d.actor === x && d.target === y).length;
  return count(b, a) > count(a, b) ? { actor: b, target: a } : { actor: a, target: b };
}

/** The supplier and recipient the story has reported most often so far. */
function dominantPair(drafts: readonly Draft[]): { actor: Party; target: Party } | undefined {
  const counts = new Map<string, { n: number; actor: Party; target: Party }>();
  for (const d of drafts) {
    if (d.type !== 'transfer' || !d.actor || !d.target) continue;
    const key = `${d.actor}>${d.target}`;
    const c = counts.get(key) ?? { n: 0, actor: d.actor, target: d.target };
    c.n++;
    counts.set(key, c);
  }
  let best: { n: number; actor: Party; target: Party } | undefined;
  for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
  return best && { actor: best.actor, target: best.target };
}

/** The parties listed with the subject before the trigger ("Washington, London, Paris and Berlin"). */
function coordinated(
  index: MentionIndex,
  tokens: readonly Token[],
  k: number,
  floor: number,
  subject: string,
): Party[] {
  let j = k - 1;
  while (j >= floor && !(partyAt(index, j)?.entity === subject)) j--;
  if (j < floor) return [];
  const out: Party[] = [];
  // A list is joined by "and" somewhere: "According to the Pentagon, Iran shipped" lists no one.
  let joined = false;
  let m = partyAt(index, j);
  while (m) {
    out.push(m.entity);
    let p = m.first - 1;
    if (!/^(,|and|&)$/.test(tokens[p]?.lower ?? '')) break;
    if (tokens[p]?.lower !== ',') joined = true;
    p--;
    if (tokens[p]?.lower === ',' || tokens[p]?.lower === 'and') {
      if (tokens[p]?.lower === 'and') joined = true;
      p--;
    }
    while (p >= floor && /^(the)$/.test(tokens[p]?.lower ?? '')) p--;
    m = p >= floor ? partyAt(index, p) : undefined;
  }
  return out.length > 1 && joined ? out : [];
}

/** The party a pronoun stands for: "we" is the speaker's side; "they" at the start of reported words is the source. */
function pronounParty(input: ClaimInputs, p: Token, j: number): Party {
  if (/^(we|i|our)$/.test(p.lower)) return speakerParty(input, j);
  if (p.lower === 'it' && input.parsed.sentences[p.sent]?.first === j) {
    // "Germany ... . It has become Ukraine's second-largest donor": the state that opened the sentence before.
    const prev = input.parsed.sentences[p.sent - 1];
    for (let k = prev?.first ?? 0; prev && k <= prev.last; k++) {
      const m = partyAt(input.index, k, input.parsed.tokens);
      if (m?.kind === 'country' && m.form === 'name') return m.entity;
    }
  }
  if (p.lower === 'it') {
    // "The G7 warned that should Iran proceed, it was prepared to respond": a body's reported words say "it".
    const a = innermost(input.attrs, p.start);
    if (a && a.mode !== 'direct_quote' && /^(government|organization)$/.test(a.source.kind))
      return a.source.country ?? a.source.entity;
  }
  if (p.lower === 'they') {
    const a = innermost(input.attrs, p.start);
    // "They are considering ...," Blinken said: in a quote, "they" are others, the speaker says "we".
    if (a?.mode === 'direct_quote') return null;
    if (a && a.contentStart >= (input.parsed.tokens[j - 2]?.start ?? 0))
      return a.source.country ?? a.source.entity;
  }
  return null;
}

function speakerParty(input: ClaimInputs, k: number): Party {
  const t = input.parsed.tokens[k] as Token;
  const a = innermost(input.attrs, t.start);
  // An outlet's citation of another outlet ("..., Ukrinform reports") gives no speaker a state.
  if (!a || a.documentLevel || a.source.kind === 'outlet') return null;
  const party = a.source.country ?? (a.source.kind === 'government' ? a.source.entity : null);
  if (party || !a.source.mention) return party;
  // "Senior Houthi official Mohammed Abdulsalam": a group named in the speaker's description.
  const { start, end } = a.source.mention;
  return mentionWithin(input.index.mentions, start, end, (m) => m.kind === 'group')?.entity ?? null;
}

/** The innermost attribution whose content holds a text offset. */
export function innermost(attrs: readonly Attr[], offset: number): Attr | undefined {
  return spanIndexOf(attrs).innermost(offset);
}

/** Whether a new event in the same sentence belongs to the previous one ("negotiations ... to acquire"). */
function absorbs(prev: Draft, d: Draft, parsed: Parsed, k: number): boolean {
  if (k - prev.trigger > 12) return false;
  const between = parsed.tokens.slice(prev.trigger + 1, k);
  if (between.some((t) => BOUNDARY.has(t.lower))) return false;
  // "sent shells last month and more shipments would follow": a planned batch after a delivered one is its own.
  if (prev.status !== d.status && (prev.status === 'planned' || d.status === 'planned')) return false;
  if (prev.type === 'negotiate_transfer' && d.type === 'transfer') return true;
  return prev.type === d.type && (prev.actor === d.actor || d.actor === null || prev.actor === null);
}

function mergeInto(prev: Draft, d: Draft): void {
  prev.actor = d.actor ?? prev.actor;
  prev.target = d.target ?? prev.target;
  if (prev.weapons.length === 0 || prev.weapons.every((w) => w.class === 'unspecified'))
    prev.weapons = d.weapons;
  prev.quantity ??= d.quantity;
}
