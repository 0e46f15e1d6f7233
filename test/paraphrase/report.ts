import type { WeaponClass } from '../../src/domain/extraction.js';
import { meetsSignature, parseSignature } from '../../src/eval/claim-signature.js';
import { type CaseResult, type SentenceResult, tally } from './suite.js';

const FIELDS = ['type', 'actor', 'target', 'weapons', 'status'] as const;

/** A claim signature read back into the fields `meetsSignature` compares. */
function asClaim(line: string) {
  const p = parseSignature(line);
  const orNull = (v: string) => (v === 'null' ? null : v);
  return {
    type: p.type as never,
    actor: orNull(p.actor),
    target: orNull(p.target),
    weapons: (p.weapons === '*' ? [] : p.weapons).map((k) => ({ class: k as WeaponClass })),
    status: p.status as never,
  };
}

/** The fields in which a claim misses an expectation ("status", "actor+target"). */
function differing(claim: string, want: string): string[] {
  const got = asClaim(claim);
  const w = parseSignature(want);
  const weapons = w.weapons === '*' ? '*' : w.weapons.join(',');
  const probe: Record<(typeof FIELDS)[number], string> = {
    type: `${w.type} *>* [*] *`,
    actor: `* ${w.actor}>* [*] *`,
    target: `* *>${w.target} [*] *`,
    weapons: `* *>* [${weapons}] *`,
    status: `* *>* [*] ${w.status}`,
  };
  return FIELDS.filter((f) => !meetsSignature(got, probe[f]));
}

/**
 * Why an expected claim was missed: "no claim", "spurious claim", or the fields in which the nearest
 * claim differs ("status", "actor+target").
 */
export function failureKinds(s: SentenceResult): string[] {
  const kinds = s.spurious.map(() => 'spurious claim');
  for (const want of s.missing) {
    if (s.claims.length === 0) {
      kinds.push('no claim');
      continue;
    }
    const diffs = s.claims.map((c) => differing(c, want)).sort((a, b) => a.length - b.length)[0] ?? [];
    kinds.push(diffs.length === 0 ? 'other' : `wrong ${diffs.join('+')}`);
  }
  return kinds;
}

const pct = (n: number, d: number): string =>
  d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;

/** The table per theme: cases, base accuracy, paraphrase accuracy, and the share of pairs that keep their claim. */
export function formatTable(results: readonly CaseResult[]): string {
  const themes = [...new Set(results.map((r) => r.theme))];
  const rows = [
    ...themes.map((t) => [t, results.filter((r) => r.theme === t)] as const),
    ['all', results] as const,
  ];
  const lines = [
    `${'theme'.padEnd(26)} cases  base ok   pairs  para ok   kept   sources`,
    ...rows.map(([name, rs]) => {
      const t = tally(rs);
      return `${name.padEnd(26)} ${String(t.cases).padStart(5)}  ${pct(t.basesOk, t.cases)}  ${String(t.pairs).padStart(6)}  ${pct(t.paraphrasesOk, t.pairs)}  ${pct(t.kept, t.pairs)}  ${pct(t.sourcesOk, t.sourced)}`;
    }),
  ];
  return lines.join('\n');
}

/** The failure kinds over every sentence, most common first. */
export function kindCounts(results: readonly CaseResult[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of results)
    for (const s of [r.base, ...r.paraphrases])
      for (const k of failureKinds(s)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Each failing sentence with what was expected and what the extractor found. */
export function formatFailures(results: readonly CaseResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const bad = [r.base, ...r.paraphrases].filter((s) => !s.ok || s.missingSources.length > 0);
    if (bad.length === 0) continue;
    out.push(`${r.theme}/${r.id}  expected: ${r.expected.join(' ; ')}`);
    for (const s of bad) {
      const tag = s === r.base ? 'base' : 'para';
      out.push(`  ${tag}: ${s.text}`);
      out.push(
        `        got: ${s.claims.length ? s.claims.join(' ; ') : '(none)'}  [${failureKinds(s).join(', ')}]`,
      );
      if (s.missingSources.length > 0)
        out.push(`        sources: ${s.sources.join(' ; ')}  [missing ${s.missingSources.join(', ')}]`);
    }
  }
  return out.join('\n');
}
