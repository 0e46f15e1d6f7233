/**
 * The weapons pass: which weapon mentions belong to the event at a trigger (its object's, the subject's
 * when passive, those joined just before it), whether they point back at weapons told before, and the
 * weapons of a claim, one per class.
 */
import type { Weapon } from '../../domain/extraction.js';
import { type Mention, type MentionIndex, mentionAt } from '../mentions.js';
import type { Parsed, Token } from '../text.js';
import type { Draft, Site } from './types.js';

/** Auxiliaries of the passive ("was sent", "are being used"). */
export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);
const ANAPHOR = /^(these|those|such|this|the|its|their)$/;
const OBJECT_ENDS = /^(that|which|who|whom|whose|because|where|whether|if|unless|although|though)$/;
const AIMED_AT = /^(against)$/;

/** What the weapons pass reads at a trigger: the weapon mentions of the event and whether they point back. */
export interface WeaponReading {
  /** The event's weapon mentions: its object's, else those joined just before it. */
  readonly weapons: readonly Mention[];
  readonly weaponsRight: readonly Mention[];
  readonly weaponsLeft: readonly Mention[];
  readonly passive: boolean;
  /** Whether the event's weapons are those of an event told before ("the missiles", "them", "more"). */
  readonly anaphoric: boolean;
  /** "We will send more": an amount with no noun, standing for the weapons told before. */
  readonly bareAmount: boolean;
  /** Whether the trigger is used as a noun, which has no subject of its own. */
  readonly nounUse: boolean;
  /** The token of people sent as support ("troops"), or -1. */
  readonly troops: number;
}

/** Whether a determiner that points back stands right before `k` ("the strikes", "such deliveries"). */
export function definiteBefore(tokens: readonly Token[], k: number): boolean {
  return /^(the|these|those|such)$/.test(tokens[k - 1]?.lower ?? '');
}

/** The weapons pass: the weapon mentions of the event at a trigger, its voice and what points back. */
export function readWeapons(site: Site): WeaponReading {
  const { trig, k, clause } = site;
  const { weapons, weaponsRight, weaponsLeft, passive } = weaponMentions(site);
  const { anaphoric, bareAmount, nounUse } = anaphoraOf(site, weapons, passive);
  // "sent 1,500 special forces to Russia", "troops could be sent": people sent to fight are a transfer too.
  const troops =
    trig.type === 'transfer' && weapons.length === 0
      ? personnelNear(site.input.parsed, clause, k, passive)
      : -1;
  return { weapons, weaponsRight, weaponsLeft, passive, anaphoric, bareAmount, nounUse, troops };
}

/**
 * Where the trigger's object ends: where a clause of its own begins ("gave assurances that the missiles ...");
 * what use is aimed at is no instrument ("used mainly against Russian cruise missiles").
 */
function objectEndOf(site: Site): number {
  const { tokens } = site.input.parsed;
  const { k, clause, trig } = site;
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
    if ((OBJECT_ENDS.test(w) && !lists()) || (trig.type === 'military_use' && AIMED_AT.test(w)) || participle)
      return j - 1;
  }
  return clause.last;
}

