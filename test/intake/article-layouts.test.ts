import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract, loadKnowledge } from '../../src/index.js';
import { parseHtml } from '../../src/ingest/index.js';
import { repoRoot } from '../support/paths.js';

const pages = join(repoRoot, 'test/fixtures/intake/pages');
const knowledge = loadKnowledge();

// Each layout hides claim-like sentences in its furniture: none may reach the text or become a claim.
const LAYOUTS = [
  {
    file: 'news-site.html',
    story: ['Iran has delivered hundreds of Shahed drones to Russia', 'Tehran denied the accusation.'],
    noise: [
      'Share on',
      'Photo:',
      'Belarus supplied tanks',
      'China sent artillery',
      'Syria received',
      'Cuba shipped',
      'Most read',
      'World',
      'All rights',
    ],
    claim: { type: 'transfer', actor: 'IRN', target: 'RUS' },
  },
  {
    file: 'wire-story.html',
    story: ['about 3 million artillery shells', 'rejected the claim as baseless'],
    noise: ['Read more', 'Belarus sent tanks', 'Myanmar bought', 'Iran sent tanks', 'Markets', 'Privacy'],
    claim: { type: 'transfer', actor: 'PRK', target: 'RUS' },
  },
  {
    file: 'blog-layout.html',
    story: ['Shahed-136 drones from Iran', 'repeatedly denied supplying drones'],
    noise: [
      'Image:',
      'Russia sold fighter jets',
      'See also',
      'Armenia bought',
      'Egypt ordered',
      'Trending',
      'Follow us',
    ],
    claim: { type: 'transfer', actor: 'IRN', target: 'RUS' },
  },
] as const;

describe('article text from saved page layouts (readability over linkedom)', () => {
  for (const layout of LAYOUTS) {
    test(`${layout.file}: the story is kept; navigation, related and read-more blocks, captions and share bars are not`, () => {
      const result = parseHtml(readFileSync(join(pages, layout.file), 'utf8'), layout.file);
      if (!result.ok) throw new Error(result.rejection.reason);
      const { text } = result.document;
      for (const sentence of layout.story) expect(text).toContain(sentence);
      for (const noise of layout.noise) expect(text).not.toContain(noise);
      const extraction = extract(result.document, knowledge);
      expect(extraction.claims).toContainEqual(expect.objectContaining(layout.claim));
      const evidence = extraction.claims.map(
        (c) => c.evidence.text ?? text.slice(c.evidence.start, c.evidence.end),
      );
      for (const noise of layout.noise) for (const e of evidence) expect(e).not.toContain(noise);
    });
  }
});
