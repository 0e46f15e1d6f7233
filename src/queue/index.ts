export { type EnqueueDeps, type EnqueueReport, enqueueInputs } from './enqueue.js';
export {
  DEFAULT_LEASE_SECONDS,
  INGEST_QUEUE,
  type IngestQueue,
  jobId,
  openQueue,
  type QueueCounts,
  queueSchema,
} from './open-queue.js';
export { runWorker, type WorkerDeps, type WorkerReport } from './run-worker.js';
export { workerUrl } from './worker-url.js';
