import * as chrono from 'chrono-node';
import type { ClaimTime } from '../domain/extraction.js';
import type { Parsed, Sentence } from './text.js';

/** The first date or period a sentence names, resolved against the publication date. */
export function timeIn(parsed: Parsed, s: Sentence, published: string | null): ClaimTime | null {
  for (const e of parsed.numbers) {
    if (e.first < s.first || e.first > s.last) continue;
    if (e.type !== 'DATE' && e.type !== 'DURATION') continue;
    const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
    const window = parsed.text.slice(parsed.tokens[Math.max(s.first, e.first - 2)]?.start ?? 0, parsed.tokens[e.last]?.end ?? 0);
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
