import type { Extraction, Span } from '../domain/extraction.js';
import { html, type SafeHtml } from './html.js';

/** The kinds of highlight, each with its own look and legend entry. */
export type HighlightKind = 'entity' | 'source' | 'cue' | 'quote' | 'claim';

/** One highlighted span and the id of the element that describes it. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly kind: HighlightKind;
  /** The id of the list item describing what was extracted. */
  readonly describedBy: string;
  /** A claim's id, for the anchor a link to the claim's evidence lands on. */
  readonly claim?: string;
}

/** A safe fragment for an element id made from an extraction's id (`c1`, `a2`). */
export function idPart(id: string): string {
  return id.replace(/[^\w-]/g, '_');
}

/** Every highlight of an extraction: entity mentions, attributions' source, cue and content, claims' evidence. */
export function highlightsOf(extraction: Extraction): Highlight[] {
  const out: Highlight[] = [];
  const add = (span: Span | undefined, kind: HighlightKind, describedBy: string, claim?: string) => {
    if (span === undefined || span.end <= span.start) return;
    out.push(claim === undefined ? { ...span, kind, describedBy } : { ...span, kind, describedBy, claim });
  };
  extraction.entities.forEach((entity, i) => {
    for (const mention of entity.mentions) add(mention, 'entity', `x-entity-${i}`);
  });
  extraction.attributions.forEach((attribution, i) => {
    const ref = `x-attribution-${i}`;
    add(attribution.source.mention, 'source', ref);
    add(attribution.cueSpan, 'cue', ref);
    add(attribution.content, 'quote', ref);
  });
  extraction.claims.forEach((claim, i) => {
    add(claim.evidence, 'claim', `x-claim-${i}`, claim.id);
  });
  return out;
}

/**
 * The text with its highlights as nested-free marks: the text is cut at every highlight's edge and each
 * piece is marked with the kinds that cover it, focusable where a highlight begins.
 */
export function highlightText(
  text: string,
  highlights: readonly Highlight[],
  currentClaim?: string,
): SafeHtml {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const spans = highlights
    .map((h) => ({ ...h, start: clamp(h.start), end: clamp(h.end) }))
    .filter((h) => h.end > h.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((h) => [h.start, h.end])])].sort(
    (a, b) => a - b,
  );
  const parts: SafeHtml[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? start;
    const piece = text.slice(start, end);
    const covering = spans.filter((h) => h.start <= start && h.end >= end);
    if (covering.length === 0) {
      parts.push(html`${piece}`);
      continue;
    }
    const anchors = covering
      .filter((h) => h.claim !== undefined && h.start === start)
      .map((h) => html`<span id="claim-${idPart(h.claim ?? '')}"></span>`);
    const kinds = [...new Set(covering.map((h) => `hl-${h.kind}`))];
    const current = currentClaim !== undefined && covering.some((h) => h.claim === currentClaim);
    const classes = ['hl', ...kinds, ...(current ? ['current'] : [])].join(' ');
    const describedBy = [...new Set(covering.map((h) => h.describedBy))].join(' ');
    const begins = covering.some((h) => h.start === start);
    parts.push(
      html`${anchors}<mark class="${classes}"${begins ? html` tabindex="0"` : ''} aria-describedby="${describedBy}">${piece}</mark>`,
    );
  }
  return html`${parts}`;
}
