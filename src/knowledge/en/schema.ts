import { z } from 'zod';
import { ClaimType } from '../../domain/extraction.js';

/** A sentence of the language pack with the claims it must give ("transfer IRN>RUS [drone] asserted"). */
export const PackExample = z.object({
  text: z.string().min(8),
  claims: z.array(z.string()),
  /** Why the extractor does not yet give these claims: the example then runs as a known failure. */
  gap: z.string().min(3).optional(),
});
export type PackExample = z.infer<typeof PackExample>;

/** A grammatical relation that can fill a role of a frame. */
export const FrameRole = z.enum([
  'subject',
  'object',
  'indirect',
  'possessor',
  'to',
  'from',
  'for',
  'into',
  'with',
  'by',
  'of',
  'on',
  'against',
  'at',
  'in',
  'between',
]);
export type FrameRole = z.infer<typeof FrameRole>;

/** Which relations fill a trigger's roles, in order of preference. */
export const Frame = z.object({
  actor: z.array(FrameRole).min(1),
  target: z.array(FrameRole).min(1),
  weapons: z.array(FrameRole).default(['object']),
});
export type Frame = z.infer<typeof Frame>;

/** An event trigger: a verb lemma or the noun forms that name an event of one claim type. */
export const TriggerEntry = z.object({
  lemma: z.string().regex(/^[a-z][a-z-]*$/),
  pos: z.enum(['verb', 'noun']),
  /** The surface forms a noun trigger takes, when not every form of its lemma names the event ("talks"). */
  forms: z
    .array(z.string().regex(/^[a-z][a-z-]*$/))
    .min(1)
    .optional(),
  type: ClaimType,
  /** The word itself tells an act to come ("pledged", "promised"): its events are planned. */
  planned: z.boolean().optional(),
  /**
   * Whether the trigger tells an event only with weapons named or pointed back at ("the deliveries");
   * when absent, as its claim type says (src/knowledge/claim-types.ts).
   */
  requiresWeapon: z.boolean().optional(),
  /** Its parties act on each other ("cooperation between Iran and Russia"): each is the other's side. */
  symmetric: z.boolean().optional(),
  /** The weapons must be its object or, when passive, its subject ("dropped bombs on", not "dropped its request for F-16s"). */
  weaponObject: z.boolean().optional(),
  /** Its destination must name a state, not a city ("missiles reached Kyiv" is a strike, not a delivery). */
  stateDestination: z.boolean().optional(),
  /**
   * Its noun asks for weapons from the one named in its from-phrase ("an order", "a request"): whoever
   * receives it is asked, so "France received an order from Egypt" makes France the supplier.
   */
  request: z.boolean().optional(),
  frame: Frame,
  examples: z.array(PackExample).min(1),
});
export type TriggerEntry = z.infer<typeof TriggerEntry>;

/** A verb that lends its subject to the noun of an event it holds as object ("took delivery of"). */
export const LightVerbEntry = z.object({
  lemma: z.string().regex(/^[a-z][a-z-]*$/),
  /**
   * `receiver`: the subject receives what the noun moves; `destination`: the object or in-phrase does;
   * `imposer`: the agent imposes the noun in its with- or under-phrase on its object; `bearer`: the
   * subject bears the noun it holds; `promiser`: the subject threatens with the noun it holds ("vowed a
   * crushing response against Israel"); `referrer`: the verb refers a matter to the international body that
   * is its object or stands in its phrase ("asked the IAEA to look into", "filed a case at the ICJ").
   */
  role: z.enum(['receiver', 'destination', 'imposer', 'bearer', 'promiser', 'referrer']),
  examples: z.array(PackExample).min(1),
});
export type LightVerbEntry = z.infer<typeof LightVerbEntry>;

/** A light verb as written in the data files, before parsing. */
export interface LightVerbData {
  readonly lemma: string;
  readonly role: 'receiver' | 'destination' | 'imposer' | 'bearer' | 'promiser' | 'referrer';
  readonly examples: readonly {
    readonly text: string;
    readonly claims: readonly string[];
    readonly gap?: string;
  }[];
}

/** A frame as written in the data files, before parsing. */
export interface FrameData {
  readonly actor: readonly FrameRole[];
  readonly target: readonly FrameRole[];
  readonly weapons?: readonly FrameRole[];
}

/** A trigger entry as written in the data files, before parsing. */
export interface TriggerData {
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly forms?: readonly string[];
  readonly type: ClaimType;
  readonly planned?: boolean;
  readonly requiresWeapon?: boolean;
  readonly symmetric?: boolean;
  readonly weaponObject?: boolean;
  readonly stateDestination?: boolean;
  readonly request?: boolean;
  readonly frame: FrameData;
  readonly examples: readonly {
    readonly text: string;
    readonly claims: readonly string[];
    readonly gap?: string;
  }[];
}

/** One class of status cues: single words, token patterns, or both, with the sentences that show them. */
export interface StatusCueClass {
  readonly words?: readonly string[];
  readonly patterns?: readonly string[];
  /** Words that, right after a match, undo it ("will not hesitate"). */
  readonly unless?: readonly string[];
  readonly examples: readonly {
    readonly text: string;
    readonly claims: readonly string[];
    readonly gap?: string;
  }[];
}

