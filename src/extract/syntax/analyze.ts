import { grammar } from '../../knowledge/en/grammar.js';
import type { Parsed } from '../text.js';
import { freezeClauses, freezeGroup, nominalsOf } from './assemble.js';
import { readChunks } from './chunks.js';
import { liftReports } from './clause-tree.js';
import { ClauseReader } from './clauses.js';
import { buildContext } from './context.js';
import { applyControl, invertReports } from './control.js';
import { coordinate } from './coordination.js';
import { findGroups } from './groups.js';
import { compileLexicon, type Lexicon } from './lexicon.js';
import { type RoleReading, readClauseRoles, settleRoles } from './relations.js';
import type { MentionSpans, SentenceSyntax, VerbGroup } from './types.js';
import { layUnits } from './units.js';
import { aspectOf, type RawGroup } from './verbs.js';

let english: Lexicon | undefined;

/** Reads the shallow syntax of one sentence of a parsed body; `mentions` keeps known names in one chunk. */
export function analyzeSentence(parsed: Parsed, sentence: number, mentions?: MentionSpans): SentenceSyntax {
  english ??= compileLexicon(grammar);
  const ctx = buildContext(parsed, sentence, english, mentions);
  const { groups, groupOf } = findGroups(ctx);
  const layout = coordinate(ctx, readChunks(ctx, groups, groupOf), groups, groupOf);
  const units = layUnits(ctx, layout.chunks, layout.chunkOf, groups, groupOf);
  const reader = new ClauseReader(ctx, units).read();
  const byClause: number[][] = reader.clauses.map(() => []);
  reader.clauseOfUnit.forEach((c, i) => {
    byClause[c]?.push(i);
  });
  const firstGroup = (id: number): RawGroup | null => {
    for (const i of byClause[id] ?? []) {
      const u = units[i];
      if (u?.kind === 'vg' && !u.group.dropped) return u.group;
    }
    return null;
  };
  const reports = liftReports(reader.clauses, (c) => firstGroup(c.id));
  const reading: RoleReading = { roles: new Map(), nominal: new Map() };
  for (const idxs of byClause) readClauseRoles(ctx, units, idxs, reading);
  const live = groups.filter((g) => !g.dropped);
  const ids = new Map(live.map((g, i) => [g, i]));
  const clauseOfGroup = new Map<RawGroup, number>();
  units.forEach((u, i) => {
    if (u.kind === 'vg') clauseOfGroup.set(u.group, reader.clauseOfUnit[i] ?? 0);
  });
  const settled = live.map((g) => {
    const clause =
      reader.clauses[clauseOfGroup.get(g) ?? 0] ?? (reader.clauses[0] as (typeof reader.clauses)[number]);
    const r = reading.roles.get(g) ?? emptyRolesFor();
    const giving = clause.kind === 'relative' && ctx.lex.ditransitives.has(g.lemma);
    settleRoles(g, r, aspectOf(ctx, g).passive, clause, firstGroup(clause.id) === g, reading.roles, giving);
    return { g, r, clause: clause.id };
  });
  applyControl(ctx, reader.clauses, settled);
  invertReports(reports, settled);
  // Frozen only once all are settled: a later group may lend its object to an earlier one.
  const verbs: VerbGroup[] = settled.map(({ g, r, clause }, id) => {
    const coord = r.coordinatedWith === null ? null : (ids.get(r.coordinatedWith) ?? null);
    return freezeGroup(ctx, g, id, clause, r, coord);
  });
  return {
    sentence,
    first: ctx.first,
    last: ctx.last,
    truncated: ctx.truncated,
    chunks: layout.chunks,
    verbs,
    clauses: freezeClauses(reader.clauses, units, reader.clauseOfUnit, ids),
    nominals: nominalsOf(layout.chunks, reading.nominal),
    tokenClauses: tokenClauses(ctx.first, ctx.last, units, reader.clauseOfUnit),
  };
}

// A token outside every unit (none today) takes the clause of the unit before it.
function tokenClauses(
  first: number,
  last: number,
  units: readonly { first: number; last: number }[],
  clauseOfUnit: readonly number[],
): number[] {
  const out: number[] = new Array(Math.max(0, last - first + 1)).fill(-1);
  units.forEach((u, i) => {
    for (let k = u.first; k <= u.last; k++) out[k - first] = clauseOfUnit[i] ?? 0;
  });
  for (let k = 0; k < out.length; k++) if ((out[k] ?? -1) < 0) out[k] = k > 0 ? (out[k - 1] ?? 0) : 0;
  return out;
}

function emptyRolesFor(): Parameters<typeof settleRoles>[1] {
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

/** Reads every sentence of a parsed body. */
export function analyzeDocument(parsed: Parsed, mentions?: MentionSpans): SentenceSyntax[] {
  return parsed.sentences.map((_, i) => analyzeSentence(parsed, i, mentions));
}

/** Whether clause `inner` is clause `outer` or embedded under it: the reach of a negation, hedge or condition. */
export function governs(syntax: SentenceSyntax, outer: number, inner: number): boolean {
  let c: number | null = inner;
  for (let n = 0; c !== null && n <= syntax.clauses.length; n++) {
    if (c === outer) return true;
    c = syntax.clauses[c]?.parent ?? null;
  }
  return false;
}

/** The members of a chunk: its members for a coordination, else the chunk itself. */
export function membersOf<T extends { readonly members: readonly T[] }>(chunk: T): readonly T[] {
  return chunk.members.length > 0 ? chunk.members : [chunk];
}

/** The text of a token span of the parsed body. */
export function spanText(parsed: Parsed, first: number, last: number): string {
  const a = parsed.tokens[first];
  const b = parsed.tokens[last];
  return a === undefined || b === undefined ? '' : parsed.text.slice(a.start, b.end);
}
