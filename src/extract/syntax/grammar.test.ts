import { describe, expect, it } from 'vitest';
import { grammar } from '../../knowledge/en/grammar.js';
import type { GrammarExample } from '../../knowledge/en/grammar-schema.js';
import { parse } from '../text.js';
import { analyzeSentence, describeSentence } from './index.js';

const all: { table: string; example: GrammarExample }[] = Object.entries(grammar).flatMap(
  ([table, entries]) =>
    (entries as readonly { examples: readonly GrammarExample[] }[]).flatMap((e) =>
      e.examples.map((example) => ({ table, example })),
    ),
);

describe('every grammar entry shows its examples', () => {
  it.each(all)('$table: $example.text', ({ example }) => {
    const parsed = parse(example.text);
    const text = describeSentence(parsed, analyzeSentence(parsed, 0));
    for (const line of example.shows) expect(text).toContain(line);
  });
});
