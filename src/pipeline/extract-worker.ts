import { parentPort } from 'node:worker_threads';
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
  | { readonly seq: number; readonly ok: true; readonly extraction: ReturnType<typeof extract> }
  | { readonly seq: number; readonly ok: false; readonly error: string };

// Each worker builds the gazetteers and loads wink's model once, then extracts document after document.
const knowledge = loadKnowledge();
parentPort?.on('message', (job: ExtractJob) => {
  let answer: ExtractAnswer;
  try {
    answer = { seq: job.seq, ok: true, extraction: extract(job.document, knowledge, job.budget) };
  } catch (error) {
    answer = {
      seq: job.seq,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(answer);
});
