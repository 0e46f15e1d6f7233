import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scoresToJson } from '../../src/eval/index.js';
import { extractInputs, scoreGoldDir } from '../../src/index.js';
import { seedDir } from '../support/paths.js';
import { runScorePy, scorePyMissing } from '../support/score-py.js';

const missing = scorePyMissing();
const suffix = missing === null ? '' : ` (skipped: ${missing})`;
const systemDir = mkdtempSync(join(tmpdir(), 'corroborate-agreement-seed-'));
afterAll(() => rmSync(systemDir, { recursive: true, force: true }));

describe.skipIf(missing !== null)('our scorer agrees with score.py on the seed', () => {
  test(`scoring our extraction of every seed document gives the same numbers to 3 decimals${suffix}`, async () => {
    const documents = readdirSync(seedDir).filter((f) => !f.endsWith('.gold.json'));
    for (const file of documents) {
      for await (const result of extractInputs([join(seedDir, file)])) {
        if (!result.ok) throw new Error(`the seed ${file} was rejected: ${result.rejection.reason}`);
        writeFileSync(
          join(systemDir, `${file.replace(/\.[^.]+$/, '')}.json`),
          JSON.stringify(result.extraction),
        );
        break;
      }
    }
    const python: unknown = JSON.parse(runScorePy(seedDir, systemDir, '--json', '--detail'));
    const ours = await scoreGoldDir(seedDir, { detail: true });
    expect(ours.problems).toEqual([]);
    expect(JSON.parse(scoresToJson(ours.scores))).toEqual(python);
  });
});
