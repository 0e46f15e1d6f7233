import type { Range } from '../phrases.js';
import type { Parsed, Sentence, Token } from '../text.js';

/**
 * Labels that name a kind of piece or a section, not a speaker: "Breaking:", "Exclusive:", "Watch:", and the
 * section heads of a structured report ("Source:", "Details:", "Background:").
 */
const SECTION_LABEL =
  /^(breaking|exclusive|update|updated|watch|video|photos?|analysis|opinion|editorial|live|review|report|interview|explainer|factbox|timeline|q|a|the latest|fact check|background|details|context|sources?|note|notes|reference|summary|more|read more|related|key points|what we know|previously|recap|quote|quotes|online|on the web|on twitter|links?|web|website)( news)?$/i;

/** Whether a paragraph's label words name a section or a kind of piece rather than a speaker. */
export function sectionLabel(words: readonly Token[]): boolean {
  return SECTION_LABEL.test(words.map((w) => w.text).join(' '));
}

/** The words that introduce a speaker in a label: "Quote from Lukashenko:", "Statement by the ministry:". */
const INTRODUCING = /^(quotes?|statement|comment|comments|remarks|words|according)$/i;
const LINKING = /^(from|by|of|to)$/i;

/**
 * The speaker a paragraph's label names after an introducing word ("Quote from Lukashenko:", "According to
 * the ministry:"), with the label's colon; null when the paragraph opens with no such label.
 */
export function introducedSpeaker(parsed: Parsed, s: Sentence): { colon: number; speaker: Range } | null {
  const { tokens, sentences } = parsed;
  const prev = sentences[s.i - 1];
  if (prev && prev.para === s.para) return null;
  const first = tokens[s.first];
  const link = tokens[s.first + 1];
  if (
    !first ||
    !link ||
    !INTRODUCING.test(first.text) ||
    !/^\p{Lu}/u.test(first.text) ||
    !LINKING.test(link.text)
  )
    return null;
  for (let j = s.first + 3; j <= Math.min(s.last, s.first + 9); j++) {
    const w = tokens[j] as Token;
    if (w.text === ':') return { colon: j, speaker: { first: s.first + 2, last: j - 1 } };
    if (/^[,.;"“”]$/.test(w.text)) return null;
  }
  return null;
}
