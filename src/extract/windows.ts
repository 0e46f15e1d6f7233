// A long document read a window at a time: each window (a stretch of paragraphs) is parsed and read by
// every pass, with some paragraphs before it and after it as context, and only what falls inside the
// window itself is kept; then its parse is dropped. Memory is bounded by the window, not the document,
// and the passes' work by what one window holds. A window starts and ends at a paragraph break, so it
// cuts no sentence; the context lets quotes, speakers and answers that cross the break be read as in the
// whole document. The document-level results are joined here, on compact per-window results: the
// outlet, the document-level attributions (from the first window, as the whole document finds them),
// attribution ids and parents, claim chains, entities and their mentions.
import type { SourceDocument } from '../domain/document.js';
import type { Attribution, Claim, Entity, Extraction } from '../domain/extraction.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Attr } from './attributions.js';
import { Budget, cutAt, type ExtractBudget } from './budget.js';
import { betweenWindows } from './collect.js';
import { attributionOut, extractPart, type Part, withSpeakers } from './index.js';
import { hardWrapped } from './text.js';

/** The longest text read whole; a longer one is read in windows of about this size. */
export const WINDOW_CHARS = 160_000;

/** How a document is cut: window size and the context read before and after each window. */
export interface WindowSizes {
  readonly window: number;
  /** Context before a window: more than an answer looks back (ANSWER_REACH). */
  readonly lead: number;
  /** Context after a window: a quote or a speaker that closes a paragraph later. */
  readonly trail: number;
}

const SIZES: WindowSizes = { window: WINDOW_CHARS, lead: 24_000, trail: 8_000 };

/** An attribution of a window, with offsets into the document, and whom it hangs from. */
interface Placed {
  readonly key: string;
  readonly attr: Attr;
  /** The key of its parent, or DOC for the document level (or none when the document has none). */
  readonly parent: string;
  /** Whether it lies in its window's own part (else it was read in the context and is kept when needed). */
  readonly own: boolean;
}

const DOC = '';
const NO_CHAIN: string[] = [];

/** The cue of a document-level report ("NV reports citing Ukrinform"); a dateline's cue is the outlet's name. */
const REPORTS = /^(reports|reported|writes|informs|says)$/i;

/** What the windows have kept so far. */
interface Joined {
  docLevel: Attr[];
  /** Whether the document level is a report's own words ("reports citing"), not a dateline. */
  citing: boolean;
  readonly placed: Placed[];
  /** The kept claims, their ids, sources and chains set once all windows are read. */
  readonly claims: Claim[];
  /** The key of each kept claim's source. */
  readonly sources: (string | null)[];
  readonly entities: Map<string, Entity>;
  readonly warnings: Map<string, number>;
  outlet: string | null;
  stoppedAt: number | null;
  /**
   * The latest attribution whose words run to the end of the text ("gave the following answer:"): what
   * later windows find outside any other attribution is its.
   */
  open: string | null;
  readonly openKeys: Set<string>;
}

/**
 * Extracts a document window by window (see the file comment), with the same contract output as a whole
 * reading; `sizes` is for tests.
 */
export function extractInWindows(
  doc: SourceDocument,
  kb: Knowledge,
  options: ExtractBudget = {},
  now: () => number = () => performance.now(),
  sizes: WindowSizes = SIZES,
): Extraction {
  const read = cutAt(doc.text, options.maxChars);
  const text = read === doc.text.length ? doc.text : doc.text.slice(0, read);
  const wrapped = hardWrapped(text);
  const deadline = options.budgetMs === undefined ? Number.POSITIVE_INFINITY : now() + options.budgetMs;
  const joined: Joined = {
    docLevel: [],
    citing: false,
    placed: [],
    claims: [],
    sources: [],
    entities: new Map(),
    warnings: new Map(),
    outlet: doc.outlet,
    stoppedAt: null,
    open: null,
    openKeys: new Set(),
  };
  const collect = betweenWindows();
  for (let start = 0; start < text.length; ) {
    const end = boundaryBefore(text, start + sizes.window, start + Math.floor(sizes.window / 2));
    const from = start === 0 ? 0 : boundaryBefore(text, start - sizes.lead, start - 2 * sizes.lead);
    const to = boundaryAfter(text, end + sizes.trail, end + 2 * sizes.trail);
    const left = deadline - now();
    if (left <= 0) {
      joined.stoppedAt = start;
      break;
    }
    const budget = new Budget(deadline === Number.POSITIVE_INFINITY ? undefined : Math.ceil(left), now);
    const part = extractPart({ ...doc, outlet: joined.outlet }, text.slice(from, to), kb, budget, wrapped);
    keep(joined, part, { from, start, end, to }, text);
    if (part.stopped) {
      joined.stoppedAt = from + part.stopped.start;
      break;
    }
    start = end;
    collect();
  }
  // The last windows' garbage goes before the output is built beside what the windows kept.
  collect('now');
  return assemble(doc, text, read, joined, options);
}

