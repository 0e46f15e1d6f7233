// Look-ups by text offset that every pass makes many times (which attribution holds this word, which
// token starts here, which sentence holds this offset), answered in logarithmic time so that no pass
// costs attributions x attributions or claims x tokens on a long document.

/** What the index needs of an attribution: where its reported words lie and where its cue starts. */
export interface ContentSpan {
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly cueStart: number;
}

/**
 * A segment tree over the reported words of attributions: which of them hold an offset, and the
 * innermost one, without a pass over all of them. Built once; content that later shrinks (never grows)
 * is still found, so callers filter with the current bounds.
 */
export class SpanIndex<T extends ContentSpan> {
  private readonly cuts: number[];
  private readonly lists: (number[] | undefined)[];
  private readonly best: number[];
  private readonly spans: readonly T[];
  private readonly size: number;

  constructor(spans: readonly T[]) {
    this.spans = spans;
    const cuts = new Set<number>();
    for (const s of spans)
      if (s.contentStart < s.contentEnd) {
        cuts.add(s.contentStart);
        cuts.add(s.contentEnd);
      }
    this.cuts = [...cuts].sort((a, b) => a - b);
    this.size = Math.max(1, this.cuts.length - 1);
    this.lists = new Array(4 * this.size);
    // A plain array: a typed one of more than 64 bytes is allocated outside the heap, which cost more than
    // the whole build of the few spans a document has (four or five builds a document).
    this.best = new Array(4 * this.size).fill(-1);
    spans.forEach((s, i) => {
      if (s.contentStart >= s.contentEnd) return;
      const lo = this.slot(s.contentStart);
      const hi = this.slot(s.contentEnd) - 1;
      if (lo <= hi) this.insert(1, 0, this.size - 1, lo, hi, i);
    });
  }

  /** The innermost span holding an offset: the shortest, then the one whose cue stands last, then the first. */
  innermost(offset: number): T | undefined {
    let found = -1;
    this.walk(offset, (node) => {
      const b = this.best[node] ?? -1;
      if (b >= 0 && (found < 0 || this.better(b, found))) found = b;
    });
    return found < 0 ? undefined : this.spans[found];
  }

  /** Every span holding an offset (its content starts at or before it and ends after it), in input order. */
  holding(offset: number): T[] {
    const found: number[] = [];
    this.walk(offset, (node) => {
      for (const i of this.lists[node] ?? []) found.push(i);
    });
    found.sort((a, b) => a - b);
    const out: T[] = [];
    for (const i of found) {
      const s = this.spans[i] as T;
      if (s.contentStart <= offset && offset < s.contentEnd) out.push(s);
    }
    return out;
  }

  /** The slot whose cut is the last at or before an offset (-1 before the first cut). */
  private slot(offset: number): number {
    let lo = 0;
    let hi = this.cuts.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cuts[mid] as number) <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  private insert(node: number, l: number, r: number, lo: number, hi: number, i: number): void {
    if (hi < l || r < lo) return;
    if (lo <= l && r <= hi) {
      const list = this.lists[node];
      if (list) list.push(i);
      else this.lists[node] = [i];
      const b = this.best[node] ?? -1;
      if (b < 0 || this.better(i, b)) this.best[node] = i;
      return;
    }
    const mid = (l + r) >> 1;
    this.insert(2 * node, l, mid, lo, hi, i);
    this.insert(2 * node + 1, mid + 1, r, lo, hi, i);
  }

  private walk(offset: number, visit: (node: number) => void): void {
    const s = this.slot(offset);
    if (s < 0 || s >= this.cuts.length - 1) return;
    let node = 1;
    let l = 0;
    let r = this.size - 1;
    for (;;) {
      visit(node);
      if (l === r) return;
      const mid = (l + r) >> 1;
      if (s <= mid) {
        node = 2 * node;
        r = mid;
      } else {
        node = 2 * node + 1;
        l = mid + 1;
      }
    }
  }

