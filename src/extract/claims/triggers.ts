/**
 * Trigger finding, the first pass of claim finding: the word at a token that names an event, read
 * from the language pack, from the words around it when wink's tag misleads, or from its company.
 */
import { englishPack, type Trigger } from '../../knowledge/en/index.js';
import { productionLemmas } from '../../knowledge/en/production.js';
import { triggerFor, verbLemmaOf } from '../lexicon.js';
import { mentionAt } from '../mentions.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { partyAt } from './parties.js';
import type { ClaimInputs, Party } from './types.js';

/** The event trigger at token `k`, if the word names one here. */
export function triggerAt(parsed: Parsed, k: number): Trigger | undefined {
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
  // "if Tehran ships ballistic missiles to Moscow": wink may read a verb after a state's name as a noun.
  if (
    t.pos === 'NOUN' &&
    t.lower.endsWith('s') &&
    partyBefore(parsed, k) &&
    /^(DET|NUM|ADJ|NOUN|PROPN)$/.test(parsed.tokens[k + 1]?.pos ?? '')
  ) {
    const v = triggerFor(verbLemmaOf(t.lower));
    if (v && !v.noun && v.type === 'transfer') return v;
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
    // Nominal uses of verbs: "the transfer of", "Iran's supply of", "the use of"; a verb of getting
    // also names what is got in a for-phrase ("an order for K9 howitzers", "a purchase for the navy" has none).
    const verb = verbAsNoun(t.lower);
    const next = parsed.tokens[k + 1]?.lower;
    if (verb && !verb.noun && next === 'of') return verb;
    if (verb && !verb.noun && next === 'for' && verb.type === 'transfer' && verb.roles === 'reverse')
      return verb;
    // "received an order from Egypt": a noun of asking held by a receiving verb names who asks.
    if (verb?.request && !verb.noun && next === 'from' && heldByReceiver(parsed, k)) return verb;
    // "placed an order with South Korea for K9 howitzers": held by a receiving light verb, the noun
    // names the supplier in its with-phrase.
    if (
      verb?.type === 'transfer' &&
      !verb.noun &&
      verb.roles === 'reverse' &&
      next === 'with' &&
      heldByReceiver(parsed, k)
    )
      return verb;
    // "This is the transfer we have warned about", "could not confirm the reported transfer".
    if (verb?.type === 'transfer' && !verb.noun && t.lower === 'transfer') {
      let j = k - 1;
      while (j > k - 3 && /^(ADJ|VERB)$/.test(parsed.tokens[j]?.pos ?? '')) j--;
      if (/^(the|this|that|such)$/.test(parsed.tokens[j]?.lower ?? '')) return verb;
    }
    if (t.lower === 'sanctions' || t.lower === 'sanction') return triggerFor('sanctions');
    return undefined;
  }
  // "added to the EU sanctions list": wink may tag a noun before a noun as a verb after a determiner.
  if (t.pos === 'VERB' && parsed.tokens[k + 1]?.pos === 'NOUN' && determinedBefore(parsed, k)) {
    const noun = triggerFor(t.lower);
    if (noun?.noun) return noun;
  }
  if (t.pos === 'VERB' || t.pos === 'AUX') {
    const v = triggerFor(t.lemma) ?? triggerFor(t.lower);
    // "France received an order from Egypt": what is received is a request, which its own noun tells.
    if (v?.roles === 'reverse' && RECEIVING.has(t.lemma) && holdsRequest(parsed, k)) return undefined;
    return v && !v.noun ? v : undefined;
  }
  return undefined;
}

const RECEIVING = englishPack().receivingVerbs;

/** Whether a receiving light verb holds the noun at `k` as its object ("placed an order", "placed new orders"). */
function heldByReceiver(parsed: Parsed, k: number): boolean {
  let j = k - 1;
  while (j > k - 4 && /^(DET|NUM|ADJ)$/.test(parsed.tokens[j]?.pos ?? '')) j--;
  const v = parsed.tokens[j];
  return v?.pos === 'VERB' && RECEIVING.has(v.lemma);
}

