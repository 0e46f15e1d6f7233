/** The hand-offs between the passes of claim finding: drafts, inputs, spans and trigger sites. */
import type { Claim, ClaimStatus, ClaimType, Weapon } from '../../domain/extraction.js';
import type { Trigger } from '../../knowledge/en/index.js';
import type { Attr } from '../attributions.js';
import type { Budget } from '../budget.js';
import type { MentionIndex } from '../mentions.js';
import type { SentenceSyntax } from '../syntax/index.js';
import type { Parsed, Sentence, Token } from '../text.js';
import type { StanceTime } from './stance-time.js';

/** A country-like party to an event: a state, a body or a group. */
export type Party = string | null;

/** A claim being found: its roles, weapons, status and where it stands; later passes may still fill a role. */
export interface Draft {
  type: ClaimType;
  actor: Party;
  target: Party;
  weapons: Weapon[];
  status: ClaimStatus;
  trigger: number;
  sent: number;
  quantity: Claim['quantity'];
  time: Claim['time'];
  anaphoric: boolean;
  /** A "do so" that repeats the event before it: a claim of its own even with the same status. */
  echo: boolean;
  /** An event a question asks about: no claim, but what the answer after it speaks of. */
  asked: boolean;
  /** The roles filled from outside the sentence's grammar (claims/story.ts): weaker than a named party. */
  inferred?: readonly ('actor' | 'target')[];
  /**
   * Token ranges whose cues do not govern the event (claims/scope.ts): a reporting cue in one is a
   * sibling's ("denied the reports, then admitted sending"), not this event's.
   */
  outOfScope?: readonly (readonly [number, number])[];
  /** When the stance that tells the event was taken (claims/stance-time.ts), where the text says. */
  stance?: StanceTime;
}

/** Everything claim finding reads. */
export interface ClaimInputs {
  readonly parsed: Parsed;
  readonly index: MentionIndex;
  readonly attrs: readonly Attr[];
  readonly published: string | null;
  /** When set, the sentence loop stops where the document's budget runs out. */
  readonly budget?: Budget;
}

/** A run of tokens, first to last inclusive: a clause or a condition. */
export interface Span {
  first: number;
  last: number;
}

/** A trigger where it stands, with what every pass after trigger finding reads about it. */
export interface Site {
  readonly input: ClaimInputs;
  readonly s: Sentence;
  readonly k: number;
  readonly t: Token;
  readonly trig: Trigger;
  /** The word the rules look the trigger up by: a noun's own form, else the lemma. */
  readonly key: string;
  /** The trigger's clause, without the "if" clauses of the sentence. */
  readonly clause: Readonly<Span>;
  readonly conditional: boolean;
  /** The actor of the last condition told ("if Iran transfers ..."), whom a threat answers. */
  readonly condActor: Party;
  /** The drafts found before this one in the document. */
  readonly drafts: readonly Draft[];
  /** The shallow syntax of the sentence, read when first asked for (the status pass reads its clauses). */
  readonly syntax?: () => SentenceSyntax;
}
