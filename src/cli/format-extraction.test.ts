import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import { loadKnowledge } from '../knowledge/index.js';
import { formatExtraction } from './format-extraction.js';

function summary(text: string, outlet: string): string {
  const doc = {
    id: 'doc_0000000000000001',
    text,
    title: null,
    url: null,
    published: '2024-09-06',
    outlet,
    warnings: [],
    origin: null,
    format: 'text' as const,
  };
  return formatExtraction(extract(doc, loadKnowledge()));
}

describe('the readable extract summary', () => {
  it("shows each claim's chain as the text names it, outlet first", () => {
    const out = summary(
      'Reuters, citing two Western intelligence sources, reported that Iran had delivered ballistic missiles to Russia.',
      'The Kyiv Independent',
    );
    expect(out).toContain('asserted (The Kyiv Independent > Reuters > two Western intelligence sources)');
  });

  it("names the outlet alone for a claim in the document's own voice", () => {
    const out = summary('Iran delivered ballistic missiles to Russia last week.', 'Reuters');
    expect(out).toMatch(/asserted \(Reuters\)$/m);
  });
});
