import type { Source } from '../../domain/extraction.js';
import type { CueForce } from '../../knowledge/cues.js';
import { stanceLemma, wishLemmas as WISHES } from '../../knowledge/en/speech.js';
import { speechLemma } from '../lexicon.js';
import { takesParticle } from '../particles.js';
import { npStartingAt, type Range } from '../phrases.js';
import { resolveSource } from '../sources.js';
import { relativeBefore } from '../subjects.js';
import type { Parsed, Sentence, Token } from '../text.js';
import { citationNear, joinedBefore } from './citations.js';
import { boundWords, reportedWords, type Words } from './reported-span.js';
import { governingVerb, reportedSpeaker } from './reported-speaker.js';
import { mentionSpan, PUBLICATION_REF, type Scan, SPEECH_NOUNS } from './types.js';

/**
 * "X said (that) ...", "..., X said.", "officials who boast that ...", "Reuters published a story about ...":
 * the reporting cue at `k` with its force, and whether it judges the reports after it ("called the claims
 * 'absurd'"), gives its speaker's attribution when a speaker and words are found.
 */
export function indirect(scan: Scan, s: Sentence, k: number, force: CueForce, judged: boolean): void {
  const { parsed, index, ctx } = scan;
  const { tokens, text } = parsed;
  const t = tokens[k] as Token;
  if (nobodySpeaks(parsed, k)) return;
  const governed = governingVerb(tokens, k);
  const speaker = reportedSpeaker(scan, s, k, governed);
  if (!speaker) return;
  const { np } = speaker;
  let source = speaker.source;
  // "Barkley, who said he votes Democratic": the relative pronoun is the verb's subject in the text.
  const rel = relativeBefore(tokens, governed, np);
  if (source && rel) source = { ...source, mention: mentionSpan(text, rel.start, rel.end) };
  let words: Words | null;
  if (!source) {
    // Inversion: "..., said Kirby."
    const after = npStartingAt(tokens, k + 1, s.last);
    source =
      after && tokens[k - 1]?.text === ',' && !t.lower.endsWith('ing')
        ? resolveSource(after, parsed, index, ctx)
        : null;
    if (!source) return;
    words = { start: s.start, end: tokens[k - 1]?.start ?? s.start };
  } else words = reportedWords(scan, s, k, judged, np);
  if (!words) return;
  const bounded = boundWords(scan, s, k, governed, rel, words);
  if (bounded.end <= bounded.start) return;
  addReported(scan, s, k, { force, judged, np, source, words: bounded });
}

/**
 * "Pyongyang is believed to be seeking", "it was reported": a passive hedge, nobody speaks; "She was asked
 * about the drones", "he was told": a passive's subject hears the words, it does not say them; "a statement
 * published on the ministry's website": a participle that tells where words appeared.
 */
function nobodySpeaks(parsed: Parsed, k: number): boolean {
  const { tokens } = parsed;
  const t = tokens[k] as Token;
  const beforeAdverb = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  if (
    /^(is|are|was|were|been|be|being)$/.test(tokens[beforeAdverb]?.lower ?? '') &&
    (/^(to|that)$/.test(tokens[k + 1]?.lower ?? '') || !t.lower.endsWith('ing')) &&
    // "was referring to Trump": a progressive with its particle is active.
    !(t.lower.endsWith('ing') && takesParticle(parsed, k, stanceLemma(t.lower, t.lemma)))
  )
    return true;
  return (
    /^(publish|post|issue|release|report)$/.test(speechLemma(t.lower, t.lemma)) &&
    SPEECH_NOUNS.has(tokens[k - 1]?.lower ?? '')
  );
}

/** A reported speaker, read: the cue's force, its subject phrase, its source and the words it carries. */
interface Reported {
  readonly force: CueForce;
  readonly judged: boolean;
  readonly np: Range | null;
  readonly source: Source;
  readonly words: Words;
}

/**
 * Adds the attribution of the cue at `k`; a source cited next to the verb ("Kyodo reported, citing sources,
 * that") and each subject joined to the speaker ("Both Moscow and Pyongyang have denied") get one too.
 */
function addReported(scan: Scan, s: Sentence, k: number, r: Reported): void {
  const { parsed, index, ctx, add, used } = scan;
  const { tokens, text } = parsed;
  const t = tokens[k] as Token;
  const { force, judged, np, source } = r;
  const contentStart = r.words.start;
  const contentEnd = r.words.end;
  used.add(k);
  const viaPublication = PUBLICATION_REF.test(text.slice(s.start, t.start));
  // "Kyodo reported, citing sources, that ...": the report holds the citation, the cited source says the words.
  const cited = citationNear(parsed, s, np ? np.last + 1 : k + 1, k, index, ctx);
  const report = (who: Source): void => {
    add({
      source: who,
      cue: t.text,
      cueStart: t.start,
      cueEnd: t.end,
      mode: 'indirect',
      force,
      contentStart: cited ? Math.min(contentStart, cited.cue.start) : contentStart,
      contentEnd: cited ? Math.max(contentEnd, cited.end) : contentEnd,
      viaPublication,
      documentLevel: false,
      ...(!judged && WISHES.has(stanceLemma(t.lower, t.lemma) ?? '') ? { governs: false } : {}),
    });
  };
  report(source);
  if (cited) {
    used.add(cited.cue.i);
    add({
      source: cited.source,
      cue: cited.cue.text,
      cueStart: cited.cue.start,
      cueEnd: cited.cue.end,
      mode: 'citation',
      force,
      contentStart,
      contentEnd,
      viaPublication: false,
      documentLevel: false,
    });
  }
  if (source.kind === 'person') ctx.lastPerson = source;
  // "Both Moscow and Pyongyang have denied ...": each of the joined subjects says it.
  // A pronoun ("... invaded Ukraine and he rejected") joins no one.
  if (np && contentStart > t.start && tokens[np.first]?.pos !== 'PRON') {
    for (const other of joinedBefore(parsed, index, np.first, s.first)) {
      const co = resolveSource(other, parsed, index, ctx);
      if (co && co.name !== source.name) report(co);
    }
  }
}
