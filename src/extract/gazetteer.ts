import type { WeaponClass } from '../domain/extraction.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Token } from './text.js';

/** How a gazetteer phrase names its entity. */
export type Form = 'name' | 'adjective' | 'demonym' | 'capital' | 'seat';

/** What a matched phrase stands for. */
export type Hit =
  | { readonly kind: 'country'; readonly id: string; readonly form: Form }
  | { readonly kind: 'outlet'; readonly id: string }
  | { readonly kind: 'body'; readonly id: string; readonly bodyKind: 'igo' | 'organization' | 'group' }
  | { readonly kind: 'person'; readonly id: string }
  | { readonly kind: 'weapon'; readonly id: string; readonly cls: WeaponClass }
  | { readonly kind: 'term'; readonly cls: WeaponClass };

/** A phrase found in the text: token range, offsets and what it names. */
export interface Match {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly hit: Hit;
}

interface Entry {
  readonly hit: Hit;
  /** The phrase's units as written, for the case check; null when any case matches. */
  readonly cased: string | null;
}

interface Node {
  next: Map<string, Node> | undefined;
  entries: Entry[] | undefined;
  /** Whether any entry is cased: set once at build, so a match never scans the entries for it. */
  cased: boolean;
}

interface Unit {
  readonly text: string;
  readonly lower: string;
  readonly token: number;
  /** A barrier before this unit ends any phrase (a comma, a quote, a spaced dash). */
  readonly barrier: boolean;
}

const UNIT = /[\p{L}\p{N}]+/gu;
const WORD = /^[A-Za-z0-9]+$/;
const SOFT_PUNCT = /^[.\-‐‑–'’/&]$/;
const PRIORITY: Record<Hit['kind'], number> = {
  person: 0,
  outlet: 1,
  body: 2,
  weapon: 3,
  country: 4,
  term: 5,
};

/** A trie of every gazetteer phrase, matched over alphanumeric units of the tokens. */
export class Gazetteer {
  private readonly root: Node = { next: undefined, entries: undefined, cased: false };

  constructor(kb: Knowledge) {
    for (const c of kb.countries) {
      for (const n of [c.name, c.formal, ...c.aliases])
        this.add(n, { kind: 'country', id: c.iso3, form: 'name' });
      for (const n of c.adjectives) this.add(n, { kind: 'country', id: c.iso3, form: 'adjective' });
      for (const n of c.demonyms) this.add(n, { kind: 'country', id: c.iso3, form: 'demonym' });
      for (const n of c.capitals) this.add(n, { kind: 'country', id: c.iso3, form: 'capital' });
      for (const n of c.seats) this.add(n, { kind: 'country', id: c.iso3, form: 'seat' });
    }
    for (const o of kb.outlets)
      for (const n of [o.name, ...o.aliases]) this.add(n, { kind: 'outlet', id: o.id });
    for (const b of kb.bodies) {
      for (const n of [b.name, ...b.aliases]) this.add(n, { kind: 'body', id: b.id, bodyKind: b.kind });
    }
    for (const p of kb.people)
      for (const n of [p.name, ...p.aliases]) this.add(n, { kind: 'person', id: p.id });
    for (const w of kb.weapons) {
      for (const n of [w.name, ...w.aliases]) {
        this.add(n, { kind: 'weapon', id: w.id, cls: w.class });
        this.add(`${n}s`, { kind: 'weapon', id: w.id, cls: w.class });
      }
    }
    for (const t of kb.weaponTerms) for (const n of t.phrases) this.add(n, { kind: 'term', cls: t.class });
  }

  private add(phrase: string, hit: Hit): void {
    // "The National", "The Hill": a one-word outlet name needs its article, or any "national" would match.
    const keepThe = hit.kind === 'outlet' && /^The \S+$/.test(phrase);
    const units = (keepThe ? phrase : phrase.replace(/^the\s+/i, '')).match(UNIT);
    if (!units || units.length === 0) return;
    let node = this.root;
    for (const u of units) {
      node.next ??= new Map();
      const key = u.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = { next: undefined, entries: undefined, cased: false };
        node.next.set(key, child);
      }
      node = child;
    }
    const cased = /\p{Lu}/u.test(phrase) ? units.join(' ') : null;
    node.entries ??= [];
    if (!node.entries.some((e) => sameHit(e.hit, hit) && e.cased === cased)) {
      node.entries.push({ hit, cased });
      if (cased !== null) node.cased = true;
    }
  }

  /** Finds the longest phrase at each position, left to right, without overlaps. */
  match(tokens: readonly Token[]): Match[] {
    const units = toUnits(tokens);
    const out: Match[] = [];
    let i = 0;
    while (i < units.length) {
      const best = this.longestAt(units, i);
      if (best) {
        const a = units[i] as Unit;
        const b = units[best.end] as Unit;
        const ta = tokens[a.token] as Token;
        const tb = tokens[b.token] as Token;
        out.push({ first: a.token, last: b.token, start: ta.start, end: tb.end, hit: best.hit });
        i = best.end + 1;
        // A phrase ends at a token boundary: skip the rest of a token it ended inside.
        while (i < units.length && (units[i] as Unit).token === b.token) i++;
      } else {
        const tok = (units[i] as Unit).token;
        i++;
        while (i < units.length && (units[i] as Unit).token === tok) i++;
      }
    }
    return out;
  }

  private longestAt(units: readonly Unit[], i: number): { end: number; hit: Hit } | undefined {
    // Phrases start at a token's first unit.
    const u0 = units[i] as Unit;
    if (i > 0 && (units[i - 1] as Unit).token === u0.token) return undefined;
    let node: Node | undefined = this.root;
    let best: { end: number; hit: Hit } | undefined;
    for (let j = i; j < units.length && node; j++) {
      const u = units[j] as Unit;
      if (j > i && u.barrier) break;
      node = node.next?.get(u.lower);
      if (!node?.entries) continue;
      // Only accept a phrase that ends at a token boundary.
      const nextUnit = units[j + 1];
      if (nextUnit && nextUnit.token === u.token) continue;
      // The case check needs the words as written; build them only when an entry is cased.
      const written = node.cased ? joinUnits(units, i, j) : '';
      const hit = pick(node.entries, written);
      if (hit) best = { end: j, hit };
    }
    return best;
  }
}