/** Keeps what a window read in its own part [start, end), its offsets moved by `from`. */
function keep(
  joined: Joined,
  part: Part,
  { from, start, end, to }: { from: number; start: number; end: number; to: number },
  text: string,
): void {
  const length = text.length;
  joined.outlet ??= part.outlet;
  const own = (at: number) => at >= start && at < end;
  const byId = new Map(part.attrs.map((a) => [a.id, a]));
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const a of part.attrs) {
    let key = `${a.cueStart + from}|${a.cueEnd + from}|${a.source.name}|${a.mode}`;
    for (let n = 2; used.has(key); n++) key = `${key.split('#')[0]}#${n}`;
    used.add(key);
    keys.set(a.id, key);
  }
  // The document level is the first one a window finds in its own part ("NV reports citing Ukrinform"),
  // or the first window's dateline: the whole document takes the first it finds, and a dateline at its start.
  const docLevel = (a: Attr | undefined) => a?.documentLevel === true;
  const found = part.attrs.filter(docLevel);
  const citing = found[0] !== undefined && REPORTS.test(found[0].cue);
  if (
    found[0] &&
    (joined.docLevel.length === 0 || (citing && !joined.citing)) &&
    (from === 0 || (citing && own(found[0].cueStart + from)))
  ) {
    joined.docLevel = found.map((a) => ({ ...moved(a, from), contentStart: 0, contentEnd: length }));
    joined.citing = citing;
  }
  const parentOf = (a: Attr) => {
    const p = a.parent ? byId.get(a.parent) : undefined;
    return !p || docLevel(p) ? DOC : (keys.get(p.id) ?? DOC);
  };
  // What the kept attributions and claims hang from, when it was read in the context.
  const wanted = new Set<string>();
  const kept: Placed[] = [];
  for (const a of part.attrs) {
    if (a.documentLevel || !own(a.cueStart + from)) continue;
    const parent = parentOf(a) === DOC ? (joined.open ?? DOC) : parentOf(a);
    const placed = { key: keys.get(a.id) ?? '', attr: moved(a, from), parent, own: true };
    kept.push(placed);
    wanted.add(placed.parent);
  }
  for (const c of part.claims) {
    if (!own(c.evidence.start + from)) continue;
    const src = c.source ? byId.get(c.source) : undefined;
    const source = !src ? joined.open : docLevel(src) ? null : (keys.get(src.id) ?? null);
    if (source) wanted.add(source);
    const evidence = { ...c.evidence, start: c.evidence.start + from, end: c.evidence.end + from };
    // The window's chain is dropped: chains are drawn over the joined parents.
    joined.claims.push({ ...c, evidence, chain: NO_CHAIN });
    joined.sources.push(source);
  }
  // Context attributions something kept hangs from, and their own parents in turn.
  const context = part.attrs.filter((a) => !a.documentLevel && !own(a.cueStart + from));
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of context) {
      const key = keys.get(a.id) ?? '';
      if (!wanted.has(key) || kept.some((p) => p.key === key)) continue;
      kept.push({ key, attr: moved(a, from), parent: parentOf(a), own: false });
      wanted.add(parentOf(a));
      grew = true;
    }
  }
  joined.placed.push(...kept);
  // Words that run to the end of the window run on to the end of the document, as the whole reads them.
  const last = trimmedEnd(text, to);
  if (to < length)
    for (const p of kept)
      if (p.own && p.attr.contentEnd >= last) {
        joined.open = p.key;
        joined.openKeys.add(p.key);
      }
  keepEntities(joined, part, own, from);
}

/** The mentions in a window's own part, joined by entity, and the parser's warnings with their counts summed. */
function keepEntities(joined: Joined, part: Part, own: (at: number) => boolean, from: number): void {
  for (const e of part.entities) {
    const mentions = e.mentions
      .filter((m) => own(m.start + from))
      .map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
    if (mentions.length === 0) continue;
    const known = joined.entities.get(e.id);
    if (known) known.mentions.push(...mentions);
    else joined.entities.set(e.id, { ...e, mentions });
  }
  for (const w of part.warnings) {
    const n = /^(\d+) /.exec(w);
    const rest = n ? w.slice(n[0].length) : w;
    joined.warnings.set(rest, (joined.warnings.get(rest) ?? 0) + (n ? Number(n[1]) : 0));
  }
}

/** An attribution with its offsets moved by `by`. */
function moved(a: Attr, by: number): Attr {
  const m = a.source.mention;
  return {
    ...a,
    cueStart: a.cueStart + by,
    cueEnd: a.cueEnd + by,
    contentStart: a.contentStart + by,
    contentEnd: a.contentEnd + by,
    source: m ? { ...a.source, mention: { ...m, start: m.start + by, end: m.end + by } } : a.source,
  };
}

