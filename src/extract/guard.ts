// The pre-pass that keeps wink-nlp's own patterns linear: its tokenizer backtracks over a long run of
// characters without white space (a 100 KB word takes seconds, a hyphen chain worse), so such runs are
// cut before wink reads the text. The text keeps its length and offsets: a cut is a character turned
// into a space in the copy wink reads, never in the document.

/** The longest run of characters without white space that wink reads whole; no word of news is longer. */
export const MAX_RUN = 40;

/** The most tokens one sentence may have; a longer one (a list, a table, a hostile run) is cut into parts. */
export const MAX_SENTENCE_TOKENS = 100;

/** The text wink may read, of the same length as the document, and how many runs were cut. */
export interface GuardedText {
  readonly text: string;
  readonly cuts: number;
}

/** Cuts every run of non-space characters longer than `MAX_RUN` into parts, keeping lengths and offsets. */
export function guardRuns(text: string, maxRun = MAX_RUN): GuardedText {
  let run = 0;
  let cuts = 0;
  let out: string[] | null = null;
  let copied = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) {
      run = 0;
      continue;
    }
    if (++run <= maxRun) continue;
    // A low surrogate stays with its high one: cut at the next whole character.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    out ??= [];
    out.push(text.slice(copied, p));
    const pair = c >= 0xd800 && c <= 0xdbff && p + 1 < text.length;
    out.push(pair ? '  ' : ' ');
    copied = p + (pair ? 2 : 1);
    if (pair) p++;
    run = 0;
    cuts++;
  }
  if (!out) return { text, cuts: 0 };
  out.push(text.slice(copied));
  return { text: out.join(''), cuts };
}

/** Whether a UTF-16 code unit is white space as a regular expression's \s means it. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
