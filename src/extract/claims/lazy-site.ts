/**
 * A trigger's site whose syntax and `conditional` are read only when a pass first asks: the syntax layer
 * is the costliest pass, and a trigger that fails the cheap gates never needs it. A class rather than an
 * object literal with a getter, so that every site has one shape and the passes' property reads stay fast.
 */

import type { Trigger } from '../../knowledge/en/index.js';
import type { SentenceSyntax } from '../syntax/index.js';
import type { Sentence, Token } from '../text.js';
import type { ClaimInputs, Draft, Party, Site, Span } from './types.js';

export class LazySite implements Site {
  readonly input: ClaimInputs;
  readonly s: Sentence;
  readonly k: number;
  readonly t: Token;
  readonly trig: Trigger;
  readonly key: string;
  readonly clause: Readonly<Span>;
  readonly condActor: Party;
  readonly drafts: readonly Draft[];
  readonly syntax: () => SentenceSyntax;
  private readonly conditionedAt: () => boolean;
  private known: boolean | undefined = undefined;

  /** `base` gives the fields; `conditionedAt` says whether the trigger is conditional, asked at most once. */
  constructor(base: Site, conditionedAt: () => boolean, syntax: () => SentenceSyntax) {
    this.input = base.input;
    this.s = base.s;
    this.k = base.k;
    this.t = base.t;
    this.trig = base.trig;
    this.key = base.key;
    this.clause = base.clause;
    this.condActor = base.condActor;
    this.drafts = base.drafts;
    this.syntax = syntax;
    this.conditionedAt = conditionedAt;
  }

  get conditional(): boolean {
    this.known ??= this.conditionedAt();
    return this.known;
  }
}
