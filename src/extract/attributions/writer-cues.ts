import type { Source } from '../../domain/extraction.js';
import { type WriterCue, writerCues } from '../../knowledge/en/hedges.js';
import { subjectBefore } from '../phrases.js';
import type { Quote } from '../quotes.js';
import { lineEndIn, quoteAround } from '../span-index.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { type Attr, sentenceEnd } from './types.js';

type NewAttr = Omit<Attr, 'id' | 'parent'>;

const BY_FORM = new Map<string, WriterCue>(writerCues.flatMap((c) => c.forms.map((f) => [f, c] as const)));
const BE = /^(is|are|was|were|be|been|being|'s|’s|'re|’re)$/;
// Where a question put to someone opens its clause: "Asked whether", "when asked about", "was asked why".
const QUESTION_OPENS = /^(when|after|once|if|was|were|is|are|been|being|,|"|“|'|‘)$/;
// How far a question's word may stand from "asked": "Asked at a briefing Monday in Washington about".
const QUESTION_REACH = 9;
const UNNAMED_ASKER: Omit<Source, 'mention'> = {
  name: 'unnamed questioner',
  entity: null,
  kind: 'anonymous',
  role: null,
  country: null,
};

/**
 * The writer's framings of a sentence ("the donors appear to have ties", "Sanders is expected to win",
 * "Asked whether he would run, Reid said"): attributions with no speaker's mention, the writer's (or the
 * outlet's) voice for hedges and an unnamed questioner for questions. They govern no claim and hold no
 * other attribution. Cue tokens in `used` already carry an attribution and are skipped.
 */
export function writerCueAttributions(
  parsed: Parsed,
  quotes: readonly Quote[],
  outlet: string | null,
  used: ReadonlySet<number>,
): NewAttr[] {
  const out: NewAttr[] = [];
  const writer: Omit<Source, 'mention'> = outlet
    ? { name: outlet, entity: null, kind: 'outlet', role: null, country: null }
    : { name: 'the writer', entity: null, kind: 'anonymous', role: null, country: null };
  for (const s of parsed.sentences) {
    for (let k = s.first; k <= s.last; k++) {
      const cue = BY_FORM.get(parsed.tokens[k]?.lower ?? '');
      if (!cue || used.has(k)) continue;
      // "Rubio seemed to offer", "she appeared to imply": the verb after "to" reports, with the subject as speaker.
      if (cue.construction !== 'question' && used.has(followAt(parsed.tokens, k, cue) + 1)) continue;
      const content =
        cue.construction === 'question' ? questionAt(parsed, s, k, cue) : framedAt(parsed, s, k, cue);
      if (!content) continue;
      const t = parsed.tokens[k] as Token;
      const q = quoteAround(quotes, t.start, t.end);
      const end = lineEndIn(parsed.text, t.end, q ? Math.min(content.end, q.close - 1) : content.end);
      if (end <= content.start) continue;
      out.push({
        source: cue.construction === 'question' ? UNNAMED_ASKER : writer,
        cue: t.text,
        cueStart: t.start,
        cueEnd: t.end,
        mode: 'indirect',
        force: cue.construction === 'question' ? 'say' : 'think',
        contentStart: content.start,
        contentEnd: end,
        viaPublication: false,
        documentLevel: false,
        governs: false,
        writer: true,
      });
    }
  }
  return out;
}

/** The next token after `k`, past one adverb, if it is one of the cue's follow words. */
function followAt(tokens: readonly Token[], k: number, cue: WriterCue): number {
  let j = k + 1;
  if (tokens[j]?.pos === 'ADV' && !cue.follows.includes(tokens[j]?.lower ?? '')) j++;
  return cue.follows.includes(tokens[j]?.lower ?? '') ? j : -1;
}

/** "The donors appear to have ties", "It seems that ...", "Sanders is expected to win": subject to sentence end. */
function framedAt(
  parsed: Parsed,
  s: Sentence,
  k: number,
  cue: WriterCue,
): { start: number; end: number } | null {
  const { tokens } = parsed;
  const j = followAt(tokens, k, cue);
  if (j < 0) return null;
  let head = k;
  if (cue.construction === 'passive') {
    head = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
    if (!BE.test(tokens[head]?.lower ?? '')) return null;
  }
  const end = sentenceEnd(parsed, s);
  const np = subjectBefore(tokens, head, s.first);
  // "It seems that ...": an empty subject; what is framed is the clause after "that".
  if (!np || (tokens[np.first]?.lower === 'it' && np.first === np.last)) {
    const from = tokens[tokens[j]?.lower === 'that' ? j + 1 : j];
    return from ? { start: from.start, end } : null;
  }
  return { start: (tokens[np.first] as Token).start, end };
}

/** "Asked whether he would run, Reid said": the question, from its question word to the clause's comma. */
function questionAt(
  parsed: Parsed,
  s: Sentence,
  k: number,
  cue: WriterCue,
): { start: number; end: number } | null {
  const { tokens } = parsed;
  if (k !== s.first && !QUESTION_OPENS.test(tokens[k - 1]?.lower ?? '')) return null;
  let j = k + 1;
  for (; j <= Math.min(s.last, k + QUESTION_REACH); j++) {
    const w = tokens[j] as Token;
    if (w.text === ',' || w.pos === 'VERB') return null;
    if (cue.follows.includes(w.lower)) break;
  }
  if (j > Math.min(s.last, k + QUESTION_REACH)) return null;
  const comma = tokens.slice(j + 1, s.last + 1).find((w) => w.text === ',');
  return { start: (tokens[j] as Token).start, end: comma ? comma.start : sentenceEnd(parsed, s) };
}
