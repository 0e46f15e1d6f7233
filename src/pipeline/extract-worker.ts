import { parentPort } from 'node:worker_threads';
import { type Fingerprint, fingerprint } from '../corroborate/near-duplicates.js';
import type { SourceDocument } from '../domain/document.js';
import { type ExtractBudget, extract } from '../extract/index.js';
import { loadKnowledge } from '../knowledge/index.js';

/** A document to extract, numbered so that the pool can match the answer to it. */
export interface ExtractJob {
  readonly seq: number;
  readonly document: SourceDocument;
  /** The time and size budget of one document's extraction. */
  readonly budget: ExtractBudget;
}

/** A worker's answer: the extraction, or the message of what went wrong (a bug, not a bad input). */
export type ExtractAnswer =
  | {
      readonly seq: number;
      readonly ok: true;
      readonly extraction: ReturnType<typeof extract>;
      /** The text's near-duplicate fingerprint, worked out here so that the storing thread need not. */
      readonly print: Fingerprint;
    }
  | { readonly seq: number; readonly ok: false; readonly error: string };

// Each worker builds the gazetteers and loads wink's model once, then extracts document after document.
const knowledge = loadKnowledge();
parentPort?.on('message', (job: ExtractJob) => {
  let answer: ExtractAnswer;
  try {
    const extraction = extract(job.document, knowledge, job.budget);
    answer = { seq: job.seq, ok: true, extraction, print: fingerprint(job.document.text) };
  } catch (error) {
    answer = {
      seq: job.seq,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(answer);
});
