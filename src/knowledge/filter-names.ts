import { InvalidArgumentError } from '../errors.js';
import { loadKnowledge } from './index.js';
import { type NameRole, resolveName } from './resolve-name.js';

/** The fields of an events filter that may hold a name instead of an id. */
interface NamedFields {
  readonly actor?: string | undefined;
  readonly target?: string | undefined;
  readonly weapon?: string | undefined;
}

const ROLES = { actor: 'entity', target: 'entity', weapon: 'weapon' } as const satisfies Record<
  keyof NamedFields,
  NameRole
>;

/**
 * The filter with its actor, target and weapon read as ids ("Iran" -> IRN, "Fath-360" -> weapon:fath-360),
 * or throws `invalid_argument` naming the option and the closest known names; `prefix` is how the caller
 * writes an option ("--" on the command line).
 */
export function resolveFilterNames<T extends NamedFields>(filter: T, prefix = ''): T {
  const kb = loadKnowledge();
  const out: Record<string, unknown> = { ...(filter as Record<string, unknown>) };
  for (const field of Object.keys(ROLES) as (keyof NamedFields)[]) {
    const value = filter[field];
    if (value === undefined) continue;
    const resolved = resolveName(kb, ROLES[field], value);
    if (resolved.ok) {
      out[field] = resolved.id;
      continue;
    }
    const hint = resolved.suggestions.length > 0 ? `; did you mean ${resolved.suggestions.join(', ')}?` : '';
    throw new InvalidArgumentError(`${prefix}${field}: ${resolved.reason}${hint}`);
  }
  return out as T;
}
