import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { flatAttributions, scoreAttributionSplit } from '../../src/eval/index.js';
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
const flatWork = join(work, 'flat');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Floors just under the figures reached on the dev split: a change that loses attributions fails here. */
const FLOOR = { f1: 0.715, precision: 0.8, sourceAccuracy: 0.885, cueAccuracy: 0.905 };
/** The same for the flat reading (attribution-flat.ts): dev F1 0.736, P 0.900, source 0.905, cue 0.926. */
const FLAT_FLOOR = { f1: 0.73, precision: 0.89, sourceAccuracy: 0.9, cueAccuracy: 0.92 };

/** score_polnear.py's figures on the extractions in `dir`, in our names. */
function python(dir: string): Record<string, unknown> {
  const run = spawnSync('python3', [scorer, devDir, dir, '--json'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const py = JSON.parse(run.stdout) as Record<string, unknown>;
  return {
    docs: py.docs,
    gold: py.gold,
    system: py.system,
    detection: py.detection,
    sourceAccuracy: py.source_accuracy,
    cueAccuracy: py.cue_accuracy,
  };
}

describe.skipIf(missing !== null)('attributions on PolNeAR dev', () => {
  test(`our scorer agrees with score_polnear.py, and the figures hold their floor${suffix}`, async () => {
    const knowledge = loadKnowledge();
    mkdirSync(flatWork);
    const ours = await scoreAttributionSplit(devDir, async (path) => {
      let extraction: Extraction | null = null;
      for await (const r of extractInputs([path], { knowledge })) {
        if (r.ok) extraction = r.extraction;
        break;
      }
      const name = path.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
      // The Python scorer reads what `extract --json` prints, as ../shared/eval/polnear_dev.sh gives it.
      if (extraction) {
        writeFileSync(join(work, `${name}.json`), JSON.stringify(extraction));
        const flat = { ...extraction, attributions: flatAttributions(extraction.attributions) };
        writeFileSync(join(flatWork, `${name}.json`), JSON.stringify(flat));
      }
      return extraction;
    });
    const { flat, ...reference } = ours;
    expect(reference).toEqual(python(work));
    expect(flat).toEqual(python(flatWork));
    expect(ours.detection[2]).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(ours.detection[0]).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(ours.sourceAccuracy).toBeGreaterThanOrEqual(FLOOR.sourceAccuracy);
    expect(ours.cueAccuracy).toBeGreaterThanOrEqual(FLOOR.cueAccuracy);
    expect(flat.detection[2]).toBeGreaterThanOrEqual(FLAT_FLOOR.f1);
    expect(flat.detection[0]).toBeGreaterThanOrEqual(FLAT_FLOOR.precision);
    expect(flat.sourceAccuracy).toBeGreaterThanOrEqual(FLAT_FLOOR.sourceAccuracy);
    expect(flat.cueAccuracy).toBeGreaterThanOrEqual(FLAT_FLOOR.cueAccuracy);
  }, 120_000);
});
