import type { Extraction } from '../domain/extraction.js';

/** A character range, end exclusive. */
export type Span = readonly [number, number];

/** One attribution as the scorer compares it: content, source and cue spans, and the words. */
export interface ScoredAttribution {
  readonly content: readonly Span[];
  readonly source: readonly Span[];
  /** The gold source's words, or the system source's name. */
  readonly sourceText: string | null;
  readonly cue: readonly Span[];
  readonly cueText: string | null;
}

/** The detection and accuracy figures of `score_polnear.py`. */
export interface AttributionScores {
  readonly docs: number;
  readonly gold: number;
  readonly system: number;
  /** Precision, recall and F1 of content spans, rounded to three places. */
  readonly detection: readonly [number, number, number];
  readonly sourceAccuracy: number;
  readonly cueAccuracy: number;
}

interface BratSpan {
  readonly kind: string;
  readonly parts: Span[];
  readonly text: string;
}

/** Reads the attributions of a brat `.ann` file (T spans tied together by E lines), as `score_polnear.py` does. */
export function parseBrat(ann: string): ScoredAttribution[] {
  const spans = new Map<string, BratSpan>();
  const rels: Record<string, string>[] = [];
  for (const line of ann.split(/\r\n|\n|\r/)) {
    if (line.startsWith('T')) {
      const [tid = '', mid = '', text = ''] = line.split('\t');
      const cut = mid.indexOf(' ');
      const parts = mid
        .slice(cut + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number) as unknown as Span);
      spans.set(tid, { kind: mid.slice(0, cut), parts, text });
    } else if (line.startsWith('E')) {
      const body = line.split('\t')[1] ?? '';
      rels.push(
        Object.fromEntries(
          body
            .split(/\s+/)
            .filter(Boolean)
            .map((r) => r.split(':') as [string, string]),
        ),
      );
    }
  }
  const out: ScoredAttribution[] = [];
  for (const r of rels) {
    const content = ['Content', 'Content2'].flatMap((k) => (r[k] ? (spans.get(r[k])?.parts ?? []) : []));
    if (content.length === 0) continue;
    const src = spans.get(r.Source ?? '');
    const cue = spans.get(r.Cue ?? '');
    out.push({
      content,
      source: src?.parts ?? [],
      sourceText: src?.text ?? null,
      cue: cue?.parts ?? [],
      cueText: cue?.text ?? null,
    });
  }
  return out;
}

interface SpanLike {
  readonly start: number;
  readonly end: number;
}

/**
 * An extraction's attributions at offsets in the raw text the document came from, moved as
 * `score_polnear.py` moves them: by where the document's text sits in the raw file, or not at all when
 * ingest tidied the text (trailing spaces) so it no longer sits there. The reference reads `extract --json`
 * this way, so ours does too: one measure, not two.
 */
