import {
  CREDIBILITY_WORDS,
  credibilityRule,
  originReliability,
  RELIABILITY_WORDS,
  type Reliability,
  type ReliabilityTable,
  statusRule,
} from '../corroborate/index.js';
import type { Event, EventClaim, Origin } from '../domain/event.js';

/** The four answers an origin can give, as the verdict block shows them. */
export type VerdictStance = 'confirms' | 'reports' | 'denies' | 'declines';

/** The stances in the order the block lists them, with their headings. */
export const VERDICT_STANCES: readonly (readonly [VerdictStance, string])[] = [
  ['confirms', 'Confirms on the record'],
  ['reports', 'Reports'],
  ['denies', 'Denies'],
  ['declines', 'Declines to confirm or hedges'],
];

/** One stance's strongest statement, the copies folded under it and the other origins that say the same. */
export interface VerdictRow {
  readonly stance: VerdictStance;
  readonly origin: Origin;
  readonly reliability: Reliability;
  readonly claim: EventClaim;
  /** Other claims of the same origin and stance: copies and repeats of the statement shown. */
  readonly echoes: number;
  /** The other origins of this stance, strongest first. */
  readonly others: readonly Origin[];
}

/** The verdict of an event: a row per stance held, the status rule that decided and the grade in words. */
export interface Verdict {
  readonly rows: readonly VerdictRow[];
  readonly status: { readonly rule: string | null; readonly words: string };
  readonly grade: { readonly code: string; readonly reliability: string; readonly credibility: string };
}

const NAMED_KINDS = new Set<Origin['kind']>(['government', 'organization', 'person']);

/** Where an origin stands: on-the-record support (a government, body or person), a report, a denial, a doubt. */
export function verdictStance(origin: Pick<Origin, 'stance' | 'kind'>): VerdictStance {
  switch (origin.stance) {
    case 'asserts':
    case 'plans':
    case 'conditional':
      return NAMED_KINDS.has(origin.kind) ? 'confirms' : 'reports';
    case 'denies':
      return 'denies';
    default:
      return 'declines';
  }
}

/** Whether a claim's own status says what its origin's stance says (a denial under a denier). */
function saysStance(claim: EventClaim, stance: VerdictStance): boolean {
  if (stance === 'denies') return claim.status === 'denied';
  if (stance === 'declines') return claim.status === 'unconfirmed' || claim.status === 'possible';
  return claim.status === 'asserted' || claim.status === 'planned' || claim.status === 'conditional';
}

/** Strongest first: a named source over none, an original over an echo, then the earliest. */
function byStrength(a: EventClaim, b: EventClaim): number {
  const named = Number(b.source !== null) - Number(a.source !== null);
  if (named !== 0) return named;
  const echo = Number(a.echoOf !== null) - Number(b.echoOf !== null);
  if (echo !== 0) return echo;
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.document.localeCompare(b.document);
}

function row(
  stance: VerdictStance,
  origins: readonly Origin[],
  claims: readonly EventClaim[],
  table: ReliabilityTable,
): VerdictRow | null {
  const rated = origins
    .map((origin) => ({ origin, reliability: originReliability(origin, table) }))
    .sort(
      (a, b) =>
        a.reliability.localeCompare(b.reliability) ||
        Number(b.origin.official) - Number(a.origin.official) ||
        b.origin.claims - a.origin.claims ||
        a.origin.name.localeCompare(b.origin.name),
    );
  for (const { origin, reliability } of rated) {
    const own = claims.filter((c) => c.origin === origin.name);
    const fitting = own.filter((c) => saysStance(c, stance));
    const pool = (fitting.length > 0 ? fitting : own).slice().sort(byStrength);
    const claim = pool[0];
    if (claim === undefined) continue;
    const others = rated.map((r) => r.origin).filter((o) => o !== origin);
    return { stance, origin, reliability, claim, echoes: pool.length - 1, others };
  }
  return null;
}

/** The verdict block's content for an event, by the reliability table the grade used. */
export function verdictOf(event: Event, table: ReliabilityTable): Verdict {
  const rows = VERDICT_STANCES.flatMap(([stance]) => {
    const origins = event.origins.filter((o) => verdictStance(o) === stance);
    const found = origins.length === 0 ? null : row(stance, origins, event.claims, table);
    return found === null ? [] : [found];
  });
  const rule = statusRule(event.type, event.phase, event.origins);
  const status =
    rule.status === event.status
      ? { rule: rule.rule, words: rule.words }
      : {
          rule: null,
          words: `set apart from the rules, which would give ${rule.status.replaceAll('_', ' ')}`,
        };
  const cred = credibilityRule(event.origins);
  const { reliability: letter, credibility: digit, reasons } = event.grade;
  const best = reasons.find((r) => r.startsWith('best source:'));
  return {
    rows,
    status,
    grade: {
      code: `${letter}${digit}`,
      reliability: `${letter}: ${RELIABILITY_WORDS[letter]}${best ? ` (${best.replace(/ \([A-F]\)$/, '')})` : ''}`,
      credibility: `${digit}: ${CREDIBILITY_WORDS[digit] ?? 'unknown'}${cred.credibility === digit ? ` (rule ${cred.rule}: ${cred.words})` : ''}`,
    },
  };
}
