import { type CueForce, groupMembers, speechForms, speechVerbs, wars } from '../knowledge/cues.js';
import { englishPack, type Trigger } from '../knowledge/en/index.js';

// Maps, not object look-ups: fast, and a word such as "constructor" finds nothing.
const FORMS = new Map(Object.entries(speechForms));
const VERBS = new Map(Object.entries(speechVerbs));
const TRIGGERS = englishPack().triggerByWord;

/** The lemma a reporting word stands for: its listed form, else its lemma. */
export function speechLemma(lower: string, lemma: string): string {
  return FORMS.get(lower) ?? lemma;
}

/** Whether a surface form is a listed reporting verb form ("said", "reports"). */
export function isSpeechForm(lower: string): boolean {
  return FORMS.has(lower);
}

/** How firmly a reporting verb commits its source, or undefined when the word reports nothing. */
export function cueForce(lower: string, lemma: string): CueForce | undefined {
  return VERBS.get(FORMS.get(lower) ?? lemma);
}

const VERB_FORMS = englishPack().verbLemmaByForm;

/** The lemma of a verb form the language pack knows ("smuggled" -> "smuggle"), else the word itself. */
export function verbLemmaOf(lower: string): string {
  return VERB_FORMS.get(lower) ?? lower;
}

/** The event trigger a word or lemma names, if any. */
export function triggerFor(word: string): Trigger | undefined {
  return TRIGGERS.get(word);
}

const OPPONENTS = new Map(wars.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));

/** The state a state is at war with, if the knowledge names one. */
export function opponentOf(state: string | null): string | null {
  return state === null ? null : (OPPONENTS.get(state) ?? null);
}

/** The member states of a standing group ("igo:e3"), or none for any other party. */
export function membersOf(party: string | null): readonly string[] {
  return party === null ? [] : (groupMembers[party] ?? []);
}
