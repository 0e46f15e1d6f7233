/**
 * When a stance was taken: a recap tells old stances ("Minsk at first denied the reports, then admitted
 * sending drones", "In 2022 Tehran denied sending drones"). The stance is the verb that says, denies or
 * admits the event: a link of the event's own chain ("denied sending") or the verb that governs its
 * clause ("had denied that it sent"). Its date is one the text gives it; a recap marker or a past
 * perfect makes it retrospective, so that a recap published today does not count as a stance of today.
 */
import type { ClaimTime } from '../../domain/extraction.js';
import { englishPack } from '../../knowledge/en/index.js';
import { compilePatternSet, matchesAt } from '../pattern.js';
import type { NounChunk, SentenceSyntax, VerbGroup } from '../syntax/index.js';
import type { Parsed } from '../text.js';
import { dateOf } from '../time.js';

const RECAP = englishPack().statusCues.recap;
const RECAP_WORDS: ReadonlySet<string> = new Set(RECAP.words ?? []);
const RECAP_PATTERNS = compilePatternSet(RECAP.patterns ?? []);
const JOINS = englishPack().statusCues.stanceJoins;
const BREAKS: ReadonlySet<string> = new Set([...(JOINS.words ?? []), ...(JOINS.unless ?? [])]);

/** How many days before publication a dated stance is an old one, not the news of the day. */
const OLD_DAYS = 14;

function daysBefore(date: string, published: string): number {
  return (Date.parse(published.slice(0, 10)) - Date.parse(date.slice(0, 10))) / 86_400_000;
}

/** Chain meanings that take a stance on the event they lead to. */
const STANCES: ReadonlySet<string> = new Set(['denial', 'admission', 'report', 'refusal']);

/** When a claim's stance was taken, where the text says so. */
export interface StanceTime {
  /** The date the text gives the stance ("In 2022 Tehran denied"), ISO. */
  readonly stated?: string;
  /** Set when the stance is told as an old one (a recap), not as one taken at publication. */
  readonly retrospective?: true;
}

/** The stance verb of the event at `k`: its own group with a stance link, or the verb governing its clause. */
function stanceGroup(syntax: SentenceSyntax, k: number): { group: VerbGroup; chained: boolean } | null {
  const g = syntax.verbs.find((v) => v.head === k) ?? syntax.verbs.find((v) => v.first <= k && k <= v.last);
  if (g?.chain.some((l) => l.kind === 'catenative' && STANCES.has(l.meaning)))
    return { group: g, chained: true };
  let c = g === undefined ? innermost(syntax, k) : syntax.clauses[g.clause];
  for (let n = 0; c !== undefined && n <= syntax.clauses.length; n++) {
    if (c.kind === 'relative' || c.kind === 'reduced-relative' || c.kind === 'conditional') return null;
    if (c.kind === 'complement' && c.governor !== null) {
      const gov = syntax.verbs[c.governor];
      return gov === undefined ? null : { group: gov, chained: false };
    }
    c = c.parent === null ? undefined : syntax.clauses[c.parent];
  }
  return null;
}

function innermost(syntax: SentenceSyntax, k: number): SentenceSyntax['clauses'][number] | undefined {
  let best: SentenceSyntax['clauses'][number] | undefined;
  for (const c of syntax.clauses)
    if (c.first <= k && k <= c.last && (best === undefined || c.last - c.first < best.last - best.first))
      best = c;
  return best;
}

/** Where the stance's own words begin: back from its verb to a joining word, another verb or its clause's start. */
function stanceFirst(parsed: Parsed, syntax: SentenceSyntax, g: VerbGroup): number {
  const clause = syntax.clauses[g.clause];
  const floor = Math.max(syntax.first, clause?.first ?? syntax.first);
  let j = g.first;
  while (j > floor) {
    const t = parsed.tokens[j - 1];
    if (t === undefined || BREAKS.has(t.lower) || t.text === ';') break;
    if (syntax.verbs.some((v) => v !== g && v.first <= j - 1 && j - 1 <= v.last)) break;
    j--;
  }
  return j;
}

/** Where an answer's own words end: at a joining word ("but later admitted"), another verb or its clause's end. */
function stanceLast(parsed: Parsed, syntax: SentenceSyntax, g: VerbGroup): number {
  const last = Math.min(syntax.last, syntax.clauses[g.clause]?.last ?? syntax.last);
  let j = g.last;
  while (j < last) {
    const t = parsed.tokens[j + 1];
    if (t === undefined || BREAKS.has(t.lower) || t.text === ';') break;
    if (syntax.verbs.some((v) => v !== g && v.first <= j + 1 && j + 1 <= v.last)) break;
    j++;
  }
  return j;
}

