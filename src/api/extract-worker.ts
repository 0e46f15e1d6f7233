// The worker thread the server extracts in: one document at a time, within its budget, so a long or
// hostile document never holds the event loop that answers other requests. A pasted document's page is
// rendered here too, so that its extraction never travels to that thread at all.
import { parentPort } from 'node:worker_threads';
import { SourceDocument } from '../domain/document.js';
import { extract } from '../extract/index.js';
import { loadKnowledge } from '../knowledge/index.js';
import { pastePage } from '../web/pages/paste.js';
import type { ExtractAnswer, ExtractRequest } from './extract-pool.js';

const knowledge = loadKnowledge();

function answer(message: ExtractRequest): ExtractAnswer {
  try {
    const document = SourceDocument.parse(message.document);
    const extraction = extract(document, knowledge, { budgetMs: message.budgetMs });
    if (message.paste === undefined) return { id: message.id, ok: true, extraction };
    const { form, needsToken } = message.paste;
    return { id: message.id, ok: true, html: pastePage(form, { extraction }, needsToken).value };
  } catch (error) {
    return { id: message.id, ok: false, message: String(error) };
  }
}

parentPort?.on('message', (message: ExtractRequest) => parentPort?.postMessage(answer(message)));