/** The status cues of a language, by what they do to the event they govern. */
export interface StatusCueData {
  readonly negators: StatusCueClass;
  readonly hedges: StatusCueClass;
  readonly future: StatusCueClass;
  readonly unconfirmed: StatusCueClass;
  readonly dismissive: StatusCueClass;
  readonly refusal: StatusCueClass;
  readonly notRuledOut: StatusCueClass;
  readonly refusedToTell: StatusCueClass;
  readonly halted: StatusCueClass;
  /** A halt told after its noun ("deliveries ... were paused", "put deliveries on hold"). */
  readonly haltedAfter: StatusCueClass;
  /** A halt undone or lifted ("will no longer block the sale", "lifted its ban on"): the act is pending again. */
  readonly lifted: StatusCueClass;
  /** An indefinite agent ("anyone who sends", "any country supplying"): the event is a hypothesis. */
  readonly generic: StatusCueClass;
  /** Words before "that" or "whether" that hedge the clause it opens ("it is possible that ..."). */
  readonly hedgeOpeners: StatusCueClass;
  /** Words that open a clause of its own inside the verb group's window: a cue before them does not reach past. */
  readonly scopeOpeners: StatusCueClass;
  /**
   * Patterns that open a paragraph of page furniture ("Read also: ...", "Related: ..."): links to other
   * stories, whose events are not the article's claims.
   */
  readonly furniture: StatusCueClass;
  /**
   * How cues reach across the clauses of the syntax layer (src/extract/claims/scope.ts): `words` join a
   * verb to an earlier one with a stance of its own ("then admitted sending"), `unless` join two verbs
   * under one ("denied sending drones or supplying missiles"); a relative clause between subject and
   * verb keeps its cues to itself.
   */
  readonly stanceJoins: StatusCueClass;
  /**
   * Paragraphs that are only a heading over links ("Related", "READ MORE", "Top stories"): the
   * headline-like paragraphs after one (short, no closing full stop) are links, not the article's claims.
   */
  readonly furnitureHeadings: StatusCueClass;
  /**
   * A chain that leaves the act undone ("failed to deliver", "has yet to send"): its words are the
   * grammar's catenatives of meaning `failure` (src/knowledge/en/grammar.ts); these are its examples.
   */
  readonly failed: StatusCueClass;
  /**
   * Words before a stance verb that tell it as an old one ("at first denied", "had previously denied"):
   * the claim is `retrospective` (src/extract/claims/stance-time.ts), no stance of the publication date.
   */
  readonly recap: StatusCueClass;
  /**
   * Verbs (lemmas) that, with a noun of the event as subject, say the event takes place ("the deliveries
   * will begin", "sales could resume", "the delivery cannot take place"): their modal or negation is the
   * event's. Other verbs tell what the event brings about ("the sale will not alter the balance").
   */
  readonly occurs: StatusCueClass;
  /**
   * Verbs (lemmas) that carry out or advance the event they govern as a noun ("notify Congress of the
   * sale", "conclude the purchase"): a plan on such a verb is a plan of the event, unlike one on a verb
   * that opposes it ("tried to deter the deliveries").
   */
  readonly steps: StatusCueClass;
  /** Words before a noun of the event that tell it as still to come ("the proposed sale", "a planned delivery"). */
  readonly plannedModifiers: StatusCueClass;
  /**
   * Nouns of a report whose that-clause tells the event ("the claim that ...", "reports that ..."): what
   * the sentence then says of the report (not verified, denied) is said of the event.
   */
  readonly reportNouns: StatusCueClass;
  /** A predicate after a noun or gerund of the event that rules it out ("is out of the question", "off the table"). */
  readonly ruledOutAfter: StatusCueClass;
  /** A predicate after a noun or gerund of the event that keeps it open ("remains an option", "on the table"). */
  readonly optionAfter: StatusCueClass;
  /** Verbs that reject a report before its noun ("rebuffed claims that", "pushed back on reports that"). */
  readonly rejecting: StatusCueClass;
  /** A phrase after the event that holds it to a condition ("subject to congressional approval"). */
  readonly conditionAfter: StatusCueClass;
  /**
   * Wh-words that, right after a verb, open its complement ("declined to say how many", "did not say
   * when"): the complement presupposes its event, so a negation, refusal or non-confirmation of the
   * verb before them does not reach it.
   */
  readonly whComplements: StatusCueClass;
  /**
   * Verbs (lemmas) that ask for or permit an act ("urged Berlin to deliver", "asked to purchase",
   * "demanded that Taurus be delivered"): the act of their complement is still to come, `planned`.
   */
  readonly directives: StatusCueClass;
  /**
   * Verbs (lemmas) that tell of an event named as their object ("had not announced the shipment", "did
   * not disclose the sale"): their negation withholds the telling, not the event.
   */
  readonly telling: StatusCueClass;
}
