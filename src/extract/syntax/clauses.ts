import {
  antecedentBefore,
  auxiliaryBeforeAside,
  finiteAhead,
  foldAuxiliaries,
  foldInversion,
  isFiniteGroup,
  isInversion,
  isReducedRelative,
  isReportAside,
  isReportTail,
  takesComplement,
  verbAfterPhrases,
} from './clause-rules.js';
import { closesOnVerb, type RawClause } from './clause-tree.js';
import type { Context } from './context.js';
import type { ClauseKind, NounChunk } from './types.js';
import type { Unit } from './units.js';
import type { RawGroup } from './verbs.js';

type Opening = Omit<
  RawClause,
  'id' | 'hasVerb' | 'parent' | 'governor' | 'antecedent' | 'inverted' | 'paren' | 'marker'
> &
  Partial<Pick<RawClause, 'governor' | 'antecedent' | 'inverted' | 'paren' | 'marker'>>;

/** Reads clauses left to right with a stack; each unit gets the clause open when it is read. */
export class ClauseReader {
  readonly clauses: RawClause[] = [];
  readonly clauseOfUnit: number[];
  private readonly stack: number[] = [];
  private readonly ahead: readonly number[];

  constructor(
    private readonly ctx: Context,
    private readonly units: readonly Unit[],
  ) {
    this.clauseOfUnit = new Array(units.length).fill(0);
    this.ahead = finiteAhead(ctx, units);
    this.open({ kind: 'main', closesAtComma: false }, null);
  }

  get top(): RawClause {
    return this.clauses[this.stack[this.stack.length - 1] ?? 0] as RawClause;
  }

  open(o: Opening, parent: number | null): RawClause {
    const c: RawClause = {
      id: this.clauses.length,
      kind: o.kind,
      parent,
      marker: o.marker ?? null,
      governor: o.governor ?? null,
      antecedent: o.antecedent ?? null,
      inverted: o.inverted ?? false,
      closesAtComma: o.closesAtComma,
      paren: o.paren ?? false,
      hasVerb: false,
    };
    this.clauses.push(c);
    this.stack.push(c.id);
    return c;
  }

  /** Opens a clause under the current one. */
  sub(o: Opening): RawClause {
    return this.open(o, this.top.id);
  }

  pop(): void {
    if (this.stack.length > 1) this.stack.pop();
  }

  popToRoot(): void {
    this.stack.length = Math.min(this.stack.length, 1);
  }

  assign(i: number): void {
    this.clauseOfUnit[i] = this.top.id;
  }

  /** Reads every unit. */
  read(): this {
    for (let i = 0; i < this.units.length; i++) {
      const u = this.units[i] as Unit;
      if (u.kind === 'punct') this.onPunct(i, u.lemma);
      else if (u.kind === 'sub') this.onSub(i, u.lemma, u.clause);
      else if (u.kind === 'vg') this.onVerb(i, u.group);
      else if (u.kind === 'np') this.onNoun(i);
      else this.assign(i);
    }
    return this;
  }

  private onPunct(i: number, p: string): void {
    if (p === ';' || p === ':') {
      this.popToRoot();
      this.assign(i);
      // The new main clause is the root of what follows: a report tail after it ("NEW DELHI: X, Reuters
      // reported") reports it, not the clause before the colon.
      this.stack.length = 0;
      this.open({ kind: 'main', closesAtComma: false }, null);
      return;
    }
    if (p === '(') {
      this.assign(i);
      this.sub({ kind: 'parenthetical', closesAtComma: false, paren: true });
      return;
    }
    if (p === ')') {
      this.assign(i);
      while (this.stack.length > 1 && !this.top.paren) this.pop();
      this.pop();
      return;
    }
    this.assign(i);
    if (p === ',' || p === '—' || p === '–' || p === '--') {
      while (this.stack.length > 1 && this.top.closesAtComma && this.top.hasVerb) this.pop();
    }
    if (this.top.kind === 'report') return;
    if ((p === ',' || p === '"') && isReportTail(this.ctx, this.units, i)) {
      this.popToRoot();
      this.sub({ kind: 'report', closesAtComma: false });
    } else if (p === ',' && isReportAside(this.ctx, this.units, i)) {
      this.sub({ kind: 'report', closesAtComma: true });
    }
  }

