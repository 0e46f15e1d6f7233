import type { Source } from '../../domain/extraction.js';
import type { MentionIndex } from '../mentions.js';
import { npStartingAt } from '../phrases.js';
import { resolveSource, type SourceContext } from '../sources.js';
import type { Parsed, Token } from '../text.js';
import { coordinated, wholeMentions } from './citations.js';
import { type Add, type Draft, lastOfSentence, type Scan } from './types.js';

/** "Censor.NET reports citing Ukrinform": the outlet's own report and the agency it cites. */
export function documentCitations(scan: Scan): void {
  const { parsed, index, outlet, ctx, add, used } = scan;
  const { tokens, text } = parsed;
  for (const m of index.mentions) {
    if (m.kind !== 'outlet') continue;
    const name = m.entity ? index.entities.get(m.entity)?.name : undefined;
    if (outlet && name && name.toLowerCase() !== outlet.toLowerCase()) continue;
    const cue = tokens[m.last + 1];
    if (!cue || !/^(reports|reported|writes|informs|says)$/.test(cue.lower)) continue;
    const citing = tokens[m.last + 2]?.lower === ',' ? m.last + 3 : m.last + 2;
    // "Reuters reported that ..." inside the body is a report, not the document speaking of itself.
    const cites = /^(citing|quoting)$/.test(tokens[citing]?.lower ?? '');
    if (!(cites || /^(reports|writes|informs)$/.test(cue.lower)) || tokens[m.last + 2]?.lower === 'that')
      continue;
    const source = resolveSource({ first: m.first, last: m.last }, parsed, index, ctx);
    if (!source) continue;
    used.add(m.last + 1);
    add(documentCitation(source, cue.text, { start: cue.start, end: cue.end }, text.length));
    // "citing Al-Monitor, which cited an Iranian official": each cited source may cite another in turn.
    let c = cites ? citing : -1;
    while (c >= 0) {
      const last = lastOfSentence(parsed, c);
      const np = coordinated(parsed, index, wholeMentions(index, npStartingAt(tokens, c + 1, last)));
      const cited = np && resolveSource(np, parsed, index, ctx);
      if (!np || !cited) break;
      used.add(c);
      const w = tokens[c] as Token;
      add(documentCitation(cited, w.text, { start: w.start, end: w.end }, text.length));
      const rel = np.last + 1;
      const relCue = tokens[rel + 2];
      c =
        tokens[rel]?.text === ',' &&
        /^(which|who)$/.test(tokens[rel + 1]?.lower ?? '') &&
        /^(cited|quoted|citing|quoting)$/.test(relCue?.lower ?? '')
          ? rel + 2
          : -1;
    }
    return;
  }
  datelineOutlet(parsed, index, outlet, ctx, add);
}

/** "DUBAI, Nov 5 (Reuters) -", "MOSCOW, September 13. /TASS/.": the dateline names the outlet that speaks. */
function datelineOutlet(
  parsed: Parsed,
  index: MentionIndex,
  outlet: string | null,
  ctx: SourceContext,
  add: Add,
): void {
  const { tokens, text } = parsed;
  for (const m of index.mentions) {
    if (m.start > 160) return;
    if (m.kind !== 'outlet') continue;
    const name = bare(m.entity ? (index.entities.get(m.entity)?.name ?? '') : '');
    if (outlet && name && !name.includes(bare(outlet)) && !bare(outlet).includes(name)) continue;
    const before = tokens[m.first - 1]?.text ?? '';
    const after = tokens[m.last + 1]?.text ?? '';
    const framed =
      /^[(/]$/.test(before) || /^[)/]$/.test(after) || (/^[-–—]+$/.test(before) && after === '.');
    if (!framed) continue;
    const source = resolveSource({ first: m.first, last: m.last }, parsed, index, ctx);
    if (!source) return;
    add(documentCitation(source, text.slice(m.start, m.end), { start: m.start, end: m.end }, text.length));
    return;
  }
}

/** A name compared loosely: lower case, without a leading article. */
function bare(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '');
}

/** An attribution of the whole document to a source: the outlet's own report or an agency it cites. */
function documentCitation(
  source: Source,
  cue: string,
  at: { start: number; end: number },
  length: number,
): Draft {
  return {
    source,
    cue,
    cueStart: at.start,
    cueEnd: at.end,
    mode: 'citation',
    force: 'report',
    contentStart: 0,
    contentEnd: length,
    viaPublication: false,
    documentLevel: true,
  };
}
