// Generated hostile inputs, the shapes a hostile feed or an unlucky newsroom sends: the fuzz tests assert
// that extraction takes them in time proportional to size, and `npm run bench:robust` measures them.
// Generators, not stored files: any size, any seed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from './seeded.js';

export { seeded } from './seeded.js';

/** One generated input: its format for ingest and its content. */
export interface HostileInput {
  readonly format: 'text' | 'html';
  readonly content: string;
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const header = 'date 2024-03-01\noutlet Reuters\n\n';

/** The bodies of the bundled sample corpus, joined: real news to measure against and to distort. */
export function corpusNews(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^(?:\w+ .*\n)*\n/, ''))
    .join('\n\n');
}

/**
 * Real news of at most `bytes` bytes of UTF-8, header included: the corpus repeated, with a header ingest
 * reads, so that a document of the size limit is one ingest accepts.
 */
export function realNews(news: string, bytes: number): HostileInput {
  const content = header + repeat(`${news}\n\n`, bytes).slice(0, bytes);
  // A character is one byte or more: cutting as many characters as there are bytes over is enough.
  const over = Buffer.byteLength(content) - bytes;
  return { format: 'text', content: over > 0 ? content.slice(0, content.length - over) : content };
}

function randomWords(next: () => number, words: readonly string[], bytes: number, joiner = ' '): string {
  const out: string[] = [];
  let length = 0;
  while (length < bytes) {
    const w = words[Math.floor(next() * words.length)] ?? '';
    out.push(w);
    length += w.length + joiner.length;
  }
  return out.join(joiner);
}

/** Code points from every plane that text can hold: scripts, marks, emoji, bidi controls, no C0 controls. */
function randomUnicode(next: () => number, bytes: number): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0x24f],
    [0x300, 0x36f],
    [0x400, 0x4ff],
    [0x590, 0x6ff],
    [0x200b, 0x202e],
    [0x3000, 0x30ff],
    [0x4e00, 0x4fff],
    [0x1f300, 0x1f64f],
    [0x10000, 0x1007f],
  ];
  let s = '';
  while (s.length < bytes) {
    const [lo, hi] = ranges[Math.floor(next() * ranges.length)] as [number, number];
    s += String.fromCodePoint(lo + Math.floor(next() * (hi - lo + 1)));
    if (next() < 0.15) s += next() < 0.3 ? '\n' : ' ';
  }
  return s;
}

const OPEN_TAGS = [
  '<div>',
  '<p>',
  '<b>',
  '<span class="x">',
  '<a href="/x">',
  '<li>',
  '<article>',
  '<i>',
  '<q>',
];
const CLOSE_TAGS = [
  '</div>',
  '</p>',
  '</b>',
  '</span>',
  '</a>',
  '</li>',
  '</article>',
  '</i>',
  '</q>',
  '</td>',
];
const QUOTE_WORDS = ['“', '"', '«', '„', 'Iran', 'said', 'Russia', 'drones', 'sent', 'the', 'ministry', ','];

/** Every hostile shape by name, each a function of size in characters and a seed. */
export const HOSTILE_SHAPES: Readonly<Record<string, (bytes: number, seed: number) => HostileInput>> = {
  'quote-said': (bytes) => ({ format: 'text', content: header + repeat('“Iran said ', bytes) }),
  // Without a header there is no dateline outlet for the document level: the speakers nest otherwise.
  'quote-said-bare': (bytes) => ({ format: 'text', content: repeat('“Iran said ', bytes) }),
  'and-chain': (bytes) => ({ format: 'text', content: header + repeat('Iran and ', bytes) }),
  'said-chain': (bytes) => ({
    format: 'text',
    content: header + repeat('Iran said Russia said that ', bytes),
  }),
  'long-word': (bytes) => ({ format: 'text', content: `${header}Iran sent ${repeat('a', bytes)} drones.` }),
  'hyphen-chain': (bytes) => ({ format: 'text', content: header + repeat('ab-', bytes) }),
  'dot-chain': (bytes) => ({ format: 'text', content: header + repeat('U.S.', bytes) }),
  'number-run': (bytes) => ({
    format: 'text',
    content: header + repeat('1,000 shells on March 3, 2024 and ', bytes),
  }),
  'cr-only': (bytes) => ({
    format: 'text',
    content: repeat('Iran sent drones to Russia, officials said.\r\rRussia denied it.\r', bytes),
  }),
  'random-unicode': (bytes, seed) => ({
    format: 'text',
    content: header + randomUnicode(seeded(seed), bytes),
  }),
  'unbalanced-quotes': (bytes, seed) => ({
    format: 'text',
    content: header + randomWords(seeded(seed), QUOTE_WORDS, bytes),
  }),
  'unbalanced-markup': (bytes, seed) => ({
    format: 'html',
    content: `<html><body>${randomWords(seeded(seed), [...OPEN_TAGS, ...CLOSE_TAGS, 'Iran said drones ', '“'], bytes, '')}`,
  }),
  'unclosed-comment': (bytes) => ({
    format: 'html',
    content: `<html><body><p>Iran sent drones to Russia.</p><!--${repeat('<p>hidden-words', bytes)}`,
  }),
  'deep-nesting': (bytes) => {
    const depth = Math.max(1, Math.floor(bytes / 11));
    return {
      format: 'html',
      content: `<html><body>${'<div>'.repeat(depth)}Iran sent drones.${'</div>'.repeat(depth)}</body></html>`,
    };
  },
  'no-punctuation': (bytes) => ({
    format: 'text',
    content: header + repeat('Iran sent drones to Russia officials said and Moscow denied it ', bytes),
  }),
};
