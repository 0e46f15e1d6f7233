import type { Rejection, SourceDocument } from '../domain/document.js';
import { type ExtractBudget, extract } from '../extract/index.js';
import type { Knowledge } from '../knowledge/index.js';
import type { BatchItem, ExtractPool } from '../pipeline/index.js';
import { IngestJob, type TakenJob } from './open-queue.js';

function rejection(origin: string, reason: string): BatchItem {
  const rejected: Rejection = { origin, code: 'failed', reason };
  return { ok: false, rejection: rejected };
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

/** How a worker extracts: the knowledge and budget here, or a pool of threads when it has one. */
export interface JobExtraction {
  readonly knowledge: Knowledge;
  readonly budget: ExtractBudget;
  readonly pool: ExtractPool | null;
}

async function extractDocument(document: SourceDocument, how: JobExtraction): Promise<BatchItem> {
  try {
    const extraction =
      how.pool === null ? extract(document, how.knowledge, how.budget) : await how.pool.extract(document);
    return { ok: true, document, extraction };
  } catch (error) {
    // A failure on one document is that document's rejection, as in `ingest`; the other jobs go on.
    return rejection(document.origin ?? document.id, `extraction failed: ${firstLine(error)}`);
  }
}

/**
 * The batch items of taken jobs, in the order taken: each job's document extracted, or a rejection
 * for a job whose payload is not a document (written by something else than `ingest --enqueue`).
 */
export function jobItems(jobs: readonly TakenJob[], how: JobExtraction): Promise<BatchItem[]> {
  return Promise.all(
    jobs.map((job) => {
      const parsed = IngestJob.safeParse(job.data);
      if (!parsed.success) return Promise.resolve(rejection(`job ${job.id}`, 'the job holds no document'));
      return extractDocument(parsed.data.document, how);
    }),
  );
}