/** Whether the object right after the verb at `k` is a noun of asking ("received an order", "got requests"). */
function holdsRequest(parsed: Parsed, k: number): boolean {
  let j = k + 1;
  while (j < k + 4 && /^(DET|NUM|ADJ)$/.test(parsed.tokens[j]?.pos ?? '')) j++;
  const t = parsed.tokens[j];
  return t?.pos === 'NOUN' && verbAsNoun(t.lower)?.request === true;
}

/** The trigger a verb's noun names; a plural is the verb's -s form ("imports of drones", "orders for frigates"). */
function verbAsNoun(lower: string): Trigger | undefined {
  return triggerFor(lower) ?? (lower.endsWith('s') ? triggerFor(verbLemmaOf(lower)) : undefined);
}

/** Whether a determiner stands right before `k`, or before the proper noun right before it ("the EU sanctions"). */
function determinedBefore(parsed: Parsed, k: number): boolean {
  const det = (j: number) => parsed.tokens[j]?.pos === 'DET';
  return det(k - 1) || (parsed.tokens[k - 1]?.pos === 'PROPN' && det(k - 2));
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
  'sign',
  'signs',
  'signed',
  'signing',
]);

/** The trigger of a word of SPECIAL_WORDS, when its company makes it an event. */
export function specialTrigger(parsed: Parsed, k: number): Trigger | undefined {
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
  // "signed for a dozen L-15 trainers": an order signed for what the for-phrase names.
  if (t.lemma === 'sign' && t.pos === 'VERB' && parsed.tokens[k + 1]?.lower === 'for')
    return triggerFor('order');
  // "Tehran arms the Houthis": wink reads "arms" as the noun before a party.
  if (t.lower === 'arms' && partyBefore(parsed, k) && isPartyWord(parsed, k + 1)) return triggerFor('arm');
  // "air defences shot down ATACMS": an interception says the other side fired them.
  if (/^(shoot|shoots|shot|shooting)$/.test(t.lower) && parsed.tokens[k + 1]?.lower === 'down')
    return triggerFor('intercept');
  // "Britain announced matching measures": measures that match others are those others' sanctions.
  // Not "would take similar measures": a measure promised is a threat's business.
  // "a package of restrictive measures against Russia": the EU's word for sanctions, told or planned.
  if (t.lower === 'measures' && RESTRICTIVE.test(parsed.tokens[k - 1]?.lower ?? ''))
    return triggerFor('sanctions');
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

const RESTRICTIVE = /^(restrictive|punitive)$/;
const MATCHING = /^(matching|similar|parallel|equivalent|identical|mirroring|coordinated)$/;

/** Whether the word before `k` ends the name of a state or group (a proper noun, not a weapon). */
export function partyBefore(parsed: Parsed, k: number): boolean {
  const t = parsed.tokens[k - 1];
  return t?.pos === 'PROPN' && /^[A-Z]/.test(t.text);
}

/** Whether a state or group name starts at `k`, after an optional "the". */
export function isPartyWord(parsed: Parsed, k: number): boolean {
  const j = parsed.tokens[k]?.lower === 'the' ? k + 1 : k;
  const t = parsed.tokens[j];
  return t?.pos === 'PROPN' && /^[A-Z]/.test(t.text);
}

/** "F-16s are in Ukraine", "the Patriots are now in Ukraine": weapons present in a state have arrived there. */
export function presence(input: ClaimInputs, s: Sentence, k: number): Trigger | undefined {
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

const LICENCE = /^licen[cs]e[ds]?$/;

/**
 * "Iran will produce drones for Tajikistan", "Egypt builds K9 howitzers under licence from South Korea":
 * a verb of making (the pack's production verbs) tells a transfer for a state in its for-phrase, or,
 * under a licence, one from the licensor (its from-phrase or the weapons' maker) to the maker.
 */
export function production(input: ClaimInputs, s: Sentence, k: number): Trigger | undefined {
  const { tokens } = input.parsed;
  const t = tokens[k] as Token;
  if (t.pos !== 'VERB' || !productionLemmas.has(t.lemma)) return undefined;
  for (let j = k + 1; j <= Math.min(s.last, k + 12); j++) {
    const w = tokens[j] as Token;
    // A verb ends the object, but not the participle of a compound ("Iranian-designed drones").
    const compound = tokens[j - 1]?.text === '-';
    if (w.text === ',' || w.text === ';' || (w.pos === 'VERB' && !LICENCE.test(w.lower) && !compound))
      return undefined;
    if (LICENCE.test(w.lower)) return triggerFor('acquire');
    // "for Tajikistan", "for the armed forces of Tajikistan": a state within the for-phrase's noun phrase.
    if (w.lower === 'for') {
      for (let i = j + 1; i <= Math.min(s.last, j + 6); i++) {
        if (partyAt(input.index, i, tokens)?.kind === 'country') return triggerFor('supply');
        // Only the phrase's own words: "for use in Ukraine" names where, not whom.
        const w2 = tokens[i] as Token;
        if (!(/^(DET|ADJ|NOUN|VERB)$/.test(w2.pos) || w2.lower === 'of')) break;
      }
      return undefined;
    }
  }
  return undefined;
}

/** "more shipments would follow", "three more units are to follow next year": another batch of the transfer told. */
export function followUp(input: ClaimInputs, s: Sentence, k: number): Trigger | undefined {
  const { tokens } = input.parsed;
  if (tokens[k]?.lemma !== 'follow' || tokens[k]?.pos !== 'VERB') return undefined;
  if (/^(the|this|that|suit|up)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  for (let j = k - 1; j >= Math.max(s.first, k - 6); j--)
    if (/^(more|rest|remainder)$/.test(tokens[j]?.lower ?? '')) return triggerFor('send');
  return undefined;
}

/** The state of "in Russian hands" after a verb: "the missiles are now in Russian hands". */
export function inHandsOf(input: ClaimInputs, k: number): Party {
  const { tokens } = input.parsed;
  for (let j = k + 1; j <= k + 3; j++) {
    const m = mentionAt(input.index, j);
    if (m?.kind === 'country' && tokens[m.last + 1]?.lower === 'hands') return m.entity;
  }
  return null;
}

const REFERRING = englishPack().referringVerbs;

/**
 * Bodies a matter is referred to: the UN family, its courts and watchdogs, not blocs that arm or sanction
 * ("asked the EU for ammunition" is a request for arms).
 */
function refersTo(id: string | null): boolean {
  return (
    id !== null && /^igo:(un|unsc|unga|ohchr|unhrc|un-panel-of-experts|iaea|opcw|icc|icj|osce)$/.test(id)
  );
}

/**
 * "asked the IAEA to look into", "called on the UN to", "filed a case at the ICJ", "UN experts were invited
 * by Ukraine": a verb of referring (the pack's `referrer` light verbs) with an international body as its
 * object or in its phrases, or, when passive, as its subject.
 */
export function referralAt(input: ClaimInputs, s: Sentence, k: number): Trigger | undefined {
  const { tokens } = input.parsed;
  const t = tokens[k] as Token;
  if (t.pos !== 'VERB' || !REFERRING.has(t.lemma)) return undefined;
  for (let j = k + 1; j <= Math.min(s.last, k + 10); j++) {
    const w = tokens[j] as Token;
    if (w.text === ',' || w.lower === 'that' || (w.lower === 'to' && tokens[j + 1]?.pos === 'VERB')) break;
    const m = mentionAt(input.index, j);
    if (m?.kind === 'igo') return refersTo(m.entity) ? triggerFor('refer') : undefined;
  }
  if (tokens[k + 1]?.lower !== 'by') return undefined;
  for (let j = k - 1; j >= Math.max(s.first, k - 10); j--) {
    const m = mentionAt(input.index, j);
    if (m?.kind === 'igo') return refersTo(m.entity) ? triggerFor('refer') : undefined;
  }
  return undefined;
}
