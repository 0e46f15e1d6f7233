import type { Parsed } from '../text.js';
import type { Attachment, Clause, NounChunk, SentenceSyntax, VerbGroup } from './types.js';

function text(parsed: Parsed, first: number, last: number): string {
  const a = parsed.tokens[first];
  const b = parsed.tokens[last];
  return a === undefined || b === undefined ? '' : parsed.text.slice(a.start, b.end).replace(/\s+/g, ' ');
}

function chunkText(parsed: Parsed, c: NounChunk): string {
  return c.members.length > 0
    ? c.members.map((m) => chunkText(parsed, m)).join('+')
    : text(parsed, c.first, c.last);
}

// An ambiguous attachment, listed on both the verb and the noun, ends in "?".
function attachmentText(parsed: Parsed, a: Attachment): string {
  return `${a.prep === '' ? 'time' : a.prep}=${chunkText(parsed, a.chunk)}${a.ambiguous ? '?' : ''}`;
}

function verbLine(parsed: Parsed, v: VerbGroup): string {
  const flags: string[] = [v.voice, v.tense];
  if (v.perfect) flags.push('perfect');
  if (v.progressive) flags.push('progressive');
  if (v.nonFinite === 'to') flags.push('to-infinitive');
  else if (v.nonFinite === 'ing') flags.push('ing-form');
  else if (v.nonFinite !== null) flags.push(v.nonFinite);
  if (v.negated) flags.push('negated');
  if (v.chain.length > 0)
    flags.push(`chain=${v.chain.map((l) => `${l.lemma}:${l.meaning}${l.negated ? ':neg' : ''}`).join(',')}`);
  const r = v.roles;
  const roles: string[] = [];
  const role = (name: string, c: NounChunk | null) => {
    if (c !== null) roles.push(`${name}=${chunkText(parsed, c)}`);
  };
  role('subject', r.subject);
  role('agent', r.agent);
  role('patient', r.patient);
  role('object', r.object);
  role('iobject', r.indirectObject);
  role('attribute', r.attribute);
  for (const a of r.attachments) roles.push(attachmentText(parsed, a));
  if (r.gap !== null) roles.push(`gap=${r.gap}`);
  if (v.coordinatedWith !== null) roles.push(`coord=v${v.coordinatedWith}`);
  const name = v.particle === null ? v.lemma : `${v.lemma} ${v.particle}`;
  return `  verb ${name}: ${flags.join(' ')}${roles.length > 0 ? ` | ${roles.join(' ')}` : ''}`;
}

function clauseLine(parsed: Parsed, s: SentenceSyntax, c: Clause): string {
  const parts = [`clause ${c.id} ${c.kind}`];
  if (c.parent !== null) parts.push(`in ${c.parent}`);
  if (c.marker !== null) parts.push(`marker=${c.marker}`);
  if (c.governor !== null) parts.push(`governor=${s.verbs[c.governor]?.lemma ?? '?'}`);
  if (c.antecedent !== null) parts.push(`antecedent=${chunkText(parsed, c.antecedent)}`);
  if (c.inverted) parts.push('inverted');
  return `${parts.join(' ')}: ${c.first < 0 ? '' : text(parsed, c.first, c.last)}`;
}

function chunkLine(parsed: Parsed, c: NounChunk): string {
  const parts = [`chunk ${text(parsed, c.first, c.last)}: head=${c.lemma}`];
  if (c.determiner !== null) parts.push(`det=${parsed.tokens[c.determiner]?.lower ?? ''}`);
  if (c.possessor !== null) parts.push(`possessor=${chunkText(parsed, c.possessor)}`);
  if (c.members.length > 0)
    parts.push(`${c.conjunction ?? ''} ${c.members.map((m) => chunkText(parsed, m)).join('|')}`);
  if (c.temporal) parts.push('temporal');
  if (c.negative) parts.push('negative');
  if (c.mention) parts.push('mention');
  return parts.join(' ');
}

/** Renders a sentence's syntax as text, one line per clause, verb group, nominal and chunk (for debugging and tests). */
export function describeSentence(parsed: Parsed, s: SentenceSyntax): string {
  const lines: string[] = [];
  for (const c of s.clauses) {
    lines.push(clauseLine(parsed, s, c));
    for (const v of s.verbs) if (v.clause === c.id) lines.push(verbLine(parsed, v));
  }
  for (const n of s.nominals) {
    const atts = n.attachments.map((a) => attachmentText(parsed, a));
    const poss = n.possessor === null ? [] : [`possessor=${chunkText(parsed, n.possessor)}`];
    lines.push(`nominal ${n.lemma}: ${[...poss, ...atts].join(' ')}`);
  }
  for (const c of s.chunks) lines.push(chunkLine(parsed, c));
  if (s.truncated) lines.push('truncated');
  return lines.join('\n');
}
