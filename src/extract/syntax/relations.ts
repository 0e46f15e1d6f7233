import type { RawClause } from './clause-tree.js';
import type { Context } from './context.js';
import type { Attachment, NounChunk, Roles } from './types.js';
import type { Unit } from './units.js';
import type { RawGroup } from './verbs.js';

/** Roles as the pass fills them. */
export interface MutableRoles {
  subject: NounChunk | null;
  agent: NounChunk | null;
  patient: NounChunk | null;
  object: NounChunk | null;
  indirectObject: NounChunk | null;
  attribute: NounChunk | null;
  attachments: Attachment[];
  gap: Roles['gap'];
  control: Roles['control'];
  coordinatedWith: RawGroup | null;
}

/** What the role pass hands on: each group's roles and each noun's own attachments. */
export interface RoleReading {
  readonly roles: Map<RawGroup, MutableRoles>;
  readonly nominal: Map<NounChunk, Attachment[]>;
}

function emptyRoles(): MutableRoles {
  return {
    subject: null,
    agent: null,
    patient: null,
    object: null,
    indirectObject: null,
    attribute: null,
    attachments: [],
    gap: null,
    control: null,
    coordinatedWith: null,
  };
}

interface State {
  candidate: NounChunk | null;
  candidateEnclosed: boolean;
  anchor: NounChunk | null;
  pending: Attachment[];
  current: MutableRoles | null;
  group: RawGroup | null;
  bare: number;
}

/** Reads subjects, objects and attachments of the verb groups of one clause, from its own units in order. */
export function readClauseRoles(
  ctx: Context,
  units: readonly Unit[],
  idxs: readonly number[],
  out: RoleReading,
): void {
  const s: State = {
    candidate: null,
    candidateEnclosed: false,
    anchor: null,
    pending: [],
    current: null,
    group: null,
    bare: 0,
  };
  // Quotation marks inside a clause ("the publication of "false reports"") stand between no roles.
  const own = idxs.filter((i) => !isQuote(units[i]));
  for (let p = 0; p < own.length; p++) {
    const u = units[own[p] ?? -1];
    if (u === undefined) continue;
    if (u.kind === 'np') onNoun(ctx, s, u.chunk, units, own[p] ?? 0);
    else if (u.kind === 'prep') {
      const next = own[p + 1] ?? -1;
      const n = units[next];
      if (n?.kind !== 'np' || !adjacent(units, own[p] ?? -1, next)) continue;
      onAttachment(s, { prep: u.lemma, token: u.first, chunk: n.chunk, ambiguous: false }, u.nominal, out);
      p++;
    } else if (u.kind === 'vg' && !u.group.dropped) onGroup(s, u.group, out);
    else if (u.kind === 'punct' || u.kind === 'cc' || u.kind === 'sub') s.anchor = null;
  }
}

function isQuote(u: Unit | undefined): boolean {
  return u?.kind === 'punct' && u.lemma === '"';
}

