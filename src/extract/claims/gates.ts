/**
 * The gates of claim finding: whether a trigger found in the pack tells an event where it stands, and
 * whether an event that needs weapons names them.
 */
import { englishPack } from '../../knowledge/en/index.js';
import { partTerms } from '../../knowledge/weapon-terms.js';
import { triggerFor, verbLemmaOf } from '../lexicon.js';
import { mentionAt } from '../mentions.js';
import type { Sentence, Token } from '../text.js';
import { firstParty, partyAt } from './parties.js';
import { promiserOf } from './promised.js';
import type { ClaimInputs, Site } from './types.js';
import { definiteBefore, type WeaponReading } from './weapons.js';

/**
 * Words read as a trigger only in company (triggers.ts), by the lemma or noun form the rules look them
 * up by: each needs weapons as the trigger it stands for does.
 */
const STANDS_FOR: ReadonlyMap<string, string> = new Map([
  ['shoot', 'intercept'],
  ['bound', 'send'],
  ['destined', 'send'],
  ['headed', 'send'],
  ['arms', 'arm'],
  ['sign', 'order'],
]);

/** Whether the trigger a word names, or stands for, tells an event only with weapons. */
function needsWeapon(word: string): boolean {
  // A plural noun read as its verb ("imports of drones") needs what the verb needs.
  const trigger =
    triggerFor(STANDS_FOR.get(word) ?? word) ??
    (word.endsWith('s') ? triggerFor(verbLemmaOf(word)) : undefined);
  return trigger?.requiresWeapon === true;
}
const THREAT_WORDS =
  /\b(swift|severe|crushing|devastating|decisive|harsh|firm|strong|serious|grave|tough|appropriate|dire|adequate|proportionate|reciprocal|commensurate|retaliatory|asymmetric|resolute|military)\b/i;
/** The adjectives that make "measures" or "decisions" a threat ("appropriate decisions", "resolute measures"). */
const THREAT_MEASURES =
  /^(further|resolute|necessary|appropriate|retaliatory|tough|firm|decisive|countermeasures|reciprocal|adequate|harsh|retaliation|response|proportionate|mirror)$/;

/** Words before a use that allow or bar it rather than tell it. */
const PERMITTED_USE =
  /\b(?:restrictions?|ban|bans|limits?|limitations?|curbs?|permission|authori[sz]ation|approval|green light|go-ahead)\s+(?:on|for|to)\s+(?:the\s+)?$/i;

/**
 * Whether the trigger at a site tells an event here, before its weapons and roles are read: a use
 * allowed, aimed at or merely possible is none; a request is one only for something; a word of threat
 * is one only in the company that makes it a threat.
 */
export function isEvent(site: Site): boolean {
  const { trig, key, clause, k } = site;
  const { parsed, index } = site.input;
  if (trig.type === 'military_use' && !useIsTold(site)) return false;
  // "Turkish armed drones", "guided missiles": a participle right before a weapon's name describes it.
  if (site.t.pos !== 'NOUN' && /(ed|en)$/.test(site.t.lower) && mentionAt(index, k + 1)?.weaponClass) {
    const before = parsed.tokens[k - 1];
    const adjective = mentionAt(index, k - 1)?.form === 'adjective';
    if (adjective || (before && /^(DET|ADJ|NUM)$/.test(before.pos))) return false;
  }
  // "asked Berlin for air defences", "lobbied for F-16s": asking is a request only for something.
  if (
    trig.type === 'negotiate_transfer' &&
    /^(ask|press|lobby|appeal)$/.test(key) &&
    !parsed.tokens.slice(k + 1, k + 7).some((w) => w.lower === 'for')
  )
    return false;
  // "turned to North Korea for shells", "looking to Pyongyang for": only with a party turned to and a "for".
  if (trig.frame.actor[0] === 'to' && trig.type === 'negotiate_transfer') {
    const to = parsed.tokens[k + 1]?.lower === 'to' && partyAt(index, k + 2, parsed.tokens) !== undefined;
    if (!to || !parsed.tokens.slice(k + 3, k + 9).some((w) => w.lower === 'for')) return false;
  }
  // "froze the assets of Russian entities": a freeze is a sanction only on money.
  if (
    key === 'freeze' &&
    !parsed.tokens.slice(k + 1, k + 4).some((w) => /^(assets|funds|accounts|holdings)$/.test(w.lower))
  )
    return false;
  if (trig.type === 'threaten' && !threatIsTold(site)) return false;
  if (trig.type === 'refer_international') {
    // "UN experts were invited by Ukraine": a passive verb's body is its subject.
    const from = parsed.tokens[k + 1]?.lower === 'by' ? clause.first : k + 1;
    const igo = firstParty(index, from, clause.last, (m) => m.kind === 'igo');
    if (!igo) return false;
  }
  return !(trig.type === 'sanction' && sanctionAsCause(site));
}

