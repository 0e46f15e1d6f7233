import type { ClauseKind, NounChunk } from './types.js';
import type { RawGroup } from './verbs.js';

/** A clause as the pass builds it. */
export interface RawClause {
  readonly id: number;
  kind: ClauseKind;
  parent: number | null;
  readonly marker: string | null;
  governor: RawGroup | null;
  readonly antecedent: NounChunk | null;
  readonly inverted: boolean;
  /** Closes at the next comma once it has its verb (subordinate and non-restrictive clauses). */
  readonly closesAtComma: boolean;
  readonly paren: boolean;
  hasVerb: boolean;
}

/**
 * Whether a clause that has its verb ends at the next finite verb: all but those that run to the end of
 * their parent (main, reports, asides, and complements of a verb; "reports that X sent drones are
 * false" ends at "are").
 */
export function closesOnVerb(c: RawClause): boolean {
  if (c.kind === 'complement') return c.governor === null && c.marker !== null;
  return c.kind !== 'main' && c.kind !== 'report' && c.kind !== 'parenthetical';
}

/** Makes each report clause the parent of the clause it reports ("Iran sent drones, officials said"); returns their ids. */
export function liftReports(
  clauses: RawClause[],
  governorOf: (c: RawClause) => RawGroup | null,
): Set<number> {
  const reports = new Set<number>();
  for (const r of clauses) {
    if (r.kind !== 'report' || r.parent === null) continue;
    const content = clauses[r.parent];
    if (content === undefined) continue;
    r.parent = content.parent;
    content.parent = r.id;
    if (content.kind === 'main') content.kind = 'complement';
    content.governor = governorOf(r);
    r.kind = r.parent === null ? 'main' : 'report';
    reports.add(r.id);
  }
  return reports;
}
