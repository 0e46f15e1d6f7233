import type { Source } from '../../domain/extraction.js';
import { type MentionIndex, mentionAt } from '../mentions.js';
import { type SourceContext, writtenName } from '../sources.js';
import type { SpeakersBySentence } from '../span-index.js';
import type { Parsed, Sentence } from '../text.js';

/**
 * Whether the person "he" would refer to is the one who spoke in the sentence: "Blinken said he had warned Wang Yi.
 * 'It would have consequences,' he said." is Blinken's, not Wang Yi's.
 */
export function spokeIn(speakers: SpeakersBySentence, s: Sentence, ctx: SourceContext): boolean {
  const last = ctx.lastPerson;
  return last !== null && speakers.spoke(s.i, last.entity);
}

/** The persons a sentence names become the ones "he", "the official" and "the chancellor" refer to next. */
export function rememberLastPerson(
  s: Sentence,
  index: MentionIndex,
  parsed: Parsed,
  ctx: SourceContext,
  keepSpeaker: boolean,
): void {
  for (let k = s.first; k <= s.last; k++) {
    const m = mentionAt(index, k);
    if (m?.kind !== 'person' || !m.entity || m.first !== k) continue;
    const info = index.entities.get(m.entity);
    if (!info) continue;
    const person: Source = {
      name: writtenName(index, info),
      entity: info.id,
      kind: 'person',
      role: info.role,
      country: info.country,
      mention: { start: m.start, end: m.end, text: parsed.text.slice(m.start, m.end) },
    };
    if (ctx.people[ctx.people.length - 1]?.entity !== info.id) ctx.people.push(person);
    if (!keepSpeaker) ctx.lastPerson = person;
  }
}
