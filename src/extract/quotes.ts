import type { Parsed } from './text.js';

/** A quoted stretch of text: offsets of the quotation marks and of the words inside. */
export interface Quote {
  readonly open: number;
  readonly close: number;
  /** Token indexes of the opening and closing marks. */
  readonly openToken: number;
  readonly closeToken: number;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/**
 * Pairs quotation marks into quotes. A quote left open at a paragraph's end goes on when the next
 * paragraph opens with a quotation mark (the convention for quotes over several paragraphs).
 */
export function findQuotes(parsed: Parsed): Quote[] {
  const { tokens } = parsed;
  const quotes: Quote[] = [];
  let openTok = -1;
  let lastInside = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    // Two apostrophes ('') stand for a straight double mark in some newspapers' plain text.
    // wink may glue the second apostrophe to the next word ("''A vote" -> "'", "'A").
    const doubled = t.text === "'" && tokens[k + 1]?.text.startsWith("'") === true && !tokens[k + 1]?.spaced;
    const isStraight = t.text === '"' || doubled;
    const isOpen = OPEN.has(t.text);
    const isClose = CLOSE.has(t.text);
    if (openTok >= 0 && t.para !== tokens[openTok]?.para && t.para !== tokens[lastInside]?.para) {
      // crossed a paragraph: continues only if this paragraph starts with a mark
      const firstOfPara = tokens[k - 1]?.para !== t.para;
      if (!(firstOfPara && (isStraight || isOpen))) {
        quotes.push(close(parsed, openTok, lastInside));
        openTok = -1;
      } else {
        lastInside = k;
        continue;
      }
    }
    if (!isStraight && !isOpen && !isClose) {
      if (openTok >= 0) lastInside = k;
      continue;
    }
    if (openTok < 0) {
      if (isStraight || isOpen) {
        openTok = k;
        if (doubled) k++;
        lastInside = k;
      }
    } else if (isStraight || isClose) {
      quotes.push({
        open: (tokens[openTok] as { start: number }).start,
        close: doubled ? (tokens[k + 1]?.end ?? t.end) : t.end,
        openToken: openTok,
        closeToken: k,
      });
      if (doubled) k++;
      openTok = -1;
    }
  }
  if (openTok >= 0) quotes.push(close(parsed, openTok, lastInside));
  return quotes;
}

function close(parsed: Parsed, openTok: number, lastTok: number): Quote {
  const a = parsed.tokens[openTok];
  const b = parsed.tokens[lastTok];
  return { open: a?.start ?? 0, close: b?.end ?? 0, openToken: openTok, closeToken: lastTok };
}