  private better(i: number, j: number): boolean {
    const a = this.spans[i] as T;
    const b = this.spans[j] as T;
    const la = a.contentEnd - a.contentStart;
    const lb = b.contentEnd - b.contentStart;
    if (la !== lb) return la < lb;
    if (a.cueStart !== b.cueStart) return a.cueStart > b.cueStart;
    return i < j;
  }
}

const indexes = new WeakMap<readonly ContentSpan[], { length: number; index: SpanIndex<ContentSpan> }>();

/**
 * The index of an array of spans, built on first use and kept while the array keeps its length, so a
 * pass that asks many times for the same attributions builds it once.
 */
export function spanIndexOf<T extends ContentSpan>(spans: readonly T[]): SpanIndex<T> {
  const cached = indexes.get(spans);
  if (cached && cached.length === spans.length) return cached.index as unknown as SpanIndex<T>;
  const index = new SpanIndex(spans);
  indexes.set(spans, { length: spans.length, index: index as unknown as SpanIndex<ContentSpan> });
  return index;
}

/** The index of the token that starts at an offset, or -1: a binary search over tokens in text order. */
export function tokenStartingAt(tokens: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (tokens[mid] as { start: number }).start;
    if (s === offset) {
      // Equal starts (never in practice): the first, as a linear search would find it.
      let k = mid;
      while (k > 0 && (tokens[k - 1] as { start: number }).start === offset) k--;
      return k;
    }
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The sentence that holds an offset (start <= offset < end), by binary search over sentences in text order. */
export function sentenceHolding<S extends { readonly start: number; readonly end: number }>(
  sentences: readonly S[],
  offset: number,
): S | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as S;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

const reports = new WeakMap<readonly ReportSpan[], { length: number; groups: Map<string, ReportSpan[]> }>();

/** What grouping needs of an attribution: where its cue and its reported words start. */
export interface ReportSpan {
  readonly cueStart: number;
  readonly contentStart: number;
}

/**
 * The spans that share a cue and reported words with one span ("Moscow and Pyongyang denied": one report,
 * two speakers), itself included, in input order; grouped once per array.
 */
export function sameReport<T extends ReportSpan>(spans: readonly T[], one: T): T[] {
  let cached = reports.get(spans);
  if (!cached || cached.length !== spans.length) {
    const groups = new Map<string, ReportSpan[]>();
    for (const s of spans) {
      const key = `${s.cueStart}|${s.contentStart}`;
      const group = groups.get(key);
      if (group) group.push(s);
      else groups.set(key, [s]);
    }
    cached = { length: spans.length, groups };
    reports.set(spans, cached);
  }
  return (cached.groups.get(`${one.cueStart}|${one.contentStart}`) ?? []) as T[];
}

/** The first quote whose opening token is `token`, by binary search over quotes in text order. */
export function quoteOpeningAt<Q extends { readonly openToken: number }>(
  quotes: readonly Q[],
  token: number,
): Q | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid] as Q;
    if (q.openToken < token) lo = mid + 1;
    else if (q.openToken > token) hi = mid - 1;
    else return q;
  }
  return undefined;
}

/** The quote that holds a stretch strictly inside its marks, by binary search (quotes follow each other, never overlap). */
export function quoteAround<Q extends { readonly open: number; readonly close: number }>(
  quotes: readonly Q[],
  start: number,
  end: number,
): Q | undefined {
  // The last quote opening before `start` is the only one that can hold it.
  let lo = 0;
  let hi = quotes.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as Q).open < start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const q = quotes[at];
  return q && end < q.close ? q : undefined;
}

/**
 * Who spoke in which sentence, kept up to date as attributions are appended: "did the last person named
 * speak in this sentence" without a pass over every attribution found so far.
 */
export class SpeakersBySentence {
  private readonly seen = new Map<number, Set<string | null>>();
  private counted = 0;

