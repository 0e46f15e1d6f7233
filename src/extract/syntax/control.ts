import type { RawClause } from './clause-tree.js';
import type { Context } from './context.js';
import type { MutableRoles } from './relations.js';
import type { NounChunk } from './types.js';
import { aspectOf, type RawGroup } from './verbs.js';

/** A verb group with its settled roles and clause. */
export interface Settled {
  readonly g: RawGroup;
  readonly r: MutableRoles;
  readonly clause: number;
}

/**
 * Gives an infinitive or -ing clause without a subject the one its governing verb lends: the object of
 * an object-control verb ("urged Berlin to deliver", which then is the verb's complement) or before
 * "of"/"for" ("accused China of supplying"), else the governing verb's own agent ("Iran sent drones to
 * help Russia"); verbs coordinated with it ("to attack cities and kill civilians") get the same.
 */
export function applyControl(ctx: Context, clauses: RawClause[], settled: readonly Settled[]): void {
  for (const c of clauses) {
    if (c.parent === null || (c.kind !== 'purpose' && c.kind !== 'adverbial' && c.kind !== 'temporal'))
      continue;
    const own = settled.find((s) => s.clause === c.id);
    if (own === undefined || own.r.subject !== null) continue;
    const a = aspectOf(ctx, own.g);
    if (a.nonFinite !== 'to' && a.nonFinite !== 'ing') continue;
    const governor = lastBefore(settled, c.parent, own.g.first);
    if (governor === undefined) continue;
    const control = controllerOf(ctx, c, governor, a.nonFinite);
    if (control === null) continue;
    const [controller, how] = control;
    for (const s of settled) {
      if (s !== own && !(s.clause === c.id && s.r.coordinatedWith === own.g && s.r.subject === null))
        continue;
      s.r.subject = controller;
      if (aspectOf(ctx, s.g).passive) s.r.patient ??= controller;
      else s.r.agent = controller;
      s.r.gap = 'subject';
      s.r.control = how;
    }
  }
}

/** In a report clause with its verb first (", said Lavrov."), the chunk after the verb is its subject. */
export function invertReports(reports: ReadonlySet<number>, settled: readonly Settled[]): void {
  for (const s of settled) {
    if (!reports.has(s.clause) || s.r.subject !== null || s.r.object === null) continue;
    s.r.subject = s.r.object;
    s.r.agent = s.r.object;
    s.r.object = null;
    s.r.patient = null;
  }
}

function lastBefore(settled: readonly Settled[], clause: number, token: number): Settled | undefined {
  let found: Settled | undefined;
  for (const s of settled) if (s.clause === clause && s.g.head < token) found = s;
  return found;
}

// The controller and how it controls; a passive governor's object is its surface subject ("Iran was
// accused by the US of sending", "Berlin was urged to deliver").
function controllerOf(
  ctx: Context,
  c: RawClause,
  governor: Settled,
  form: 'to' | 'ing',
): [NounChunk, 'object' | 'agent'] | null {
  const passive = aspectOf(ctx, governor.g).passive;
  const object = governor.r.object ?? (passive ? governor.r.subject : null);
  if (form === 'to' && object !== null && ctx.lex.objectControl.has(governor.g.lemma)) {
    c.kind = 'complement';
    c.governor = governor.g;
    return [object, 'object'];
  }
  if (form === 'ing' && object !== null && ctx.lex.gerundControl.has(c.marker ?? ''))
    return [object, 'object'];
  // A passive lends its agent only ("will be used to attack": not the thing used).
  return governor.r.agent === null ? null : [governor.r.agent, 'agent'];
}
