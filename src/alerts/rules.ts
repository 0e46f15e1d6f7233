import { z } from 'zod';
import { EventStatus } from '../domain/event.js';
import { ClaimType } from '../domain/extraction.js';

const Code = z
  .string()
  .trim()
  .min(1)
  .transform((s) => (/^[a-z]{3}$/i.test(s) ? s.toUpperCase() : s));

/** Which events a rule is about: the events list's filters, all optional (none matches every event). */
export const RuleMatch = z.strictObject({
  actor: Code.optional(),
  target: Code.optional(),
  type: ClaimType.optional(),
  status: EventStatus.optional(),
  weapon: z.string().trim().min(1).optional(),
});
export type RuleMatch = z.infer<typeof RuleMatch>;

/**
 * A watch rule: "tell URL when an event matching these filters appears or changes status", each
 * POST signed with an HMAC of the body under a shared secret (given, or read from an environment variable).
 */
export const WatchRule = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    url: z.url({ protocol: /^https?$/, error: 'expected an http or https URL' }),
    secret: z.string().min(16, 'expected a secret of at least 16 characters').optional(),
    secretEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'expected an environment variable name')
      .optional(),
    when: RuleMatch.default({}),
    on: z
      .array(z.enum(['appeared', 'status_changed']))
      .min(1)
      .default(['appeared', 'status_changed']),
    /** On the first check, notify the events already there (otherwise they are only remembered). */
    notifyExisting: z.boolean().default(false),
    maxAttempts: z.number().int().min(1).max(20).default(5),
    /** Seconds before the first retry; each next one waits twice as long. */
    retryDelay: z.number().positive().max(3600).default(2),
    timeout: z.number().positive().max(120).default(10),
  })
  .refine((r) => (r.secret === undefined) !== (r.secretEnv === undefined), {
    error: 'give exactly one of secret and secretEnv',
  });
export type WatchRule = z.infer<typeof WatchRule>;

/** The rule's secret: given, or read from its environment variable; null when that is unset. */
export function ruleSecret(rule: WatchRule, env: NodeJS.ProcessEnv = process.env): string | null {
  if (rule.secret !== undefined) return rule.secret;
  const value = rule.secretEnv === undefined ? undefined : env[rule.secretEnv];
  return value === undefined || value === '' ? null : value;
}
