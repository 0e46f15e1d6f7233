import type { Claim } from '../domain/extraction.js';

/**
 * A claim as one compact line, "transfer IRN>RUS [drone,missile] asserted", the shape that the
 * language pack's examples and the paraphrase suite write their expectations in.
 */
export function claimSignature(c: Pick<Claim, 'type' | 'actor' | 'target' | 'weapons' | 'status'>): string {
  return `${c.type} ${c.actor ?? 'null'}>${c.target ?? 'null'} [${c.weapons.map((w) => w.class).join(',')}] ${c.status}`;
}

/** One expectation split into its fields; each field may be `*` or alternatives joined by `|`. */
interface Expected {
  readonly type: string;
  readonly actor: string;
  readonly target: string;
  readonly weapons: readonly string[] | '*';
  readonly status: string;
}

/** Reads "type ACTOR>TARGET [class,class] status"; the weapon list may be omitted or `[*]`. */
export function parseSignature(line: string): Expected {
  const m = /^(\S+) (\S+)>(\S+)(?: \[([^\]]*)\])? (\S+)$/.exec(line.trim());
  if (!m) throw new Error(`not a claim signature: "${line}"`);
  const [, type = '', actor = '', target = '', weapons, status = ''] = m;
  return {
    type,
    actor,
    target,
    weapons: weapons === undefined || weapons === '*' ? '*' : weapons.split(',').filter(Boolean),
    status,
  };
}

const fits = (want: string, got: string | null): boolean =>
  want === '*' || want.split('|').some((w) => w.toLowerCase() === (got ?? 'null').toLowerCase());

/**
 * Whether a claim meets an expectation: each weapon class the expectation lists must be among the
 * claim's (an empty list asks for no weapon or only `unspecified`).
 */
export function meetsSignature(
  c: Pick<Claim, 'type' | 'actor' | 'target' | 'weapons' | 'status'>,
  line: string,
): boolean {
  const want = parseSignature(line);
  if (!fits(want.type, c.type) || !fits(want.actor, c.actor) || !fits(want.target, c.target)) return false;
  if (!fits(want.status, c.status)) return false;
  if (want.weapons === '*') return true;
  const classes = c.weapons.map((w) => w.class).filter((k) => k !== 'unspecified');
  if (want.weapons.length === 0) return classes.length === 0;
  return want.weapons.every((slot) => classes.some((k) => fits(slot, k)));
}

/** The expectations that no claim meets, in their order. */
export function unmetSignatures(
  claims: readonly Pick<Claim, 'type' | 'actor' | 'target' | 'weapons' | 'status'>[],
  lines: readonly string[],
): string[] {
  return lines.filter((line) => !claims.some((c) => meetsSignature(c, line)));
}
