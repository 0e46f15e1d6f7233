// The worker thread the server extracts in: one document at a time, within its budget, so a long or
// hostile document never holds the event loop that answers other requests.
import { parentPort } from 'node:worker_threads';
import { SourceDocument } from '../domain/document.js';
import { extract } from '../extract/index.js';
import { loadKnowledge } from '../knowledge/index.js';

const knowledge = loadKnowledge();

parentPort?.on('message', (message: { id: number; document: unknown; budgetMs?: number }) => {
  try {
    const document = SourceDocument.parse(message.document);
    const options = message.budgetMs === undefined ? {} : { budgetMs: message.budgetMs };
    parentPort?.postMessage({ id: message.id, ok: true, extraction: extract(document, knowledge, options) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, ok: false, message: String(error) });
  }
});