/** Whether a trigger of use tells a use, not one allowed, trained for, possible or told in general. */
function useIsTold(site: Site): boolean {
  const { trig, k, s, t } = site;
  const { parsed, index } = site.input;
  const { tokens } = parsed;
  // "the strikes destroyed nine helicopters": only a definite noun of use, which points back at a use
  // already told, or one a state's adjective owns ("Russian attacks ... with missiles"); "missile strikes"
  // in general are background.
  const definiteUse = definiteBefore(tokens, k);
  const stateUse = mentionAt(index, k - 1)?.kind === 'country';
  if (trig.noun && !definiteUse && !stateUse) return false;
  // "asked Berlin for air defences after the attacks": "the attacks" points back only at a use already told.
  if (trig.noun && definiteUse && !stateUse && !site.drafts.some((d) => d.type === 'military_use'))
    return false;
  // "lift restrictions on the use of ATACMS", "permission for the use of": a use allowed or barred, not told.
  if (PERMITTED_USE.test(parsed.text.slice(tokens[Math.max(s.first, k - 4)]?.start ?? t.start, t.start)))
    return false;
  // "train Russian forces to use the drones", "sent weapons to Russia to be used in the war": the purpose of
  // training or of a transfer is no use told.
  if (purposeOfOther(tokens, k, s.first)) return false;
  // "missiles which can hit targets 100 miles away", "capable of hitting": what a weapon can do is no use.
  return !capability(site.input, s, k);
}