/** Whether a recap marker stands in tokens [first, end) ("at first", "initially", "had earlier"). */
function recapIn(parsed: Parsed, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    if (RECAP_WORDS.has(parsed.tokens[i]?.lower ?? '')) return true;
    if (matchesAt(RECAP_PATTERNS, parsed.tokens, i, end)) return true;
  }
  return false;
}

/** The date of a temporal chunk in tokens [first, end), or of one the stance verb takes after it. */
function stanceDate(
  parsed: Parsed,
  syntax: SentenceSyntax,
  g: VerbGroup,
  first: number,
  chained: boolean,
  published: string | null,
): ClaimTime | null {
  const text = (c: NounChunk) =>
    parsed.text.slice(parsed.tokens[c.first]?.start ?? 0, parsed.tokens[c.last]?.end ?? 0);
  const before = syntax.chunks.filter((c) => c.temporal && c.first >= first && c.last < g.first);
  // A date after a chained stance ("denied sending drones in 2022") may be the event's: only the
  // governing verb's own dates count ("said in November that").
  const after = chained
    ? []
    : g.roles.attachments
        .filter((a) => a.chunk.temporal && (a.prep === '' || a.prep === 'in' || a.prep === 'on'))
        .map((a) => a.chunk);
  for (const c of [...before, ...after]) {
    const when = dateOf(text(c), published);
    if (when?.start) return when;
  }
  return null;
}

/**
 * When the stance on the event at `k` was taken: the date the text gives it, and whether it is told as
 * an old stance (a recap marker, a past perfect, or a date well before publication).
 */
export function stanceTime(
  parsed: Parsed,
  syntax: SentenceSyntax,
  k: number,
  published: string | null,
): StanceTime {
  const found = stanceGroup(syntax, k);
  if (found === null) return {};
  return timeOf(parsed, syntax, found.group, found.chained, published, false);
}

/**
 * When the stance of an answer was taken ("Minsk at first denied the reports", "Tehran dismissed the
 * claims at the time"): read from the answer's own verb, the group that holds the cue token `cue`. A
 * recap marker may stand after that verb in its clause too, since the answer names no event there.
 */
export function answerStanceTime(
  parsed: Parsed,
  syntax: SentenceSyntax,
  cue: number,
  published: string | null,
): StanceTime {
  const g = syntax.verbs.find((v) => v.first <= cue && cue <= v.last);
  return g === undefined ? {} : timeOf(parsed, syntax, g, false, published, true);
}

function timeOf(
  parsed: Parsed,
  syntax: SentenceSyntax,
  g: VerbGroup,
  chained: boolean,
  published: string | null,
  answer: boolean,
): StanceTime {
  const own = stanceFirst(parsed, syntax, g);
  let first = own;
  // "at first denied the reports, then admitted": a stance joined to an earlier one shares its recap.
  for (let sib = g; sib.coordinatedWith !== null; ) {
    const prev = syntax.verbs[sib.coordinatedWith];
    if (prev === undefined || prev.first >= sib.first) break;
    first = Math.min(first, stanceFirst(parsed, syntax, prev));
    sib = prev;
  }
  const when = stanceDate(parsed, syntax, g, own, chained, published);
  const headEnd = chained ? (g.chain.find((l) => STANCES.has(l.meaning))?.token ?? g.head) : g.head;
  // "had denied": a past perfect tells a stance before the story's time, unless it is reported speech's
  // ("said Washington had seen no evidence" is "has seen").
  const reported = syntax.clauses[g.clause]?.kind === 'complement';
  const pluperfect = !reported && parsed.tokens.slice(g.first, headEnd).some((t) => t.lower === 'had');
  // A date the text gives decides: "Earlier on Friday" is the news of the day.
  const old =
    when?.start != null && published !== null
      ? daysBefore(when.end ?? when.start, published) > OLD_DAYS
      : pluperfect || recapIn(parsed, first, answer ? stanceLast(parsed, syntax, g) + 1 : headEnd);
  return {
    ...(when?.start == null ? {} : { stated: when.start }),
    ...(old ? { retrospective: true as const } : {}),
  };
}
