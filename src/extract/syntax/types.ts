/** Token indexes below are absolute indexes into `Parsed.tokens`; ids are indexes into the sentence's arrays. */

/** A noun-phrase chunk; a coordination ("Sweden, Finland and Norway") is one chunk with its members. */
export interface NounChunk {
  readonly id: number;
  readonly first: number;
  readonly last: number;
  /** The head token (for a coordination, the first member's head). */
  readonly head: number;
  /** wink's lemma of the head, lower-cased. */
  readonly lemma: string;
  readonly determiner: number | null;
  /** The possessor ("Iran" in "Iran's purchase", "its" in "its sale"), a chunk of its own. */
  readonly possessor: NounChunk | null;
  /** Tokens before the head that modify it (adjectives, nouns, numbers, quantifiers). */
  readonly modifiers: readonly number[];
  /** Members of a coordination, empty for a simple chunk. */
  readonly members: readonly NounChunk[];
  /** The coordinator's lemma ("and", "or") of a coordination, else null. */
  readonly conjunction: string | null;
  readonly pronoun: boolean;
  /** Whether the head lies in a known entity mention passed in by the caller. */
  readonly mention: boolean;
  /** Whether wink read the chunk as a date, time or duration ("last year"). */
  readonly temporal: boolean;
  /** Whether the determiner is a negative one ("no drones"). */
  readonly negative: boolean;
}

/** Tense of a verb group, read from its first auxiliary or its verb's form. */
export type Tense = 'past' | 'present' | 'future' | 'none';

/** The form of a verb group without a finite auxiliary or verb. */
export type NonFinite = 'to' | 'ing' | 'participle' | 'bare';

/** What a modal or catenative link adds ("would", "is expected to", "plans to"). */
export type Meaning =
  | 'future'
  | 'conditional'
  | 'possibility'
  | 'ability'
  | 'necessity'
  | 'expectation'
  | 'plan'
  | 'intention'
  | 'agreement'
  | 'refusal'
  | 'attempt'
  | 'desire'
  | 'phase'
  | 'failure'
  | 'consideration'
  | 'report'
  | 'denial'
  | 'admission';

/** One modal or catenative link before the main verb, with its own negation ("agreed not to send"). */
export interface ChainLink {
  readonly token: number;
  readonly lemma: string;
  readonly kind: 'modal' | 'catenative';
  readonly meaning: Meaning;
  readonly negated: boolean;
}

/** A prepositional attachment: "to Russia" is { prep: 'to', chunk: Russia }. */
export interface Attachment {
  /** The preposition's words ("to", "according to"); '' for a bare time phrase ("last year"). */
  readonly prep: string;
  readonly token: number;
  readonly chunk: NounChunk;
  /**
   * Whether it could attach to the verb or to the object noun before it ("delivered 1,000 containers of
   * shells to Russia"): it is then listed on both.
   */
  readonly ambiguous: boolean;
}

/** The grammatical roles of a verb group. */
export interface Roles {
  /** The surface subject. */
  readonly subject: NounChunk | null;
  /** Who acts: the active subject or the passive by-phrase. */
  readonly agent: NounChunk | null;
  /** What is acted on: the active object or the passive surface subject. */
  readonly patient: NounChunk | null;
  readonly object: NounChunk | null;
  readonly indirectObject: NounChunk | null;
  /** What a copula says of its subject ("is the supplier"). */
  readonly attribute: NounChunk | null;
  readonly attachments: readonly Attachment[];
  /**
   * The role filled from outside the clause: by a relative clause's antecedent ("drones, which Iran
   * sent" -> 'object'), or by the controller of an infinitive or -ing clause ("urged Berlin to deliver",
   * "Iran sent drones to help Russia" -> 'subject').
   */
  readonly gap: 'subject' | 'object' | 'patient' | null;
  /**
   * How an infinitive or -ing clause got its subject: from the governing verb's object or passive
   * subject by a verb that says so ("urged Berlin to deliver", "Iran was accused of sending"), or from
   * its agent ("Iran sent drones to help Russia"); null when the clause has a subject of its own.
   */
  readonly control: 'object' | 'agent' | null;
}

/** A verb group: auxiliaries, negation and catenative links around one main verb. */
export interface VerbGroup {
  readonly id: number;
  readonly first: number;
  readonly last: number;
  /** The main verb token (the last auxiliary when there is no verb: "it could."). */
  readonly head: number;
  readonly lemma: string;
  /** A verb particle ("down" in "shot down"), else null. */
  readonly particle: string | null;
  readonly voice: 'active' | 'passive';
  readonly tense: Tense;
  readonly perfect: boolean;
  readonly progressive: boolean;
  readonly nonFinite: NonFinite | null;
  /** Whether the main verb itself is negated ("has not been delivered", "agreed not to send"). */
  readonly negated: boolean;
  readonly negators: readonly number[];
  readonly chain: readonly ChainLink[];
  /** The earlier verb group this one is coordinated with ("sold but also delivered"), else null. */
  readonly coordinatedWith: number | null;
  readonly clause: number;
  readonly roles: Roles;
}

/** Kinds of clauses the layer tells apart. */
export type ClauseKind =
  | 'main'
  | 'report'
  | 'relative'
  | 'reduced-relative'
  | 'complement'
  | 'conditional'
  | 'purpose'
  | 'temporal'
  | 'causal'
  | 'concessive'
  | 'adverbial'
  | 'parenthetical';

/** A clause: its own tokens' span, its parent, and what introduced it. */
export interface Clause {
  readonly id: number;
  readonly kind: ClauseKind;
  /** Span of the clause's own tokens; an embedded clause may sit inside it, a report clause's complement outside. */
  readonly first: number;
  readonly last: number;
  readonly parent: number | null;
  /** The words that introduced it ("that", "if", "which", "according to"), else null. */
  readonly marker: string | null;
  /** For a complement, the verb group that governs it ("said", "denied"). */
  readonly governor: number | null;
  /** For a relative clause, the chunk it modifies. */
  readonly antecedent: NounChunk | null;
  /** Whether the clause is an inverted conditional ("Should Iran send ..."). */
  readonly inverted: boolean;
}

/** A noun with its possessor and prepositional attachments ("Iran's transfer of drones to Russia"). */
export interface Nominal {
  readonly chunk: NounChunk;
  readonly lemma: string;
  readonly possessor: NounChunk | null;
  readonly attachments: readonly Attachment[];
}

/** The shallow syntax of one sentence. */
export interface SentenceSyntax {
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  /** Whether the sentence was longer than the cap and only its beginning was read. */
  readonly truncated: boolean;
  readonly chunks: readonly NounChunk[];
  readonly verbs: readonly VerbGroup[];
  readonly clauses: readonly Clause[];
  readonly nominals: readonly Nominal[];
  /** The clause of each token read, from `first` on (see `clauseAt`). */
  readonly tokenClauses: readonly number[];
}

/** A known entity mention starting at a token. */
export interface MentionSpan {
  readonly last: number;
  /** Whether it names an actor (a state, body, group or person) rather than a thing (a weapon). */
  readonly actor: boolean;
}

/** Tells whether a known entity mention starts at a token. */
export type MentionSpans = (first: number) => MentionSpan | undefined;
