import { fileURLToPath } from 'node:url';
import { overlayExtraction } from './corrections/index.js';
import {
  type CorroborationOptions,
  corroborationDeps,
  evaluateMerge,
  type MergeQuality,
} from './corroborate/index.js';
import type { StoredCorrection } from './domain/correction.js';
import type { Rejection, SourceDocument } from './domain/document.js';
import type { Extraction } from './domain/extraction.js';
import {
  type AttributionReport,
  readGoldDir,
  type ScoredDocument,
  type Scores,
  scoreAttributionSplit,
  scoreDocuments,
} from './eval/index.js';
import { extract } from './extract/index.js';
import { type IngestOptions, readInputs } from './ingest/index.js';
import { type Knowledge, loadKnowledge } from './knowledge/index.js';
import { type IngestDeps, type IngestReport, ingestInputs } from './pipeline/index.js';
import type { StoreConfig } from './store/index.js';
import type { Store, StoreSummary } from './store/store.js';

export {
  type CorrectDeps,
  type CorrectionOutcome,
  correct,
  overlayExtraction,
} from './corrections/index.js';
export {
  type CorroborationOptions,
  corroborationDeps,
  defaultReliability,
  fingerprint,
  type GoldEventOutcome,
  type MergeQuality,
  type ReliabilityTable,
  similarity,
  updateEvents,
} from './corroborate/index.js';
export * from './domain/correction.js';
export * from './domain/document.js';
export * from './domain/event.js';
export * from './domain/extraction.js';
export * from './errors.js';
export {
  type AttributionReport,
  type AttributionScores,
  attributionScoresText,
  type Counts,
  type DocumentDetail,
  Gold,
  type Prf,
  type Scores,
  scoresToJson,
  scoresToText,
} from './eval/index.js';
export {
  type ExportDeps,
  type ExportFilter,
  ExportFormat,
  exportEvents,
  MispExport,
  mispExport,
  readEvents,
  type StixBundle,
  stixBundle,
} from './exchange/index.js';
export { extract } from './extract/index.js';
export {
  DEFAULT_LIMITS,
  type FetchLimits,
  fetchPage,
  loadWatchConfig,
  RobotsCache,
  runWatch,
  storeDocuments,
  WatchConfig,
  type WatchDeps,
} from './intake/index.js';
export { type Knowledge, loadKnowledge } from './knowledge/index.js';
export {
  type IngestDeps,
  type IngestProgress,
  type IngestReport,
  ingestInputs,
} from './pipeline/index.js';
export type { StoreConfig } from './store/index.js';
export type * from './store/store.js';

/** Opens the store a config names (SQLite file, PostgreSQL server or PGlite), creating its tables if need be. */
export async function openStore(config: StoreConfig): Promise<Store> {
  // The store stage (Kysely, the database drivers) loads only when a store is opened, so extraction alone starts faster.
  const store = await import('./store/index.js');
  return store.openStore(config);
}

/** The outcome for one input document: its extraction, or why it was kept aside. */
export type ExtractedInput =
  | {
      readonly ok: true;
      readonly extraction: Extraction;
      readonly origin: string | null;
      readonly document: SourceDocument;
    }
  | { readonly ok: false; readonly rejection: Rejection };

/** Options for reading and extracting inputs. */
export interface ExtractOptions {
  /** Gazetteers and lexicons; the bundled knowledge by default. */
  readonly knowledge?: Knowledge;
  /** Inputs larger than this many bytes are rejected (default 5 MB). */
  readonly maxBytes?: number;
  /** Time one document may take to extract, in milliseconds; it stops at a sentence with a warning. */
  readonly budgetMs?: number;
  /** Characters of one document's body read for claims; the rest is stored unread, with a warning. */
  readonly maxChars?: number;
}

function ingestOptions(knowledge: Knowledge, maxBytes: number | undefined): IngestOptions {
  const outletForHost = (host: string) => knowledge.outletForHost(host);
  return maxBytes === undefined ? { outletForHost } : { outletForHost, maxBytes };
}

