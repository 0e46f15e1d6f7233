import { parse } from '../text.js';
import { analyzeSentence } from './analyze.js';
import { describeSentence } from './describe.js';
import type { MentionSpan, MentionSpans, NounChunk, SentenceSyntax, VerbGroup } from './types.js';

/** A sentence read on its own, with helpers to look at it (for tests and debugging). */
export interface Explained {
  readonly syntax: SentenceSyntax;
  readonly description: string;
  /** The text of a chunk, members joined with "+". */
  text(chunk: NounChunk | null | undefined): string;
  /** The first verb group with this lemma. */
  verb(lemma: string): VerbGroup;
}

/** Mention spans for the given names (actors) and things, matched case-insensitively on whole tokens. */
export function mentionsOf(
  tokens: readonly { lower: string }[],
  actors: readonly string[],
  things: readonly string[] = [],
): MentionSpans {
  const spans = new Map<number, MentionSpan>();
  const add = (names: readonly string[], actor: boolean) => {
    for (const name of names) {
      const words = name.toLowerCase().split(' ');
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (words.every((w, j) => tokens[i + j]?.lower === w))
          spans.set(i, { last: i + words.length - 1, actor });
      }
    }
  };
  add(actors, true);
  add(things, false);
  return (first) => spans.get(first);
}

/** Parses one sentence and reads its syntax; `actors` and `things` are passed as known mentions. */
export function explainText(
  sentence: string,
  actors: readonly string[] = [],
  things: readonly string[] = [],
): Explained {
  const parsed = parse(sentence);
  const known = actors.length + things.length > 0;
  const syntax = analyzeSentence(parsed, 0, known ? mentionsOf(parsed.tokens, actors, things) : undefined);
  const text = (c: NounChunk | null | undefined): string => {
    if (c === null || c === undefined) return '';
    if (c.members.length > 0) return c.members.map(text).join('+');
    const a = parsed.tokens[c.first];
    const b = parsed.tokens[c.last];
    return a && b ? parsed.text.slice(a.start, b.end) : '';
  };
  return {
    syntax,
    description: describeSentence(parsed, syntax),
    text,
    verb(lemma) {
      const v = syntax.verbs.find((g) => g.lemma === lemma);
      if (v === undefined) throw new Error(`no verb ${lemma} in: ${describeSentence(parsed, syntax)}`);
      return v;
    },
  };
}