/** The weapon mentions right of the trigger (its object), left of it, and those of the event, with its voice. */
function weaponMentions(site: Site): {
  weapons: Mention[];
  weaponsRight: Mention[];
  weaponsLeft: Mention[];
  passive: boolean;
} {
  const { parsed, index } = site.input;
  const { tokens } = parsed;
  const { k, t, clause, s } = site;
  let weaponsRight = weaponsIn(index, k + 1, objectEndOf(site));
  // "seeking military assistance from Moscow: fighter aircraft, surface-to-air missiles, ...": the list names it.
  if (tokens[clause.last + 1]?.text === ':' && weaponsRight.every((w) => w.weaponClass === 'unspecified'))
    weaponsRight = [...weaponsRight, ...weaponsIn(index, clause.last + 2, s.last)];
  const weaponsLeft = weaponsIn(index, clause.first, k - 1);
  let weapons =
    weaponsRight.length > 0
      ? weaponsRight
      : coordinatedLeft(tokens, weaponsLeft, nearLeft(weaponsLeft, k, 3));
  // "The drones, which Iran sent to Russia, struck Kyiv": a relative clause's verb moves its antecedent, also
  // when weapons follow the clause ("the tanks that Berlin sent to Ukraine need ammunition"): its object
  // is the gap, so a preposition follows the verb.
  if (weaponsRight.length === 0 || GAP_AFTER.test(tokens[k + 1]?.lower ?? '')) {
    const gapped = gapAntecedents(site);
    const antecedent = gapped.length > 0 ? undefined : relativeAntecedent(site);
    if (gapped.length > 0) weapons = gapped;
    else if (antecedent) weapons = [antecedent];
  }
  const participle = /(ed|en|wn|sent|sold|bought|brought|got|shot|hit|made|struck)$/.test(t.lower);
  const passive =
    participle &&
    (PASSIVE_AUX.has(tokens[k - 1]?.lower ?? '') ||
      // "drones launched by Russia", "ATACMS supplied by the United States": a participle after its noun.
      (tokens[k + 1]?.lower === 'by' && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) ||
      (tokens[k - 1]?.pos === 'ADV' && PASSIVE_AUX.has(tokens[k - 2]?.lower ?? '')) ||
      // "The first Arrow 3 system sold to Germany has ...": a participle right after its weapon, then a phrase.
      (weaponsLeft.some((w) => w.last === k - 1) &&
        /^(to|for|from|in|into|by|via)$/.test(tokens[k + 1]?.lower ?? '')));
  if (passive && (weapons.length === 0 || weaponsLeft.some((w) => w.last === k - 1))) weapons = weaponsLeft;
  // "The jets are believed to have come from Danish stocks": what came is the subject, however far.
  // "Ballistic missiles from Iran have arrived in Russia": a trigger whose weapons move by themselves.
  if (site.trig.movesItself && weapons.length === 0) weapons = weaponsLeft;
  return { weapons, weaponsRight, weaponsLeft, passive };
}

/** Words right after a verb whose object is missing: a preposition or the clause's end. */
const GAP_AFTER = /^(to|into|from|for|via|by|last|earlier|in|on|,|\.)$/;

/** Whether the event's weapons point back at those told before, and whether the trigger is used as a noun. */
function anaphoraOf(
  site: Site,
  weapons: readonly Mention[],
  passive: boolean,
): { anaphoric: boolean; bareAmount: boolean; nounUse: boolean } {
  const { tokens } = site.input.parsed;
  const { k, t, clause, trig, key } = site;
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
  // reported (nouns of use are only taken when definite, by the gates).
  if (trig.noun && trig.type === 'military_use' && definiteBefore(tokens, k)) anaphoric = true;
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
  // "halted the sale of oil": an of-phrase that names no weapon says what moves, and it is no weapon.
  if (
    nominal &&
    trig.type === 'transfer' &&
    weapons.length === 0 &&
    determined &&
    tokens[k + 1]?.lower !== 'of'
  )
    anaphoric = true;
  // "We have not confirmed that that transfer has taken place": a noun has no subject of its own.
  const nounUse = trig.noun || t.pos === 'NOUN' || t.pos === 'PROPN' || (nominal && determined);
  return { anaphoric, bareAmount, nounUse };
}

/** The weapon mentions between tokens `a` and `b`, each once. */
export function weaponsIn(index: MentionIndex, a: number, b: number): Mention[] {
  const out: Mention[] = [];
  for (let k = a; k <= b; k++) {
    const m = mentionAt(index, k);
    if (m?.weaponClass && out[out.length - 1] !== m) out.push(m);
  }
  return out;
}

/** The weapons within `gap` tokens left of `k`. */
export function nearLeft(ws: readonly Mention[], k: number, gap: number): Mention[] {
  return ws.filter((w) => k - w.last <= gap);
}