export function systemAttributions(extraction: Extraction, raw: string): ScoredAttribution[] {
  const text = extraction.document.text;
  const shift = text ? Math.max(raw.indexOf(text), 0) : 0;
  const at = (x: SpanLike | null | undefined): Span[] => (x ? [[x.start + shift, x.end + shift]] : []);
  return extraction.attributions.flatMap((a) => {
    if (!a.content) return [];
    return [
      {
        content: at(a.content),
        source: at(a.source.mention),
        sourceText: a.source.name ?? null,
        cue: at(a.cueSpan),
        cueText: a.cue ?? null,
      },
    ];
  });
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Whether two span lists overlap at all, or (with `frac`) by at least that share of the shorter. */
function spansOverlap(xs: readonly Span[], ys: readonly Span[], frac = 0): boolean {
  let tot = 0;
  for (const x of xs) for (const y of ys) tot += overlap(x, y);
  if (frac === 0) return tot > 0;
  const len = (zs: readonly Span[]) => zs.reduce((n, [s, e]) => n + e - s, 0);
  const lx = len(xs);
  const ly = len(ys);
  return lx > 0 && ly > 0 && tot >= frac * Math.min(lx, ly);
}

/** Lower case, punctuation as spaces, spaces collapsed: Python's `\w` taken as Unicode letters, digits and _. */
function norm(s: string | null): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Maximum bipartite matching by augmenting paths, in the same order as the Python scorer: right -> left. */
function maxMatching(
  nLeft: number,
  nRight: number,
  ok: (i: number, j: number) => boolean,
): Map<number, number> {
  const adj: number[][] = [];
  for (let i = 0; i < nLeft; i++) {
    const row: number[] = [];
    for (let j = 0; j < nRight; j++) if (ok(i, j)) row.push(j);
    adj.push(row);
  }
  const owner = new Map<number, number>();
  const aug = (i: number, seen: Set<number>): boolean => {
    for (const j of adj[i] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      const o = owner.get(j);
      if (o === undefined || aug(o, seen)) {
        owner.set(j, i);
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < nLeft; i++) aug(i, new Set());
  return owner;
}

/** Counts of one document's comparison. */
export interface AttributionCounts {
  tp: number;
  fp: number;
  fn: number;
  sourceOk: number;
  cueOk: number;
}

/** Whether a matched system attribution names the gold source (or none where gold has none). */
function sourceRight(g: ScoredAttribution, s: ScoredAttribution): boolean {
  if (g.source.length === 0) return s.source.length === 0;
  if (s.source.length > 0 && spansOverlap(g.source, s.source)) return true;
  if (!s.sourceText) return false;
  const a = norm(s.sourceText);
  const b = norm(g.sourceText);
  return a.includes(b) || b.includes(a);
}

function cueRight(g: ScoredAttribution, s: ScoredAttribution): boolean {
  if (s.cue.length > 0 && g.cue.length > 0 && spansOverlap(g.cue, s.cue)) return true;
  if (!s.cueText || !g.cueText) return false;
  const a = norm(s.cueText);
  const b = norm(g.cueText);
  return a.includes(b) || b.includes(a);
}

/** Adds one document's gold and system attributions to the running counts. */
export function countDocument(
  gold: readonly ScoredAttribution[],
  system: readonly ScoredAttribution[],
  into: AttributionCounts,
): void {
  const owner = maxMatching(gold.length, system.length, (i, j) =>
    spansOverlap((gold[i] as ScoredAttribution).content, (system[j] as ScoredAttribution).content, 0.5),
  );
  into.tp += owner.size;
  into.fp += system.length - owner.size;
  into.fn += gold.length - owner.size;
  for (const [j, i] of owner) {
    const g = gold[i] as ScoredAttribution;
    const s = system[j] as ScoredAttribution;
    if (sourceRight(g, s)) into.sourceOk += 1;
    if (cueRight(g, s)) into.cueOk += 1;
  }
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The figures from the summed counts of `docs` documents. */
export function attributionScores(c: AttributionCounts, docs: number): AttributionScores {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return {
    docs,
    gold: c.tp + c.fn,
    system: c.tp + c.fp,
    detection: [r3(p), r3(r), r3(f)],
    sourceAccuracy: c.tp ? r3(c.sourceOk / c.tp) : 0,
    cueAccuracy: c.tp ? r3(c.cueOk / c.tp) : 0,
  };
}

/** The scores as `score_polnear.py` prints them, and the flat reading's on a second line when given. */
export function attributionScoresText(s: AttributionScores & { readonly flat?: AttributionScores }): string {
  const [p, r, f] = s.detection;
  const flat = s.flat
    ? `flat, as PolNeAR annotates (one attribution per token): ${attributionScoresText(s.flat)}`
    : '';
  return `docs=${s.docs} gold=${s.gold} system=${s.system} detection P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} source_acc=${s.sourceAccuracy} cue_acc=${s.cueAccuracy}\n${flat}`;
}
