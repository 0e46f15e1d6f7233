import { describe, expect, it } from 'vitest';
import { ClaimStatus, ClaimType } from '../../src/domain/extraction.js';
import { parseSignature } from '../../src/eval/claim-signature.js';
import { ParaphraseCase } from './case.js';
import { themes } from './cases/index.js';
import { uncoveredTriggers } from './coverage.js';
import { failureKinds, formatTable, kindCounts } from './report.js';
import { readSentence, runSuite, tally } from './suite.js';

/**
 * Floors just under the figures of 8 December 2026 (word substitution, own clause, presupposed status:
 * base 0.996, paraphrase 0.969, kept 0.969 of 850 pairs;
 * `npm run eval:paraphrase`): raise them when extraction improves, so that a regression fails the
 * build. Issue 13 targets 0.95 of pairs kept.
 */
const FLOOR = { base: 0.99, paraphrase: 0.96, kept: 0.96 } as const;

const cases = themes.flatMap((t) => t.cases);
const expectations = cases.flatMap((c) => c.claims.map(parseSignature));

describe('paraphrase suite data', () => {
  it('every case is well formed, with ids unique and at least 300 pairs in all', () => {
    for (const c of cases) expect(ParaphraseCase.safeParse(c).success, c.id).toBe(true);
    const ids = themes.flatMap((t) => t.cases.map((c) => `${t.theme}/${c.id}`));
    expect(new Set(ids).size).toBe(ids.length);
    expect(cases.reduce((n, c) => n + c.paraphrases.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it('expects every claim type and every status somewhere', () => {
    const types = new Set(expectations.flatMap((e) => e.type.split('|')));
    const statuses = new Set(expectations.flatMap((e) => e.status.split('|')));
    expect(ClaimType.options.filter((t) => !types.has(t))).toEqual([]);
    expect(ClaimStatus.options.filter((s) => !statuses.has(s))).toEqual([]);
  });

  it('uses every trigger word of the cue table in some sentence', () => {
    expect(uncoveredTriggers(themes)).toEqual([]);
  });
});

describe('paraphrase suite scores', () => {
  const results = runSuite(themes);
  const t = tally(results);

  it('keeps its claims at or above the floors', () => {
    console.log(
      `${formatTable(results)}\n\nfailure kinds: ${kindCounts(results)
        .slice(0, 10)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    expect(t.basesOk / t.cases).toBeGreaterThanOrEqual(FLOOR.base);
    expect(t.paraphrasesOk / t.pairs).toBeGreaterThanOrEqual(FLOOR.paraphrase);
    expect(t.kept / t.pairs).toBeGreaterThanOrEqual(FLOOR.kept);
  });

  it('a pair keeps its claim only when its base does too', () => {
    expect(t.kept).toBeLessThanOrEqual(t.paraphrasesOk);
    const basesFailed = results.filter((r) => !r.base.ok);
    const keptUnderFailedBase = basesFailed.length > 0 ? tally(basesFailed).kept : 0;
    expect(keptUnderFailedBase).toBe(0);
  });
});

describe('the runner', () => {
  const sentence = (claims: string[], missing: string[], spurious: string[] = []) => ({
    text: '',
    claims,
    sources: [],
    missing,
    spurious,
    missingSources: [],
    ok: false,
  });

  it('names the fields in which the nearest claim misses an expectation', () => {
    expect(
      failureKinds(
        sentence(
          ['sanction USA>IRN [] asserted', 'transfer IRN>null [drone] asserted'],
          ['transfer IRN>RUS [drone] asserted'],
        ),
      ),
    ).toEqual(['wrong target']);
    expect(failureKinds(sentence([], ['transfer IRN>RUS [drone] asserted']))).toEqual(['no claim']);
    expect(
      failureKinds(
        sentence(
          ['transfer HUN>UKR [drone] denied'],
          ['transfer IRN>RUS [drone] asserted'],
          ['transfer HUN>* *'],
        ),
      ),
    ).toEqual(['spurious claim', 'wrong actor+target+status']);
  });

  it('reads a sentence against its expectations and forbidden claims', () => {
    const c = ParaphraseCase.parse({
      id: 'x',
      base: 'Iran sent drones to Russia.',
      paraphrases: ['Iran sent drones to Russia.'],
      claims: ['transfer IRN>RUS [drone] asserted'],
      notClaims: ['transfer IRN>RUS [*] denied'],
    });
    expect(readSentence(c, c.base).ok).toBe(true);
    expect(readSentence({ ...c, notClaims: ['transfer IRN>* [*] *'] }, c.base).spurious).toEqual([
      'transfer IRN>* [*] *',
    ]);
  });
});