/** The contract output of the joined windows: ids numbered across windows, chains over the joined parents. */
function assemble(
  doc: SourceDocument,
  text: string,
  read: number,
  joined: Joined,
  options: ExtractBudget,
): Extraction {
  const ownKeys = new Set(joined.placed.filter((p) => p.own).map((p) => p.key));
  // The contract's attributions are built straight from the kept ones: no third copy of each is held.
  const attrs: Attribution[] = [];
  const ids = new Map<string, string>();
  const id = () => `a${attrs.length + 1}`;
  for (let i = 0; i < joined.docLevel.length; i++) {
    const a = joined.docLevel[i] as Attr;
    attrs.push(attributionOut({ ...a, id: id(), parent: i > 0 ? `a${i}` : null }, text));
  }
  const docInner = attrs[attrs.length - 1]?.id ?? null;
  const placed = joined.placed.filter((p) => {
    if (ids.has(p.key) || (!p.own && ownKeys.has(p.key))) return false;
    ids.set(p.key, `a${attrs.length + 1 + ids.size}`);
    return true;
  });
  const last = trimmedEnd(text, text.length);
  for (const p of placed) {
    const parent = p.parent === DOC ? docInner : (ids.get(p.parent) ?? docInner);
    const contentEnd = joined.openKeys.has(p.key) ? last : p.attr.contentEnd;
    attrs.push(attributionOut({ ...p.attr, id: ids.get(p.key) ?? id(), parent, contentEnd }, text));
  }
  joined.placed.length = 0;
  const byId = new Map(attrs.map((a) => [a.id, a]));
  const outlet = joined.outlet;
  // Each chain is laid out at its length: a long document's chains run deep, and there is one per source.
  const chainOf = (a: Attribution | undefined): string[] => {
    const path: Attribution[] = [];
    const seen = new Set<string>();
    for (let cur = a; cur && !seen.has(cur.id); cur = cur.parent ? byId.get(cur.parent) : undefined) {
      seen.add(cur.id);
      path.push(cur);
    }
    const root = path[path.length - 1]?.source.name;
    const lead = outlet && root?.toLowerCase() !== outlet.toLowerCase() ? 1 : 0;
    const names = new Array<string>(path.length + lead);
    if (lead === 1) names[0] = outlet as string;
    for (let k = 0; k < path.length; k++)
      names[lead + k] = (path[path.length - 1 - k] as Attribution).source.name;
    return names;
  };
  const docAttr = docInner ? byId.get(docInner) : undefined;
  // One chain per source, shared by its claims: a long document has tens of thousands of claims.
  const chains = new Map<string | null, string[]>();
  const claims = joined.claims;
  claims.forEach((c, i) => {
    const key = joined.sources[i] ?? null;
    const sid = key ? (ids.get(key) ?? null) : null;
    let chain = chains.get(sid);
    if (!chain) {
      chain = chainOf(sid ? byId.get(sid) : docAttr);
      chains.set(sid, chain);
    }
    c.id = `c${i + 1}`;
    c.source = sid;
    c.chain = chain;
  });
  const warnings = windowWarnings(doc, read, joined, options);
  return {
    schema: 'corroborate/extraction@1',
    document: {
      id: doc.id,
      published: doc.published,
      outlet,
      title: doc.title,
      url: doc.url,
      text: doc.text,
    },
    entities: withSpeakers([...joined.entities.values()], attrs),
    attributions: attrs,
    claims,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** The document's warnings, the parser's summed over the windows, and what the budget left unread. */
function windowWarnings(doc: SourceDocument, read: number, joined: Joined, options: ExtractBudget): string[] {
  const warnings = [...doc.warnings];
  for (const [rest, n] of joined.warnings) warnings.push(n > 0 ? `${n} ${rest}` : rest);
  if (read < doc.text.length)
    warnings.push(
      `extraction read the first ${read} of ${doc.text.length} characters (budget of ${options.maxChars})`,
    );
  if (joined.stoppedAt !== null)
    warnings.push(
      `extraction stopped after ${options.budgetMs} ms at character ${joined.stoppedAt} of ${doc.text.length}; claims after it were not read`,
    );
  return warnings;
}

/** Where the text before `at` ends, trailing white space left out. */
function trimmedEnd(text: string, at: number): number {
  let p = at;
  while (p > 0 && /\s/.test(text[p - 1] ?? '')) p--;
  return p;
}

/** The last paragraph break (else sentence end, else space) at or before `at` and after `floor`. */
function boundaryBefore(text: string, at: number, floor: number): number {
  if (at >= text.length) return text.length;
  if (at <= 0) return 0;
  const low = Math.max(0, floor);
  for (const mark of ['\n\n', '. ', ' ']) {
    const p = text.lastIndexOf(mark, at - mark.length);
    if (p >= low) return p + mark.length;
  }
  return at;
}

/** The first paragraph break (else sentence end, else space) at or after `at` and before `ceiling`. */
function boundaryAfter(text: string, at: number, ceiling: number): number {
  if (at >= text.length) return text.length;
  for (const mark of ['\n\n', '. ', ' ']) {
    const p = text.indexOf(mark, at);
    if (p >= 0 && p + mark.length <= ceiling) return p + mark.length;
  }
  return Math.min(text.length, ceiling);
}
