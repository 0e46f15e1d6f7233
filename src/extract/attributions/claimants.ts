import type { Source } from '../../domain/extraction.js';
import { type MentionIndex, mentionAt } from '../mentions.js';
import { tokenStartingAt } from '../span-index.js';
import type { Parsed, Token } from '../text.js';
import type { Add, Attr } from './types.js';

const JUDGED_REPORT = /^(claims|accusations|allegations|reports|assertions|charges)$/;

/**
 * "Araghchi rejected Western claims that Iran sent missiles": the claims denied have an owner of their own,
 * who asserts what the denier rejects. The owner's words become an attribution inside the denial.
 */
export function judgedClaimant(parsed: Parsed, index: MentionIndex, a: Attr, add: Add): void {
  if (a.force !== 'deny' || a.documentLevel) return;
  const { tokens, text } = parsed;
  let j = tokenStartingAt(tokens, a.cueStart) + 1;
  if (j <= 0) return;
  if (/^(the|these|those)$/.test(tokens[j]?.lower ?? '')) j++;
  const m = mentionAt(index, j);
  let source: Source | null = null;
  let noun = j + 1;
  if (tokens[j]?.lower === 'western')
    source = { name: 'West', entity: null, kind: 'group', role: null, country: null };
  else if (m?.entity && (m.kind === 'country' || m.kind === 'outlet')) {
    const info = index.entities.get(m.entity);
    noun = /^('s|’s)$/.test(tokens[m.last + 1]?.text ?? '') ? m.last + 2 : m.last + 1;
    if (info)
      source = {
        name: info.name,
        entity: info.id,
        kind: m.kind === 'outlet' ? 'outlet' : 'government',
        role: null,
        country: info.country,
      };
  }
  const cue = tokens[noun];
  if (!source || !cue || !JUDGED_REPORT.test(cue.lower)) return;
  const opens = /^(that|of)$/.test(tokens[noun + 1]?.lower ?? '') ? noun + 2 : noun + 1;
  const contentStart = tokens[opens]?.start ?? a.contentEnd;
  if (contentStart >= a.contentEnd) return;
  const first = tokens[j] as Token;
  addClaimant(add, text, { ...source }, first.start, cue.end, cue, contentStart, a.contentEnd);
}

/** The attribution of a claims' owner: they say what follows, within the words that judge or report it. */
function addClaimant(
  add: Add,
  text: string,
  source: Source,
  mentionStart: number,
  mentionEnd: number,
  cue: Token,
  contentStart: number,
  contentEnd: number,
): void {
  add({
    source: {
      ...source,
      mention: { start: mentionStart, end: mentionEnd, text: text.slice(mentionStart, mentionEnd) },
    },
    cue: cue.text,
    cueStart: cue.start,
    cueEnd: cue.end,
    mode: 'indirect',
    force: 'say',
    contentStart,
    contentEnd,
    viaPublication: false,
    documentLevel: false,
  });
}

const CLAIMS_BY =
  /^\s+(?:(?:on|to)\s+)?(?:(?:the|these|those)\s+)?(?:claims|accusations|allegations|assertions|charges|reports)\s+by\b/i;

/**
 * "Peskov commented on claims by US Secretary of State Antony Blinken that Russia had received missiles": the
 * claims have an owner named after "by", who asserts what follows "that".
 */
export function claimsBy(parsed: Parsed, index: MentionIndex, a: Attr, add: Add): void {
  if (a.documentLevel) return;
  const { tokens, text } = parsed;
  if (!CLAIMS_BY.test(text.slice(a.cueEnd, a.cueEnd + 40))) return;
  let j = tokenStartingAt(tokens, a.cueStart) + 1;
  if (j <= 0) return;
  if (/^(on|to)$/.test(tokens[j]?.lower ?? '')) j++;
  if (/^(the|these|those)$/.test(tokens[j]?.lower ?? '')) j++;
  const cue = tokens[j];
  if (!cue || !JUDGED_REPORT.test(cue.lower) || tokens[j + 1]?.lower !== 'by') return;
  // The owner: the last name before "that" (titles and roles stand before it).
  let that = j + 2;
  while (that < j + 12 && tokens[that] && tokens[that]?.lower !== 'that') that++;
  if (tokens[that]?.lower !== 'that') return;
  const owner = mentionAt(index, that - 1);
  const info = owner?.entity ? index.entities.get(owner.entity) : undefined;
  if (!owner || !info || !/^(person|country|outlet|government|organization)$/.test(owner.kind)) return;
  const contentStart = tokens[that + 1]?.start ?? a.contentEnd;
  if (contentStart >= a.contentEnd) return;
  const first = tokens[j + 2] as Token;
  const source: Source = {
    name: info.name,
    entity: info.id,
    kind: owner.kind === 'person' ? 'person' : owner.kind === 'outlet' ? 'outlet' : 'government',
    role: info.role,
    country: info.country ?? (owner.kind === 'country' ? info.id : null),
  };
  addClaimant(add, text, source, first.start, owner.end, cue, contentStart, a.contentEnd);
}
