import { LatestBefore, SpanIndex } from '../span-index.js';
import type { Attr } from './types.js';

/**
 * Reported words end before the report that carries them: "The US confirmed it sent ATACMS, Reuters reports,
 * citing ..." and the document's own "..., NV reports citing Ukrinform" close the sentence, not the words.
 */
export function trimDocumentClauses(attrs: Attr[], text: string): void {
  const docLevel = attrs.filter((b) => b.documentLevel);
  const index = new SpanIndex(attrs);
  for (const a of attrs) {
    if (a.documentLevel) continue;
    const carriers = [
      ...docLevel,
      ...index.holding(a.cueStart).filter((b) => b !== a && !b.documentLevel && a.cueEnd <= b.contentEnd),
    ];
    for (const b of carriers) {
      const m = b.source.mention?.start;
      // `"...," a source told Reuters. "More will come."`: the outlet that heard the words closes none of them.
      if (m === undefined || (b.carrier && b.cueStart === a.cueStart)) continue;
      if (m <= a.contentStart || m >= a.contentEnd || m <= a.cueStart) continue;
      let end = m;
      while (end > a.contentStart && /[\s,]/.test(text[end - 1] ?? '')) end--;
      a.contentEnd = Math.min(a.contentEnd, end);
    }
  }
}

/** Gives each attribution the smallest other attribution whose content holds its cue. */
export function nest(attrs: Attr[]): void {
  const doc = attrs.filter((a) => a.documentLevel);
  const docInner = doc[doc.length - 1];
  for (let i = 1; i < doc.length; i++) (doc[i] as Attr).parent = (doc[i - 1] as Attr).id;
  const outletAttrs = attrs.filter((a) => !a.documentLevel && a.source.kind === 'outlet');
  const latestOutlet = new LatestBefore(outletAttrs, (o) => o.cueStart);
  const spans = new SpanIndex(attrs);
  for (const a of attrs) {
    if (a.documentLevel) continue;
    let best: Attr | undefined;
    // Only attributions whose words hold the earlier of the cue and the speaker's mention can hold both.
    for (const b of spans.holding(Math.min(a.cueStart, a.source.mention?.start ?? a.cueStart))) {
      if (b === a || b.documentLevel || b.writer) continue;
      // The outlet that heard a speaker's words ("told Reuters") holds the speaker, never the other way.
      if (a.carrier && b.cueStart === a.cueStart) continue;
      const holds = b.contentStart <= a.cueStart && a.cueEnd <= b.contentEnd;
      const holdsMention = a.source.mention
        ? b.contentStart <= a.source.mention.start && a.source.mention.end <= b.contentEnd
        : true;
      if (!holds || !holdsMention) continue;
      if (!best || b.contentEnd - b.contentStart < best.contentEnd - best.contentStart) best = b;
    }
    if (a.viaPublication) {
      const pub = latestOutlet.get(a.cueStart);
      if (pub) best = pub;
    }
    a.parent = best?.id ?? docInner?.id ?? null;
  }
  // A cycle would lose the chain's top: break any by falling back to the document level.
  const byId = new Map(attrs.map((a) => [a.id, a]));
  for (const a of attrs) {
    const seen = new Set<string>();
    let cur: Attr | undefined = a;
    while (cur?.parent) {
      if (seen.has(cur.id)) {
        a.parent = docInner?.id ?? null;
        break;
      }
      seen.add(cur.id);
      const pid: string = cur.parent;
      cur = byId.get(pid);
    }
  }
}
