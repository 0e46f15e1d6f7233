import type { Source } from '../../domain/extraction.js';
import { type MentionIndex, mentionAt } from '../mentions.js';
import { sentenceHolding } from '../span-index.js';
import type { Parsed } from '../text.js';
import type { Attr } from './types.js';

type NewAttr = Omit<Attr, 'id' | 'parent'>;

const INTERVIEW_WITH = /\binterviews? with\b/i;
const TOLD = /\b(told|tells?|telling)\b/i;
const TELL = new Set(['told', 'tell', 'tells', 'telling']);

/**
 * "Budanov said in an interview with Reuters that ..." and "Budanov told Reuters that ...": the outlet that
 * heard the words carries them, so the chain reads outlet > Reuters > Budanov. Returns the carrier
 * attributions to add, each holding the speaker's mention, cue and words.
 */
export function interviewCarriers(parsed: Parsed, index: MentionIndex, attrs: readonly Attr[]): NewAttr[] {
  const { tokens, sentences, text } = parsed;
  const out: NewAttr[] = [];
  // Most documents hold no interview: one look at the text spares reading each speaker's sentence.
  if (!INTERVIEW_WITH.test(text) && !TOLD.test(text)) return out;
  for (const a of attrs) {
    if (a.documentLevel || a.source.kind === 'outlet' || a.mode === 'citation') continue;
    const s = sentenceHolding(sentences, a.cueStart);
    if (!s) continue;
    for (let k = s.first; k < s.last; k++) {
      const w = tokens[k];
      if (!w) continue;
      // "in an interview with Reuters", or the speaker's own cue "told Reuters"
      const interview = /^interviews?$/.test(w.lower) && tokens[k + 1]?.lower === 'with';
      const told = w.start === a.cueStart && TELL.has(w.lower);
      if (!interview && !told) continue;
      let at = interview ? k + 2 : k + 1;
      if (tokens[at]?.lower === 'the') at++;
      const m = mentionAt(index, at);
      const info = m?.kind === 'outlet' && m.entity ? index.entities.get(m.entity) : undefined;
      if (!m || !info) continue;
      const start = Math.min(a.contentStart, a.cueStart, a.source.mention?.start ?? a.cueStart);
      const source: Source = {
        name: info.name,
        entity: info.id,
        kind: 'outlet',
        role: null,
        country: info.country,
        mention: { start: m.start, end: m.end, text: text.slice(m.start, m.end) },
      };
      out.push({
        source,
        cue: w.text,
        cueStart: w.start,
        cueEnd: w.end,
        mode: 'citation',
        force: 'report',
        contentStart: start,
        contentEnd: Math.max(a.contentEnd, m.end),
        viaPublication: false,
        carrier: true,
        documentLevel: false,
      });
      break;
    }
  }
  return out;
}
