import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scoresToJson, scoresToText } from '../../src/eval/index.js';
import { extractInputs, scoreGoldDir } from '../../src/index.js';
import { repoRoot, seedDir } from '../support/paths.js';
import { runScorePy, scorePyMissing } from '../support/score-py.js';

const missing = scorePyMissing();
const work = mkdtempSync(join(tmpdir(), 'corroborate-agreement-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Writes our extraction of each document of a gold folder as NAME.json, the form score.py reads.
async function extractForScorePy(goldDir: string, systemDir: string): Promise<void> {
  mkdirSync(systemDir);
  for (const file of readdirSync(goldDir).filter((f) => !f.endsWith('.gold.json'))) {
    for await (const result of extractInputs([join(goldDir, file)])) {
      if (result.ok)
        writeFileSync(
          join(systemDir, `${file.replace(/\.[^.]+$/, '')}.json`),
          JSON.stringify(result.extraction),
        );
      break;
    }
  }
}

const folders = [
  { label: 'the seed', dir: seedDir, absent: existsSync(seedDir) ? null : `${seedDir} is absent` },
  { label: 'the sample corpus', dir: join(repoRoot, 'corpus/sample'), absent: null },
];

describe('our scorer agrees with score.py on our own extractions', () => {
  for (const [i, { label, dir, absent }] of folders.entries()) {
    const why = missing ?? absent;
    test.skipIf(why !== null)(
      `on ${label}: the same numbers to 3 decimals and the same printed text${why ? ` (skipped: ${why})` : ''}`,
      async () => {
        const systemDir = join(work, `system-${i}`);
        await extractForScorePy(dir, systemDir);
        const { scores } = await scoreGoldDir(dir, { detail: true });
        expect(JSON.parse(scoresToJson(scores))).toEqual(
          JSON.parse(runScorePy(dir, systemDir, '--json', '--detail')),
        );
        expect(scoresToText(scores)).toBe(runScorePy(dir, systemDir, '--detail'));
      },
    );
  }
});