  constructor(
    private readonly sentences: readonly {
      readonly i: number;
      readonly start: number;
      readonly end: number;
    }[],
    private readonly attrs: readonly {
      readonly cueStart: number;
      readonly source: { readonly entity: string | null };
    }[],
  ) {}

  /** Whether an attribution with this speaker has its cue in the sentence. */
  spoke(sentence: number, entity: string | null): boolean {
    for (; this.counted < this.attrs.length; this.counted++) {
      const a = this.attrs[this.counted];
      const s = a && sentenceHolding(this.sentences, a.cueStart);
      if (!a || !s) continue;
      let set = this.seen.get(s.i);
      if (!set) {
        set = new Set();
        this.seen.set(s.i, set);
      }
      set.add(a.source.entity);
    }
    return this.seen.get(sentence)?.has(entity) ?? false;
  }
}

/** The first mention that starts at or after `start`, ends by `end` and passes a test; mentions in text order. */
export function mentionWithin<M extends { readonly start: number; readonly end: number }>(
  mentions: readonly M[],
  start: number,
  end: number,
  test: (m: M) => boolean,
): M | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as M).start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i] as M;
    if (m.start >= end) break;
    if (m.end <= end && test(m)) return m;
  }
  return undefined;
}

/**
 * How many drafts a story-wide guess (the pair a story reports most) looks back over: more than any
 * article makes, and a bound that keeps a document of many stories linear.
 */
export const STORY_REACH = 400;

/**
 * How far back (in characters) an answer looks for the claims it answers: a long article's worth. A
 * document longer than that is many stories, and an answer answers what was told near it.
 */
export const ANSWER_REACH = 20_000;

/** Claims by where their evidence starts, to find those in a stretch of text without a pass over all of them. */
export class EvidenceIndex<C extends { readonly evidence: { readonly start: number } }> {
  private readonly order: number[];

  constructor(private readonly claims: readonly C[]) {
    this.order = claims.map((_, i) => i).sort((x, y) => this.startOf(x) - this.startOf(y) || x - y);
  }

  /** The claims whose evidence starts in [from, to), in input order. */
  within(from: number, to: number): C[] {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.startOf(this.order[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.order.length && this.startOf(this.order[i] as number) < to; i++)
      found.push(this.order[i] as number);
    return found.sort((x, y) => x - y).map((i) => this.claims[i] as C);
  }

  private startOf(i: number): number {
    return (this.claims[i] as C).evidence.start;
  }
}

/**
 * The latest item (in input order) whose key is below a bound, for many bounds: "the last outlet cited
 * before this cue" without a pass over all outlets for each cue.
 */
export class LatestBefore<T> {
  private readonly keys: number[];
  private readonly latest: number[];

  constructor(
    private readonly items: readonly T[],
    keyOf: (item: T) => number,
  ) {
    const order = items.map((_, i) => i).sort((x, y) => keyOf(items[x] as T) - keyOf(items[y] as T));
    this.keys = order.map((i) => keyOf(items[i] as T));
    this.latest = [];
    let best = -1;
    for (const i of order) {
      best = Math.max(best, i);
      this.latest.push(best);
    }
  }

  /** The latest item whose key is strictly below `bound`. */
  get(bound: number): T | undefined {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.keys[mid] as number) < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : this.items[this.latest[lo - 1] as number];
  }
}

/** The offset after the last line break in [from, at), or `from`: a search that never leaves the stretch. */
export function lineStartIn(text: string, from: number, at: number): number {
  for (let p = Math.min(at, text.length) - 1; p >= from; p--) if (text.charCodeAt(p) === 10) return p + 1;
  return from;
}

/** The offset of the first line break in [from, to), or `to`: a search that never leaves the stretch. */
export function lineEndIn(text: string, from: number, to: number): number {
  const stop = Math.min(to, text.length);
  for (let p = from; p < stop; p++) if (text.charCodeAt(p) === 10) return p;
  return to;
}
