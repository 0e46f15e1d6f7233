import type { Extraction } from '../../src/domain/extraction.js';
import { claimSignature, meetsSignature } from '../../src/eval/claim-signature.js';
import { run } from '../extract/helpers.js';
import { BehaviourCase } from './case.js';

/** One check of a case and whether the extraction passed it. */
export interface Check {
  readonly caseId: string;
  readonly probes: string;
  /** "claim SIGNATURE", "claim SIGNATURE from SOURCE" or "no SIGNATURE". */
  readonly what: string;
  readonly ok: boolean;
}

/** What a case's text gave and how each of its checks went. */
export interface CaseResult {
  readonly id: string;
  readonly probes: string;
  readonly claims: readonly string[];
  readonly checks: readonly Check[];
}

const words = (s: string): string =>
  ` ${s
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The gold scorer's source match: equal after normalising, or one containing the other as whole words. */
export function sameSource(want: string, got: string): boolean {
  const a = words(want);
  const b = words(got);
  return a === b || a.includes(b) || b.includes(a);
}

/** The innermost source of each claim: its attribution's name and entity, or the outlet for its own voice. */
function sourcesOf(ex: Extraction, i: number): string[] {
  const c = ex.claims[i];
  const a = c ? ex.attributions.find((t) => t.id === c.source) : undefined;
  if (!a) return [ex.document.outlet ?? ''];
  const slug = a.source.entity?.replace(/^[a-z]+:/, '').replace(/-/g, ' ');
  return slug ? [a.source.name, slug] : [a.source.name];
}

/** Reads one case's text as its outlet's report of its date and checks every expectation. */
export function runCase(raw: BehaviourCase): CaseResult {
  const c = BehaviourCase.parse(raw);
  const ex = run(c.text, 'Example Wire', c.published);
  const checks: Check[] = [];
  for (const e of c.expect) {
    const ok = ex.claims.some(
      (cl, i) =>
        meetsSignature(cl, e.claim) &&
        (e.source === undefined || sourcesOf(ex, i).some((s) => sameSource(e.source ?? '', s))) &&
        (e.quantity === undefined || cl.quantity?.min === e.quantity) &&
        (e.time === undefined || (cl.time?.start ?? '').startsWith(e.time)),
    );
    const what = [
      `claim ${e.claim}`,
      e.source === undefined ? '' : ` from ${e.source}`,
      e.quantity === undefined ? '' : ` quantity ${e.quantity}`,
      e.time === undefined ? '' : ` time ${e.time}`,
    ].join('');
    checks.push({ caseId: c.id, probes: c.probes, what, ok });
  }
  for (const f of c.forbid ?? []) {
    checks.push({
      caseId: c.id,
      probes: c.probes,
      what: `no ${f}`,
      ok: !ex.claims.some((cl) => meetsSignature(cl, f)),
    });
  }
  const claims = ex.claims.map((cl, i) => `${claimSignature(cl)} (${sourcesOf(ex, i)[0]})`);
  return { id: c.id, probes: c.probes, claims, checks };
}

/** The share of checks passed, and of cases whose every check passed. */
export function tally(results: readonly CaseResult[]): {
  checks: number;
  passed: number;
  cases: number;
  whole: number;
} {
  const all = results.flatMap((r) => r.checks);
  return {
    checks: all.length,
    passed: all.filter((k) => k.ok).length,
    cases: results.length,
    whole: results.filter((r) => r.checks.every((k) => k.ok)).length,
  };
}