  private onSub(i: number, lemma: string, kind: string): void {
    const relative = kind === 'relative' || (lemma === 'that' && this.relativeThat(i));
    if (relative) {
      const antecedent = antecedentBefore(this.units, i);
      const comma = this.units[i - 1]?.kind === 'punct';
      this.sub({ kind: 'relative', marker: lemma, antecedent, closesAtComma: comma });
    } else if (kind === 'complement' && this.units[i - 1]?.kind === 'cc' && this.top.kind === 'complement') {
      // "said that X, and that Y": the second complement is the first one's sibling, under the same verb.
      const first = this.top;
      this.pop();
      this.sub({ kind: 'complement', marker: lemma, governor: first.governor, closesAtComma: false });
    } else if (kind === 'complement') {
      this.sub({ kind: 'complement', marker: lemma, governor: this.governorBefore(i), closesAtComma: false });
    } else {
      this.sub({ kind: kind as ClauseKind, marker: lemma, closesAtComma: true });
      const next = this.units[i + 1];
      if (lemma.endsWith(' to') && next?.kind === 'vg') next.group.infinitive = true;
    }
    this.assign(i);
  }

  // "the drones Iran sent": a chunk, a subject and a verb. Before the clause's verb, another finite verb
  // must follow ("... exploded"); after it, the first chunk must be no prepositional object.
  private bareRelative(i: number, before: NounChunk, adverb: number): boolean {
    if (before.temporal) return false;
    // The relative's verb has a gap: no object right after it ("X says Y ..." is no relative).
    const verb = this.units[i + 1 + adverb];
    if (verb?.kind !== 'vg' || this.units[i + 2 + adverb]?.kind === 'np') return false;
    if (!this.top.hasVerb) return (this.ahead[i + 1 + adverb] ?? 0) === 1;
    return this.units[i - 2]?.kind !== 'prep';
  }