// Whether unit `b` follows unit `a` with nothing but quotation marks between.
function adjacent(units: readonly Unit[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (!isQuote(units[k])) return false;
  return b > a;
}

function onNoun(ctx: Context, s: State, chunk: NounChunk, units: readonly Unit[], at: number): void {
  if (chunk.temporal) {
    const att = { prep: '', token: chunk.first, chunk, ambiguous: false };
    if (s.current) s.current.attachments.push(att);
    else s.pending.push(att);
    return;
  }
  s.anchor = chunk;
  if (s.current === null) {
    const before = units[at - 1];
    const after = units[at + 1];
    const enclosed =
      before?.kind === 'punct' && before.lemma === ',' && after?.kind === 'punct' && after.lemma === ',';
    // "Iran, Russia's ally, sent": an aside between commas does not replace the subject before it.
    if (!(enclosed && s.candidate !== null)) {
      s.candidate = chunk;
      s.candidateEnclosed = enclosed;
    }
    return;
  }
  const r = s.current;
  // "sent into Kupiansk, a town near Kharkiv": a noun phrase right after a comma that follows another
  // stands in apposition to it, no object of the verb.
  const comma = units[at - 1];
  if (comma?.kind === 'punct' && comma.lemma === ',' && units[at - 2]?.kind === 'np') return;
  if (s.bare === 0 && r.object === null) {
    r.object = chunk;
    s.bare = 1;
  } else if (
    s.bare === 1 &&
    r.indirectObject === null &&
    s.group &&
    ctx.lex.ditransitives.has(s.group.lemma)
  ) {
    r.indirectObject = r.object;
    r.object = chunk;
    s.bare = 2;
  }
}

// "of" always attaches to the noun before it, and so does any phrase before the verb. After the verb, a
// to/from/by/... phrase goes on with a noun that has an of-phrase or a possessor; when that noun is the
// verb's own object without a possessor, either reading holds and the phrase is listed on both.
function onAttachment(s: State, att: Attachment, nominalPrep: boolean, out: RoleReading): void {
  const anchor = s.anchor;
  const nominal = anchor !== null && (anchor.possessor !== null || out.nominal.has(anchor));
  if (anchor !== null && (s.current === null || att.prep === 'of' || (nominalPrep && nominal))) {
    const shared =
      s.current !== null && att.prep !== 'of' && s.current.object === anchor && anchor.possessor === null;
    const own = shared ? { ...att, ambiguous: true } : att;
    const list = out.nominal.get(anchor) ?? [];
    list.push(own);
    out.nominal.set(anchor, list);
    if (shared) s.current?.attachments.push(own);
    return;
  }
  if (s.current) s.current.attachments.push(att);
  else s.pending.push(att);
  s.anchor = att.chunk;
}

function onGroup(s: State, g: RawGroup, out: RoleReading): void {
  const r = emptyRoles();
  r.subject = s.candidate;
  // A later verb of the same clause without a subject of its own shares the one before ("sold but also
  // delivered", "denied the reports, then admitted").
  if (s.group !== null && s.candidate === null) {
    r.coordinatedWith = s.group;
    r.subject = out.roles.get(s.group)?.subject ?? null;
  }
  r.attachments.push(...s.pending);
  out.roles.set(g, r);
  s.pending = [];
  s.candidate = null;
  s.anchor = null;
  s.current = r;
  s.group = g;
  s.bare = 0;
}

/** Sets agent and patient from voice, fills a relative clause's gap, and shares objects across "sold and delivered". */
export function settleRoles(
  g: RawGroup,
  r: MutableRoles,
  passive: boolean,
  clause: RawClause,
  first: boolean,
  roles: Map<RawGroup, MutableRoles>,
  giving = false,
): void {
  const ante = clause.antecedent;
  // "drones that Iran had sent it": after a giving verb, a pronoun object is the one given to.
  const objectGap = r.subject !== null && r.indirectObject === null;
  if (ante !== null && first && giving && !passive && r.object?.pronoun && objectGap) {
    r.indirectObject = r.object;
    r.object = null;
  }
  if (ante !== null && (first || r.coordinatedWith !== null)) fillGap(r, passive, clause, ante);
  if (g.lemma === 'be' && !passive && r.object !== null) {
    r.attribute = r.object;
    r.object = null;
  }
  if (passive) {
    r.agent = r.attachments.find((a) => a.prep === 'by' && !a.chunk.temporal)?.chunk ?? null;
    if (r.gap === null) r.patient = r.subject;
    if (r.object !== null) {
      r.indirectObject ??= r.patient;
      r.patient = r.object;
    }
  } else {
    r.agent ??= r.subject;
    r.patient ??= r.object;
  }
  // "sold but also delivered jets to Myanmar": a verb with nothing after it shares the object and the
  // phrases of the verb it is coordinated with.
  const before = r.coordinatedWith === null ? undefined : roles.get(r.coordinatedWith);
  if (before && before.object === null && before.attachments.length === 0 && r.object !== null) {
    before.object = r.object;
    before.patient ??= r.object;
    before.attachments.push(...r.attachments.filter((a) => !a.chunk.temporal));
  }
}

function fillGap(r: MutableRoles, passive: boolean, clause: RawClause, ante: NounChunk): void {
  // "whose range would put ...": the antecedent owns a chunk of the clause and fills no role.
  if (clause.marker === 'whose') return;
  if (clause.kind === 'reduced-relative') {
    if (passive) {
      r.patient = ante;
      r.gap = 'patient';
    } else {
      r.subject = ante;
      r.agent = ante;
      r.gap = 'subject';
    }
  } else if (r.subject === null) {
    r.subject = ante;
    if (passive) r.patient = ante;
    else r.agent = ante;
    r.gap = passive ? 'patient' : 'subject';
  } else if (r.object === null && !passive) {
    r.object = ante;
    r.patient = ante;
    r.agent = r.subject;
    r.gap = 'object';
  }
}
