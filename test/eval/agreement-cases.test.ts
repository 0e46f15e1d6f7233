import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scoreDocuments, scoresToJson, scoresToText } from '../../src/eval/index.js';
import { runScorePy, scorePyMissing } from '../support/score-py.js';
import { gold } from './build.js';
import { cases } from './cases.js';

const missing = scorePyMissing();
const suffix = missing === null ? '' : ` (skipped: ${missing})`;
const work = mkdtempSync(join(tmpdir(), 'corroborate-agreement-cases-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(missing !== null)('our scorer agrees with score.py on the hand-made cases', () => {
  test(`byte for byte in text, JSON and --detail forms${suffix}`, () => {
    const goldDir = join(work, 'cases-gold');
    const systemDir = join(work, 'cases-system');
    mkdirSync(goldDir);
    mkdirSync(systemDir);
    for (const c of cases) {
      writeFileSync(join(goldDir, `${c.name}.gold.json`), JSON.stringify(c.gold));
      writeFileSync(join(systemDir, `${c.name}.json`), JSON.stringify(c.system));
    }
    const sorted = [...cases].sort((a, b) => (a.name < b.name ? -1 : 1));
    const docs = sorted.map((c) => ({ name: c.name, gold: gold(c.gold), extraction: c.system }));
    expect(scoresToText(scoreDocuments(docs))).toBe(runScorePy(goldDir, systemDir));
    expect(`${scoresToJson(scoreDocuments(docs, { detail: true }))}\n`).toBe(
      runScorePy(goldDir, systemDir, '--json', '--detail'),
    );
    expect(scoresToText(scoreDocuments(docs, { detail: true }))).toBe(
      runScorePy(goldDir, systemDir, '--detail'),
    );
  });
});