/** Whether a word of threat is one here: the judging, modal or conditional words it needs stand around it. */
function threatIsTold(site: Site): boolean {
  const { k, s, t, key, conditional } = site;
  const { parsed } = site.input;
  const { tokens } = parsed;
  // "will have serious consequences", "an adequate response": the judging words stand on either side.
  const around = parsed.text.slice(tokens[Math.max(s.first, k - 4)]?.start ?? t.start, s.end);
  if (key === 'further' && tokens[k - 1]?.lower !== 'go') return false;
  // "vowed a crushing response", "warned Israel of consequences": a verb of promise makes the noun a threat.
  // "would face consequences": a bearer verb (the pack's `bearer` light verbs) holds a threat to come.
  const borne =
    (key === 'response' || key === 'consequences') &&
    bearerBefore(tokens, k) &&
    /\b(will|would|could)\b/.test(parsed.text.slice(s.start, t.start));
  const promised = ((key === 'response' || key === 'consequences') && promiserOf(site) >= 0) || borne;
  // "a response to the letter" answers something; "promised a response to Britain" aims at a party.
  const aimed =
    promised && partyAt(site.input.index, tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2) !== undefined;
  if (key === 'response' && tokens[k + 1]?.lower === 'to' && !aimed) return false;
  if (
    !promised &&
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
    return false;
  const before = tokens[k - 1]?.lower ?? '';
  // "resolute measures", "legitimate targets", "a party to the conflict", "pay a price": threats only in that company.
  if ((key === 'measures' || key === 'decisions') && !THREAT_MEASURES.test(before)) return false;
  // "will take further measures if ...": more measures promised, not told as taken.
  if (
    key === 'measures' &&
    before === 'further' &&
    !(conditional || /\b(will|would|shall|ready|prepared)\b/.test(parsed.text.slice(s.start, t.start)))
  )
    return false;
  if (
    key === 'decisions' &&
    !(conditional || /\b(will|would|shall)\b/.test(parsed.text.slice(s.start, t.start)))
  )
    return false;
  if ((key === 'targets' || key === 'target') && before !== 'legitimate') return false;
  if (
    key === 'party' &&
    !(
      /^(to the (conflict|war))/.test(parsed.text.slice(t.end + 1, t.end + 20)) &&
      /\b(make|makes|making|become|becomes|turn|turns)\b/.test(
        parsed.text.slice(tokens[k - 6]?.start ?? s.start, t.start),
      )
    )
  )
    return false;
  if (key === 'price' && !/\bpay\b/.test(parsed.text.slice(tokens[k - 3]?.start ?? t.start, t.start)))
    return false;
  return !(
    (key === 'respond' || key === 'retaliate') &&
    !(conditional || /\b(will|would)\b/.test(parsed.text.slice(tokens[k - 3]?.start ?? t.start, t.start)))
  );
}

/** "Due in part to our sanctions, Russia has been forced to ...": sanctions given as a cause are background. */
function sanctionAsCause(site: Site): boolean {
  const { k, s, t } = site;
  const { parsed } = site.input;
  return (
    t.pos === 'NOUN' &&
    /\b(?:due(?: in (?:large )?part)? to|because of|thanks to|owing to|as a result of)\s+(?:\w+\s+){0,2}$/i.test(
      parsed.text.slice(parsed.tokens[Math.max(s.first, k - 7)]?.start ?? t.start, t.start),
    )
  );
}

/**
 * Whether an event that needs weapons names none: neither in its words, nor by pointing back, nor as
 * troops sent, nor by arming a party ("to arm Russia", "Tehran arms the Houthis").
 */
export function lacksWeapons(site: Site, reading: WeaponReading): boolean {
  const { trig, key, t, k } = site;
  const { index, parsed } = site.input;
  const { tokens } = parsed;
  const { weapons, anaphoric, troops } = reading;
  const armsParty =
    (key === 'arm' || key === 'arms') &&
    partyAt(index, k + 1 + (tokens[k + 1]?.lower === 'the' ? 1 : 0)) !== undefined;
  if (
    trig.type !== 'threaten' &&
    // A word read as another trigger here ("asked the IAEA to" refers) needs weapons only as that one does.
    (trig.type !== 'refer_international' || trig.requiresWeapon) &&
    (needsWeapon(key) || needsWeapon(t.lower)) &&
    weapons.length === 0 &&
    !anaphoric &&
    troops < 0 &&
    !armsParty
  )
    return true;
  // "electronic components used in drones": parts are traded, not fired.
  if (
    trig.type === 'military_use' &&
    weapons.length > 0 &&
    weapons.every((w) => partTerms.has(parsed.text.slice(w.start, w.end).toLowerCase()))
  )
    return true;
  return (
    trig.type === 'military_use' && (key === 'use' || key === 'employ') && weapons.length === 0 && !anaphoric
  );
}

/** Whether a verb of use says what a weapon can do: "which can hit targets", "missiles capable of striking". */
export function capability(input: ClaimInputs, s: Sentence, k: number): boolean {
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

/** Whether a verb of use at `k` is the purpose ("to use", "to be used") of training or of a transfer before it. */
export function purposeOfOther(tokens: readonly Token[], k: number, first: number): boolean {
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

/**
 * Whether a trigger that must reach a state names none as where it goes: "Russian missiles reached Kyiv"
 * is a strike, "missiles which can reach targets 300km away" a range.
 */
export function reachesNoState(site: Site): boolean {
  if (!site.trig.stateDestination) return false;
  const { index } = site.input;
  const m = firstParty(index, site.k + 1, site.clause.last, (x) => x.entity !== null);
  return m === undefined || m.kind !== 'country' || m.form === 'capital' || m.form === 'seat';
}

const BEARING = englishPack().bearingVerbs;

/** Whether a bearer verb ("face", "risk") holds the noun at `k`, past its determiners and adjectives. */
function bearerBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > k - 4 && /^(DET|ADJ)$/.test(tokens[j]?.pos ?? '')) j--;
  return tokens[j]?.pos === 'VERB' && BEARING.has(tokens[j]?.lemma ?? '');
}
