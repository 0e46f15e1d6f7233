import type { SourceDocument } from '../../src/domain/document.js';
import type { Claim, Extraction } from '../../src/domain/extraction.js';
import { extract } from '../../src/extract/index.js';
import { documentId } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/knowledge/index.js';

/** A short text as a document an outlet published on a date. */
export function sourceDocument(text: string, outlet = 'Reuters', published = '2024-02-22'): SourceDocument {
  return {
    id: documentId(text),
    published,
    outlet,
    title: null,
    url: null,
    text,
    origin: null,
    format: 'text',
    warnings: [],
  };
}

/** Extracts a short text as if an outlet published it on a date. */
export function run(text: string, outlet = 'Reuters', published = '2024-02-22'): Extraction {
  return extract(sourceDocument(text, outlet, published), loadKnowledge());
}

/** The claims as compact strings: "type actor>target [classes] status". */
export function claimLines(ex: Extraction): string[] {
  return ex.claims.map(
    (c: Claim) => `${c.type} ${c.actor}>${c.target} [${c.weapons.map((w) => w.class).join(',')}] ${c.status}`,
  );
}

/** The innermost source name of each claim (the outlet for its own voice). */
export function claimSources(ex: Extraction): string[] {
  return ex.claims.map(
    (c) => ex.attributions.find((a) => a.id === c.source)?.source.name ?? `(${ex.document.outlet})`,
  );
}

/** The source names of a claim's chain, outlet first. */
export function chains(ex: Extraction): string[] {
  return ex.claims.map((c) => c.chain.join(' > '));
}
