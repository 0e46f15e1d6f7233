import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { scoreAttributionSplit } from '../../src/eval/index.js';
import { extractInputs, loadKnowledge } from '../../src/index.js';
import { sharedDir } from '../support/paths.js';

const devDir = resolve(sharedDir, 'polnear/dev');
const scorer = resolve(sharedDir, 'eval/score_polnear.py');
const missing = !existsSync(join(devDir, 'text'))
  ? `${devDir} is absent`
  : !existsSync(scorer)
    ? `${scorer} is absent`
    : spawnSync('python3', ['--version']).status !== 0
      ? 'python3 is not installed'
      : null;
const suffix = missing === null ? '' : ` (skipped: ${missing})`;
const work = mkdtempSync(join(tmpdir(), 'corroborate-polnear-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Floors just under the figures reached on the dev split: a change that loses attributions fails here. */
const FLOOR = { f1: 0.715, precision: 0.8, sourceAccuracy: 0.885, cueAccuracy: 0.905 };

describe.skipIf(missing !== null)('attributions on PolNeAR dev', () => {
  test(`our scorer agrees with score_polnear.py, and the figures hold their floor${suffix}`, async () => {
    const knowledge = loadKnowledge();
    const ours = await scoreAttributionSplit(devDir, async (path) => {
      let extraction: Extraction | null = null;
      for await (const r of extractInputs([path], { knowledge })) {
        if (r.ok) extraction = r.extraction;
        break;
      }
      const name = path.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
      // The Python scorer reads what `extract --json` prints, as ../shared/eval/polnear_dev.sh gives it.
      if (extraction) writeFileSync(join(work, `${name}.json`), JSON.stringify(extraction));
      return extraction;
    });
    const run = spawnSync('python3', [scorer, devDir, work, '--json'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const py = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(ours).toEqual({
      docs: py.docs,
      gold: py.gold,
      system: py.system,
      detection: py.detection,
      sourceAccuracy: py.source_accuracy,
      cueAccuracy: py.cue_accuracy,
    });
    expect(ours.detection[2]).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(ours.detection[0]).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(ours.sourceAccuracy).toBeGreaterThanOrEqual(FLOOR.sourceAccuracy);
    expect(ours.cueAccuracy).toBeGreaterThanOrEqual(FLOOR.cueAccuracy);
  }, 120_000);
});
