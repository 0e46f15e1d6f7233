import { claimSignature, unmetSignatures } from '../../src/eval/claim-signature.js';
import { run } from '../extract/helpers.js';
import { ParaphraseCase, type Theme } from './case.js';

/** What the extractor made of one sentence, and what it missed. */
export interface SentenceResult {
  readonly text: string;
  readonly claims: readonly string[];
  readonly sources: readonly string[];
  /** Expected signatures no claim meets. */
  readonly missing: readonly string[];
  /** Forbidden signatures some claim meets. */
  readonly spurious: readonly string[];
  /** Expected source names no claim is attributed to. */
  readonly missingSources: readonly string[];
  readonly ok: boolean;
}

/** A case's base and paraphrases, each read on its own. */
export interface CaseResult {
  readonly theme: string;
  readonly id: string;
  readonly expected: readonly string[];
  /** Whether the case names the sources its claims should be attributed to. */
  readonly sourced: boolean;
  readonly base: SentenceResult;
  readonly paraphrases: readonly SentenceResult[];
}

/** Reads one sentence as a Reuters report of 2024-02-22, the date the extract tests use. */
export function readSentence(c: ParaphraseCase, text: string): SentenceResult {
  const ex = run(text);
  const sources = ex.claims.map(
    (cl) => ex.attributions.find((a) => a.id === cl.source)?.source.name ?? `(${ex.document.outlet})`,
  );
  const missing = unmetSignatures(ex.claims, c.claims);
  const forbidden = c.notClaims ?? [];
  const spurious = forbidden.filter((line) => unmetSignatures(ex.claims, [line]).length === 0);
  const missingSources = (c.sources ?? []).filter((s) => !sources.includes(s));
  return {
    text,
    claims: ex.claims.map(claimSignature),
    sources,
    missing,
    spurious,
    missingSources,
    ok: missing.length === 0 && spurious.length === 0,
  };
}

/** Checks every case of every theme against its schema and reads all its sentences. */
export function runSuite(themes: readonly Theme[]): CaseResult[] {
  const out: CaseResult[] = [];
  for (const t of themes) {
    for (const raw of t.cases) {
      const c = ParaphraseCase.parse(raw);
      out.push({
        theme: t.theme,
        id: c.id,
        expected: c.claims,
        sourced: (c.sources ?? []).length > 0,
        base: readSentence(c, c.base),
        paraphrases: c.paraphrases.map((p) => readSentence(c, p)),
      });
    }
  }
  return out;
}

/** Counts for a set of cases: base accuracy, paraphrase accuracy and the share of pairs that keep the claim. */
export interface Tally {
  readonly cases: number;
  readonly basesOk: number;
  readonly pairs: number;
  readonly paraphrasesOk: number;
  /** Pairs whose base and paraphrase both meet every expectation. */
  readonly kept: number;
  /** Sentences with expected sources, and those whose sources were all found. */
  readonly sourced: number;
  readonly sourcesOk: number;
}

/** Adds up the results of some cases. */
export function tally(results: readonly CaseResult[]): Tally {
  let basesOk = 0;
  let pairs = 0;
  let paraphrasesOk = 0;
  let kept = 0;
  let sourced = 0;
  let sourcesOk = 0;
  for (const r of results) {
    if (r.base.ok) basesOk++;
    for (const p of r.paraphrases) {
      pairs++;
      if (p.ok) paraphrasesOk++;
      if (p.ok && r.base.ok) kept++;
    }
    if (!r.sourced) continue;
    for (const s of [r.base, ...r.paraphrases]) {
      sourced++;
      if (s.missingSources.length === 0) sourcesOk++;
    }
  }
  return { cases: results.length, basesOk, pairs, paraphrasesOk, kept, sourced, sourcesOk };
}
