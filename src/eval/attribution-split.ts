import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Extraction } from '../domain/extraction.js';
import { flatAttributions } from './attribution-flat.js';
import {
  type AttributionCounts,
  type AttributionScores,
  attributionScores,
  countDocument,
  parseBrat,
  systemAttributions,
} from './attribution-score.js';

/** The figures of `score_polnear.py` on what extraction prints, and on the same read as PolNeAR's flat annotation. */
export interface AttributionReport extends AttributionScores {
  /** Chains flattened as PolNeAR annotates them (one attribution per token; see attribution-flat.ts). */
  readonly flat: AttributionScores;
}

/** Extracts one article's text (its file path given for the reader). */
export type ExtractText = (path: string) => Promise<Extraction | null>;

/**
 * Scores the extractor on a PolNeAR split folder (`text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann`, the
 * first annotator's file in sorted order), by the rules of `score_polnear.py`.
 */
export async function scoreAttributionSplit(
  splitDir: string,
  extractText: ExtractText,
): Promise<AttributionReport> {
  const texts = (await readdir(join(splitDir, 'text'))).filter((f) => f.endsWith('.txt')).sort();
  const anns = (await readdir(join(splitDir, 'attributions'))).filter((f) => f.endsWith('.ann')).sort();
  const counts: AttributionCounts = { tp: 0, fp: 0, fn: 0, sourceOk: 0, cueOk: 0 };
  const flat: AttributionCounts = { tp: 0, fp: 0, fn: 0, sourceOk: 0, cueOk: 0 };
  let docs = 0;
  for (const file of texts) {
    const name = file.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${name}_`));
    if (!ann) continue;
    const gold = parseBrat(await readFile(join(splitDir, 'attributions', ann), 'utf8'));
    const path = join(splitDir, 'text', file);
    const raw = await readFile(path, 'utf8');
    const extraction = await extractText(path);
    docs += 1;
    countDocument(gold, extraction ? systemAttributions(extraction, raw) : [], counts);
    const flattened = extraction && {
      ...extraction,
      attributions: flatAttributions(extraction.attributions),
    };
    countDocument(gold, flattened ? systemAttributions(flattened, raw) : [], flat);
  }
  return { ...attributionScores(counts, docs), flat: attributionScores(flat, docs) };
}