function joinUnits(units: readonly Unit[], i: number, j: number): string {
  let out = (units[i] as Unit).text;
  for (let k = i + 1; k <= j; k++) out += ` ${(units[k] as Unit).text}`;
  return out;
}

function pick(entries: readonly Entry[], written: string): Hit | undefined {
  let best: Hit | undefined;
  for (const e of entries) {
    if (e.cased !== null && !caseFits(e.cased, written)) continue;
    if (!best || PRIORITY[e.hit.kind] < PRIORITY[best.kind]) best = e.hit;
  }
  return best;
}

function caseFits(cased: string, written: string): boolean {
  if (cased === written) return true;
  if (written === written.toUpperCase() && written.length > 3) return true;
  // Plural forms added for weapons end in a lower-case "s".
  return cased.endsWith('s') && cased.slice(0, -1) === written.slice(0, -1);
}

function sameHit(a: Hit, b: Hit): boolean {
  return a.kind === b.kind && ('id' in a ? a.id : a.cls) === ('id' in b ? b.id : b.cls);
}

function toUnits(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  let barrier = true;
  for (const t of tokens) {
    // Most tokens are one plain word: no regular expression needed for them.
    if (WORD.test(t.text)) {
      units.push({ text: t.text, lower: t.lower, token: t.i, barrier });
      barrier = false;
      continue;
    }
    const runs = t.text.match(UNIT);
    if (!runs) {
      if (t.spaced || !SOFT_PUNCT.test(t.text)) barrier = true;
      continue;
    }
    runs.forEach((r, k) => {
      units.push({ text: r, lower: r.toLowerCase(), token: t.i, barrier: k === 0 && barrier });
    });
    barrier = false;
  }
  return units;
}

const cache = new WeakMap<Knowledge, Gazetteer>();

/** The gazetteer for a knowledge base, built once. */
export function gazetteerFor(kb: Knowledge): Gazetteer {
  let g = cache.get(kb);
  if (!g) {
    g = new Gazetteer(kb);
    cache.set(kb, g);
  }
  return g;
}
