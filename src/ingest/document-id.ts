import { createHash } from 'node:crypto';

/** Normalises text for identity: Unicode NFC, every whitespace run as one space, trimmed. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

// About 64 K characters a piece: replacing a 5 MB text's whitespace runs at once keeps a list of its
// million matches and costs some 75 MB at the peak; a piece's list is a few hundred KB.
const PIECE = 2 ** 16;
const NOT_SPACE = /\S/;
// Where a whitespace run starts: a cut there leaves every run whole in one piece.
const RUN_START = /\S(?=\s)/g;

/**
 * The trimmed text cut into pieces of about `length` characters, each cut where a whitespace run starts.
 * Normalising the pieces one by one equals normalising the whole: no run crosses a cut, and no character
 * composes with the whitespace after it under NFC.
 */
function* pieces(text: string, length: number): Generator<string> {
  let start = text.search(NOT_SPACE);
  if (start < 0) return;
  let end = text.length;
  while (end > start && !NOT_SPACE.test(text.charAt(end - 1))) end -= 1;
  const runStart = new RegExp(RUN_START);
  while (start < end) {
    runStart.lastIndex = Math.min(start + length, end) - 1;
    const cut = runStart.exec(text) === null ? end : Math.min(runStart.lastIndex, end);
    yield text.slice(start, cut);
    start = cut;
  }
}

/**
 * A stable document id, `doc_` + 16 hex of sha256 over the normalised text, so re-wrapped copies match.
 * The text is normalised and hashed piece by piece (`pieceLength` is for tests), with the same digest as
 * hashing `normaliseForId(text)`.
 */
export function documentId(text: string, pieceLength = PIECE): string {
  const hash = createHash('sha256');
  for (const piece of pieces(text, pieceLength))
    hash.update(piece.normalize('NFC').replace(/\s+/gu, ' '), 'utf8');
  return `doc_${hash.digest('hex').slice(0, 16)}`;
}