/** "Russian missiles and Iranian-made drones struck": weapons joined to the nearest ones by "and", "or" or commas. */
export function coordinatedLeft(
  tokens: readonly Token[],
  ws: readonly Mention[],
  near: Mention[],
): Mention[] {
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

/** Whether a weapon mention is a generic word after "these", "such", "the" or "of their": it points back. */
export function isAnaphor(tokens: readonly Token[], w: Mention): boolean {
  if (w.weaponClass !== 'unspecified') return false;
  const before = tokens[w.first - 1]?.lower ?? '';
  const twoBefore = tokens[w.first - 3]?.lower ?? '';
  return ANAPHOR.test(before) || (before === 'of' && ANAPHOR.test(twoBefore));
}

/** One weapon per class, with the first named system of that class. */
export function toWeapons(parsed: Parsed, ms: readonly Mention[]): Weapon[] {
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

/** The classes a generic weapon word may stand for ("missiles" for ballistic or cruise missiles). */
export const NARROWER: Readonly<Record<string, readonly Weapon['class'][]>> = {
  missile: ['ballistic_missile', 'cruise_missile'],
};

/**
 * "the missiles" after "ballistic missiles": a definite generic term names the kind the document last
 * named more exactly.
 */
export function narrowedByEarlier(
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

/** Whether two lists of weapons share a named class. */
export function sharesClass(a: readonly Weapon[], b: readonly Weapon[]): boolean {
  return a.some((x) => b.some((y) => x.class === y.class && x.class !== 'unspecified'));
}

const PERSONNEL =
  /^(troops|soldiers|servicemen|servicemembers|personnel|forces|fighters|mercenaries|instructors|advisers|advisors|officers|sappers|specialists|workers)$/;

/** The word for people sent as military support: the object of the trigger, or its subject when passive. */
export function personnelNear(
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

/** "it has been used", "they were intercepted": a pronoun subject right before a passive verb group. */
export function pronounSubject(tokens: readonly Token[], k: number): boolean {
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

/**
 * The weapon a relative clause's verb at the site speaks of: "drones, which Iran sent", "drones that Tehran
 * had delivered": past the clause's subject and auxiliaries to "which" or "that", the weapon right before it.
 */
function relativeAntecedent(site: Site): Mention | undefined {
  const { tokens } = site.input.parsed;
  const { index } = site.input;
  let j = site.k - 1;
  while (j > site.s.first && /^(AUX|ADV|PART)$/.test(tokens[j]?.pos ?? '')) j--;
  const subject = mentionAt(index, j);
  if (!subject || subject.weaponClass !== undefined || subject.kind === 'term') return undefined;
  j = subject.first - 1;
  if (!/^(which|that)$/.test(tokens[j]?.lower ?? '')) return undefined;
  const end = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
  // "the IRIS-T systems that": a generic head noun may follow the system's name.
  const head = tokens[end]?.pos === 'NOUN' && !mentionAt(index, end) ? end - 1 : end;
  return weaponsIn(index, Math.max(site.s.first, head - 6), head).find((w) => w.last === head);
}

/**
 * The weapons that fill a relative clause's object gap, read from the syntax: "guided bombs that the
 * United States sold to Saudi Arabia" (the verb's patient is the clause's antecedent). The clause's
 * agent, if any, must be named ("that it fired" leaves the pronoun to the other passes).
 */
function gapAntecedents(site: Site): Mention[] {
  // The antecedent's weapons stand before the trigger in its sentence: without any, the costly syntax
  // layer has nothing to find.
  if (!weaponBefore(site.input.index, site.s.first, site.k - 1)) return [];
  const syntax = site.syntax?.();
  if (!syntax || site.k > syntax.last) return [];
  const v = syntax.verbs.find((x) => x.head === site.k);
  const p = v?.roles.patient;
  const agent = v?.roles.agent;
  if (!v || !p || p.last >= site.k || (v.roles.gap !== 'object' && v.roles.gap !== 'patient')) return [];
  if (syntax.clauses.find((c) => c.id === v.clause)?.kind !== 'relative') return [];
  // A coordinated antecedent ("drones, guided bombs and shells, which Russia uses") is left to the
  // nearest-weapon reading: the gold gives such a list one weapon slot.
  if (p.members.length > 0) return [];
  if (agent && !namesParty(site, agent)) return [];
  return weaponsIn(site.input.index, p.first, p.last);
}

/** Whether a weapon mention stands in tokens [a, b] (as `weaponsIn` finds them). */
function weaponBefore(index: MentionIndex, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (mentionAt(index, k)?.weaponClass) return true;
  return false;
}

/** Whether a chunk names a state or group: a name in it that is no weapon or term ("the German government"). */
function namesParty(site: Site, chunk: { first: number; last: number }): boolean {
  for (let j = chunk.first; j <= chunk.last; j++) {
    const m = mentionAt(site.input.index, j);
    if (m && m.weaponClass === undefined && m.kind !== 'term') return true;
  }
  return false;
}
