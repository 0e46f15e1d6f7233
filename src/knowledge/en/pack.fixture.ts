// Test support for the language pack's example sentences; the build leaves *.fixture.ts out of dist.
import type { Extraction } from '../../domain/extraction.js';
import { extract } from '../../extract/index.js';
import { loadKnowledge } from '../index.js';

const kb = loadKnowledge();

/** The extraction of one example sentence, with no outlet, date or URL to lean on. */
export function extractExample(text: string): Extraction {
  return extract(
    {
      id: 'doc_0000000000000000',
      text,
      title: null,
      url: null,
      outlet: null,
      published: null,
      warnings: [],
      origin: null,
      format: 'text',
    },
    kb,
  );
}
