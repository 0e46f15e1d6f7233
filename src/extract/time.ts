import * as chrono from 'chrono-node';
import type { ClaimTime } from '../domain/extraction.js';
import type { Parsed, Sentence } from './text.js';

const DATE_LIKE =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(last|next|this|ago|yesterday|today|tomorrow|earlier|previous|coming)\b/i;

const memo = new WeakMap<Parsed, Map<number, ClaimTime | null>>();

/** The first date or period a sentence names, resolved against the publication date (once per sentence). */
export function timeIn(parsed: Parsed, s: Sentence, published: string | null): ClaimTime | null {
  let bySentence = memo.get(parsed);
  if (!bySentence) {
    bySentence = new Map();
    memo.set(parsed, bySentence);
  }
  const known = bySentence.get(s.i);
  if (known !== undefined) return known;
  const found = resolveTime(parsed, s, published);
  bySentence.set(s.i, found);
  return found;
}

function resolveTime(parsed: Parsed, s: Sentence, published: string | null): ClaimTime | null {
  for (const e of parsed.numbers) {
    if (e.first < s.first || e.first > s.last) continue;
    if (e.type !== 'DATE' && e.type !== 'DURATION') continue;
    // chrono is the costly part of extraction: only dates it can place are worth its time.
    if (!DATE_LIKE.test(e.text)) {
      if (published) return { start: null, end: null, text: e.text };
      continue;
    }
    const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
    const window = parsed.text.slice(
      parsed.tokens[Math.max(s.first, e.first - 2)]?.start ?? 0,
      parsed.tokens[e.last]?.end ?? 0,
    );
    const hit = chrono.parse(window, ref ? { instant: ref, timezone: 0 } : undefined)[0];
    if (!hit) {
      if (!published) continue;
      return { start: null, end: null, text: e.text };
    }
    const start = hit.start.date().toISOString().slice(0, 10);
    const end = hit.end ? hit.end.date().toISOString().slice(0, 10) : null;
    return { start, end, text: hit.text };
  }
  return null;
}
