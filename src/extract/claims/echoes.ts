/**
 * Claims that repeat or extend one told just before: "do so" and a stranded auxiliary, "they may include
 * Zolfaghar missiles", and the gapped clauses of "Denmark has promised 19 aircraft, the Netherlands 24".
 */
import { mentionAt } from '../mentions.js';
import { isNumberWord, quantityBefore } from '../quantity.js';
import { statusOf } from '../status.js';
import type { Sentence, Token } from '../text.js';
import { timeIn } from '../time.js';
import { clauseOf, parentheticalStart } from './clause.js';
import type { ClaimInputs, Draft } from './types.js';
import { toWeapons, weaponsIn } from './weapons.js';

const STRANDING_STOPS = new Set(['.', ';', '!']);
const STRANDED_MODALS = new Set(['will', 'would', 'could', 'might', 'may']);
const STRANDED = new Set([...STRANDED_MODALS, 'be']);
const DO_FORMS = new Set(['do', 'does', 'did']);

/** Whether an elided verb phrase ("do so", "as did Denmark") can repeat the draft: a transfer, talks or a use. */
export function repeatable(d: Draft): boolean {
  return d.type === 'transfer' || d.type === 'negotiate_transfer' || d.type === 'military_use';
}

/**
 * "has never had arms dealings with Russia and has no plan to do so", "should it do so": "do so" repeats the
 * event told just before, with a firmness of its own.
 */
export function doSo(
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
  const antecedent = drafts.findLast((d) => d.sent >= s.i - (stranded ? 0 : 1) && repeatable(d));
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

/** "They may include Zolfaghar missiles": names the weapons of the transfer just reported. */
export function elaboration(
  input: ClaimInputs,
  s: Sentence,
  k: number,
  drafts: readonly Draft[],
): Draft | null {
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

/**
 * "Denmark has promised 19 aircraft, the Netherlands 24 and Norway six": after a counted transfer, each
 * state with a number of its own, the verb left out, makes the same claim with its own count.
 */
export function gapped(input: ClaimInputs, s: Sentence, d: Draft, k: number): Draft[] {
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
