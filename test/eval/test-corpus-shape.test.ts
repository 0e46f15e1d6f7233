import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimStatus, ClaimType, WeaponClass } from '../../src/domain/extraction.js';
import { Gold } from '../../src/eval/gold.js';
import { repoRoot } from '../support/paths.js';

// The held-out test corpus is scored only when a piece of work is done; this test checks its
// shape alone (every gold parses and names real types, statuses and classes), never the extractor.
// The second and third dev corpora, written the same way, are checked the same way.
const HEADER = /^date \d{4}-\d{2}-\d{2}\noutlet .+\nurl https?:\/\/\S+\ntitle .+\n\n\S/;

/** Every alternative of a `a|b` pattern is `*`, or one of the allowed values. */
function allowed(pattern: string, values: readonly string[]): boolean {
  return pattern.split('|').every((v) => v === '*' || values.includes(v));
}

for (const [corpus, minimum] of [
  ['corpus/test', 30],
  ['corpus/dev2', 12],
  ['corpus/dev3', 14],
] as const) {
  const dir = join(repoRoot, corpus);
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const golds = files.filter((f) => f.endsWith('.gold.json'));
  const texts = files.filter((f) => f.endsWith('.txt'));
  describe.skipIf(golds.length === 0)(corpus, () => {
    it('holds only news documents and their gold files', () => {
      for (const f of files) expect(f).toMatch(/^\d{3}_[a-z0-9_-]+\.(txt|gold\.json)$/);
    });

    it('gives each document a gold file and each gold file its document, with a full header', () => {
      for (const g of golds) expect(texts).toContain(g.replace(/\.gold\.json$/, '.txt'));
      for (const t of texts) {
        expect(golds).toContain(t.replace(/\.txt$/, '.gold.json'));
        expect(readFileSync(join(dir, t), 'utf8')).toMatch(HEADER);
      }
    });

    it('parses every gold file with the Gold schema, with known types, statuses and weapon classes', () => {
      for (const g of golds) {
        const gold = Gold.parse(JSON.parse(readFileSync(join(dir, g), 'utf8')));
        expect(gold.file).toBe(g.replace(/\.gold\.json$/, '.txt'));
        expect(gold.claims.length).toBeGreaterThan(0);
        for (const c of gold.claims) {
          const where = `${g}: ${c.note ?? c.type}`;
          expect(allowed(c.type, ClaimType.options), where).toBe(true);
          expect(allowed(c.status, ClaimStatus.options), where).toBe(true);
          for (const slot of c.weapons ?? [])
            expect(allowed(slot ?? '*', WeaponClass.options), where).toBe(true);
          expect(c.event, where).toMatch(/^[a-z0-9-]+$/);
        }
      }
    });

    it.skipIf(texts.length < minimum)(`has at least ${minimum} articles once all are in`, () => {
      expect(texts.length).toBeGreaterThanOrEqual(minimum);
    });
  });
}