  // The verb a "that" clause completes: right before it, or before its hearer or phrases ("told reporters
  // that", "said on Friday that"), in the same clause.
  private governorBefore(i: number): RawGroup | null {
    for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
      const u = this.units[j];
      if (u?.kind === 'vg') return u.group;
      if (u?.kind !== 'np' && u?.kind !== 'prep' && u?.kind !== 'other') return null;
      if (this.clauseOfUnit[j] !== this.top.id) return null;
    }
    return null;
  }

  // "that" after a chunk is relative when the clause after it lacks a subject or an object.
  private relativeThat(i: number): boolean {
    if (
      antecedentBefore(this.units, i) === null ||
      (this.units[i - 1]?.kind === 'punct' && (this.units[i - 1] as { lemma: string }).lemma === ',')
    )
      return false;
    const a = this.units[i + 1];
    const b = this.units[i + 2];
    const c = this.units[i + 3];
    if (a?.kind === 'vg' || (a?.kind === 'other' && b?.kind === 'vg')) return true;
    // The object's place after the verb is empty: a preposition, punctuation, the next verb or the end follows.
    const gap =
      c === undefined ||
      c.kind === 'prep' ||
      c.kind === 'punct' ||
      c.kind === 'sub' ||
      c.kind === 'cc' ||
      c.kind === 'vg';
    // "drones that Iran had sent it": a pronoun after a giving verb is its indirect object, the gap its object.
    const d = this.units[i + 4];
    const given =
      c?.kind === 'np' &&
      c.chunk.pronoun &&
      b?.kind === 'vg' &&
      this.ctx.lex.ditransitives.has(b.group.lemma) &&
      (d === undefined || d.kind === 'punct' || d.kind === 'prep');
    return (
      a?.kind === 'np' &&
      b?.kind === 'vg' &&
      (gap || given) &&
      b.group.lemma !== 'be' &&
      !this.ctx.lex.complementVerbs.has(b.group.lemma)
    );
  }

  private onVerb(i: number, g: RawGroup): void {
    const ctx = this.ctx;
    const coordinated =
      this.units[i - 1]?.kind === 'cc' ||
      (this.units[i - 1]?.kind === 'other' && this.units[i - 2]?.kind === 'cc');
    if (isFiniteGroup(ctx, g) && !coordinated) {
      while (this.stack.length > 1 && this.top.hasVerb && closesOnVerb(this.top)) this.pop();
    }
    // "said that X had delivered ..., and warned that ...": after a comma and "and", a speech verb
    // continues the clause that governs the complement, not the complement.
    const afterComma = this.units[i - 1]?.kind === 'cc' && this.units[i - 2]?.kind === 'punct';
    if (
      afterComma &&
      takesComplement(ctx, this.units[i]) &&
      this.top.kind === 'complement' &&
      this.top.governor
    ) {
      while (this.stack.length > 1 && this.top.kind !== 'complement') this.pop();
      this.pop();
    }
    const cut = auxiliaryBeforeAside(ctx, this.units, i);
    if (cut !== null) {
      foldAuxiliaries(ctx, cut, g);
      this.assign(i);
      return;
    }
    if (isInversion(ctx, this.units, i)) {
      const into = this.units[i + 2] as { group: RawGroup };
      foldInversion(ctx, g, into.group);
      this.sub({ kind: 'conditional', marker: ctx.word(g.head), inverted: true, closesAtComma: true });
      this.assign(i);
      return;
    }
    // "to attack cities and kill civilians": a bare verb after "and" in an infinitive is one too.
    const bare =
      g.segments[0]?.aux.length === 0 && g.links.length === 0 && ctx.word(g.head) === ctx.lemma(g.head);
    if (coordinated && bare && this.top.kind === 'purpose' && this.top.hasVerb) g.infinitive = true;
    else if (g.infinitive && !(this.top.kind === 'purpose' && !this.top.hasVerb)) {
      this.sub({ kind: 'purpose', marker: 'to', closesAtComma: true });
    } else if (this.units[i - 1]?.kind === 'prep' && !isFiniteGroup(ctx, g) && !coordinated) {
      const prep = this.units[i - 1] as { lemma: string };
      const kind = ctx.lex.subordinators.match((k) => (k === 0 ? prep.lemma : ''), 0, 0)?.value;
      this.sub({
        kind: kind === 'temporal' ? 'temporal' : 'adverbial',
        marker: prep.lemma,
        closesAtComma: true,
      });
      this.clauseOfUnit[i - 1] = this.top.id;
    } else if (
      this.units[i - 1]?.kind === 'punct' &&
      this.top.hasVerb &&
      !isFiniteGroup(ctx, g) &&
      !g.infinitive
    ) {
      // ", calling the move an escalation": an -ing clause after a comma says more of its clause.
      this.sub({ kind: 'adverbial', closesAtComma: true });
    } else if (
      !coordinated &&
      isReducedRelative(ctx, this.units, i, this.top.hasVerb, this.openEnded() ? this.ahead : null)
    ) {
      g.reduced = true;
      this.sub({
        kind: 'reduced-relative',
        antecedent: antecedentBefore(this.units, i),
        closesAtComma: true,
      });
    }
    this.assign(i);
    this.top.hasVerb = true;
  }

  // In a clause opened by a marker ("which Iran sent"), the first verb is the clause's own.
  private openEnded(): boolean {
    return this.top.kind === 'main' || (this.top.kind === 'complement' && this.top.marker === null);
  }

  private onNoun(i: number): void {
    const prev = this.units[i - 1];
    // An adverb may stand between subject and verb ("officials privately cite").
    const adverb = this.units[i + 1]?.kind === 'other' ? 1 : 0;
    const next = this.units[i + 1 + adverb];
    const finiteNext = next?.kind === 'vg' && isFiniteGroup(this.ctx, next.group);
    const governor = takesComplement(this.ctx, prev) ? prev.group : null;
    if (governor !== null && verbAfterPhrases(this.ctx, this.units, i)) {
      this.sub({ kind: 'complement', governor, closesAtComma: false });
    } else if (prev?.kind === 'cc' && this.top.hasVerb && finiteNext && this.units[i - 2]?.kind !== 'vg') {
      // A clause with its own subject after "and" does not continue a relative clause (it has no gap)
      // nor an adverbial one; after a comma ("..., but the minister said") it joins the main clause.
      const comma = this.units[i - 2]?.kind === 'punct';
      while (this.stack.length > 1 && (comma || this.top.closesAtComma || this.top.kind === 'relative'))
        this.pop();
      const sibling = this.top;
      if (sibling.parent === null) this.open({ kind: 'main', closesAtComma: false }, null);
      else {
        this.pop();
        this.sub({ kind: sibling.kind, closesAtComma: sibling.closesAtComma, governor: sibling.governor });
      }
    } else if (prev?.kind === 'np' && finiteNext && this.bareRelative(i, prev.chunk, adverb)) {
      this.sub({ kind: 'relative', antecedent: prev.chunk, closesAtComma: false });
    }
    this.assign(i);
  }
}