/** Reads files and folders and extracts each document; a bad input is yielded as a rejection, never thrown. */
export async function* extractInputs(
  paths: readonly string[],
  options: ExtractOptions = {},
): AsyncGenerator<ExtractedInput> {
  const knowledge = options.knowledge ?? loadKnowledge();
  for await (const result of readInputs(paths, ingestOptions(knowledge, options.maxBytes))) {
    if (!result.ok) {
      yield result;
      continue;
    }
    const { document } = result;
    const budget = {
      ...(options.budgetMs === undefined ? {} : { budgetMs: options.budgetMs }),
      ...(options.maxChars === undefined ? {} : { maxChars: options.maxChars }),
    };
    let extraction: Extraction;
    try {
      extraction = extract(document, knowledge, budget);
    } catch (error) {
      // A failure on one document is that document's rejection; the batch goes on.
      const reason = `extraction failed: ${error instanceof Error ? error.message : String(error)}`;
      yield { ok: false, rejection: { origin: document.origin ?? document.id, code: 'failed', reason } };
      continue;
    }
    yield { ok: true, extraction, origin: document.origin, document };
  }
}

/** The sample corpus bundled with the package, found from this module's place, not the working folder. */
export const sampleCorpusDir: string = fileURLToPath(new URL('../corpus/sample/', import.meta.url));

/** What the demo did: the batch report and the store's counts afterwards. */
export interface DemoResult {
  readonly report: IngestReport;
  readonly summary: StoreSummary;
}

/** Ingests the bundled sample corpus (or `corpusDir`) into the given store and sums up the store. */
export async function runDemo(deps: IngestDeps & { readonly corpusDir?: string }): Promise<DemoResult> {
  const report = await ingestInputs([deps.corpusDir ?? sampleCorpusDir], deps);
  return { report, summary: await deps.store.summary() };
}

/** A gold document that could not be scored against an extraction, and why. */
export interface EvalProblem {
  readonly name: string;
  readonly reason: string;
}

/** The scores of a gold folder, and the gold files whose document was missing or rejected (scored as empty). */
export interface EvalResult {
  readonly scores: Scores;
  readonly problems: readonly EvalProblem[];
}

/**
 * Extracts the document beside each `NAME.gold.json` of a folder (`NAME.txt|.html|.json|.jsonl`) and
 * scores the extractions by the rules of the contract's GOLD.md, as score.py does.
 */
export async function scoreGoldDir(
  goldDir: string,
  options: ExtractOptions & {
    readonly detail?: boolean;
    /** Corrections to read each extraction through (the analysts' overlay), as a store records them. */
    readonly corrections?: readonly StoredCorrection[];
  } = {},
): Promise<EvalResult> {
  const problems: EvalProblem[] = [];
  const documents: ScoredDocument[] = [];
  for (const { name, gold, documentPath } of await readGoldDir(goldDir)) {
    let extraction: Extraction | null = null;
    if (documentPath === null) {
      problems.push({ name, reason: `no document ${name}.txt, .html, .json or .jsonl beside the gold file` });
    } else {
      for await (const result of extractInputs([documentPath], options)) {
        if (result.ok) extraction = overlayExtraction(result.extraction, options.corrections ?? []);
        else problems.push({ name, reason: `${result.rejection.reason} (${result.rejection.code})` });
        // A gold file describes one document: the first record of a JSON Lines file.
        break;
      }
    }
    documents.push({ name, gold, extraction });
  }
  return { scores: scoreDocuments(documents, options.detail ? { detail: true } : {}), problems };
}

/**
 * Ingests a gold folder into a fresh in-memory store in publication order, merging claims into
 * events, and scores the merge against the gold `event` ids (pairwise and B-cubed F1).
 */
export async function scoreEventMerge(
  goldDir: string,
  options: ExtractOptions & {
    readonly corroboration?: CorroborationOptions;
    readonly originsTable?: string;
  } = {},
): Promise<MergeQuality> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const store = await openStore({ kind: 'sqlite', file: ':memory:' });
  try {
    return await evaluateMerge(goldDir, {
      store,
      knowledge,
      ...corroborationDeps(knowledge, options.corroboration),
      ...(options.originsTable === undefined ? {} : { originsTable: options.originsTable }),
    });
  } finally {
    await store.close();
  }
}

/**
 * Extracts every article of a PolNeAR split folder (`text/`, `attributions/`) and scores the attributions
 * against the hand annotation by the rules of `score_polnear.py`.
 */
export async function scoreAttributionDir(
  splitDir: string,
  options: ExtractOptions = {},
): Promise<AttributionReport> {
  const knowledge = options.knowledge ?? loadKnowledge();
  return scoreAttributionSplit(splitDir, async (path) => {
    for await (const result of extractInputs([path], { ...options, knowledge }))
      return result.ok ? result.extraction : null;
    return null;
  });
}
