import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type { Knowledge } from '../knowledge/index.js';

/** Extracts entities, attributions and claims from one document: a pure function of text, metadata and knowledge. */
export function extract(doc: SourceDocument, kb: Knowledge): Extraction {
  void kb;
  return {
    schema: 'corroborate/extraction@1',
    document: { id: doc.id, published: doc.published, outlet: doc.outlet, title: doc.title, url: doc.url, text: doc.text },
    entities: [],
    attributions: [],
    claims: [],
  };
}
