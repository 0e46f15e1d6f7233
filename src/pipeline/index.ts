export { createExtractPool, defaultWorkers, type ExtractPool, workersAvailable } from './extract-pool.js';
export { canonicalPaths, extractedInputs } from './extracted-inputs.js';
export { type IngestDeps, type IngestProgress, type IngestReport, ingestInputs } from './ingest-inputs.js';
export { type BatchItem, type BatchOutcome, repairUnmerged, storeBatch } from './store-batch.js';
