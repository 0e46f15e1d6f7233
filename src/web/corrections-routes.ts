import { Hono } from 'hono';
import { z } from 'zod';
import type { ApiDeps } from '../api/deps.js';
import { parseWith } from '../api/parse.js';
import { IdParam } from '../api/schemas.js';
import { sameToken } from '../api/security.js';
import { inTurn } from '../api/write-pool.js';
import { correct } from '../corrections/index.js';
import type { ClaimFix } from '../domain/correction.js';
import type { Event } from '../domain/event.js';
import { CorroborateError, NotFoundError } from '../errors.js';

const Field = (max: number) => z.string().max(max).default('');

/** The correction forms' fields as the browser posts them (each form sends some of them). */
const CorrectionFields = z.object({
  kind: z.enum(['claim', 'exclude_document', 'merge_events', 'split_event']),
  analyst: Field(100),
  reason: Field(2000),
  token: Field(1000),
  document: Field(100),
  claim: Field(50),
  status: Field(20),
  source: Field(200),
  actor: Field(100),
  target: Field(100),
  weapons: Field(300),
  wrong: Field(3),
  into: Field(200),
  claims: z.union([z.string(), z.array(z.string())]).default([]),
});
type CorrectionFields = z.infer<typeof CorrectionFields>;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

// The claim form shows every field with its value: only those the analyst changed are corrections.
function claimFix(event: Event, f: CorrectionFields): ClaimFix {
  const claim = event.claims.find((c) => c.document === f.document && c.claim === f.claim);
  if (claim === undefined)
    throw new NotFoundError(`no claim ${f.claim} of ${f.document} in event ${event.id}`);
  if (f.wrong === 'yes') return { wrong: true };
  const fix: Record<string, unknown> = {};
  if (f.status !== '' && f.status !== claim.status) fix.status = f.status;
  if (orNull(f.source) !== null && f.source.trim() !== (claim.source ?? '')) fix.source = f.source.trim();
  if (orNull(f.actor) !== event.actor) fix.actor = orNull(f.actor);
  if (orNull(f.target) !== event.target) fix.target = orNull(f.target);
  const classes = f.weapons
    .split(',')
    .map((w) => w.trim().replaceAll(' ', '_'))
    .filter(Boolean);
  if (classes.join(',') !== claim.weapons.map((w) => w.class).join(',')) fix.weapons = classes;
  return fix as ClaimFix;
}

function request(event: Event, f: CorrectionFields): Record<string, unknown> {
  const signed = { analyst: f.analyst, reason: f.reason };
  switch (f.kind) {
    case 'claim':
      return { kind: f.kind, ...signed, document: f.document, claim: f.claim, fix: claimFix(event, f) };
    case 'exclude_document':
      return { kind: f.kind, ...signed, document: f.document };
    case 'merge_events':
      return { kind: f.kind, ...signed, event: event.id, into: f.into.trim() };
    case 'split_event': {
      const refs = typeof f.claims === 'string' ? [f.claims] : f.claims;
      const claims = refs.map((ref) => {
        const at = ref.lastIndexOf(':');
        return { document: ref.slice(0, at), claim: ref.slice(at + 1) };
      });
      return { kind: f.kind, ...signed, event: event.id, claims };
    }
  }
}

/**
 * The event page's correction forms: each posts here, is recorded through the same `correct` as the API
 * (the token beyond loopback, the analyst's name required), and returns to the event derived again.
 */
export function correctionWebRoutes(deps: ApiDeps): Hono {
  const { store } = deps;
  return new Hono().post('/events/:id/corrections', async (c) => {
    const id = parseWith(IdParam, c.req.param('id'), 'event id');
    const parsed = CorrectionFields.safeParse(await c.req.parseBody({ all: true }));
    if (!parsed.success)
      throw new CorroborateError('invalid_argument', 'the form is not as the page sends it');
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (deps.token !== undefined && !sameToken(parsed.data.token || bearer || '', deps.token)) {
      throw new CorroborateError('unauthorized', 'correcting needs the token the server was started with');
    }
    const event = await store.getEvent(id);
    if (event === null) throw new NotFoundError(`no event ${id}`);
    // In turn with the write worker's writes, whose lock would otherwise hold this thread.
    const outcome = await inTurn(deps, () =>
      correct(request(event, parsed.data), { store, knowledge: deps.knowledge, now: deps.now }),
    );
    // Back to this event when it is still there, else to where its claims went.
    const candidates = [id, ...outcome.events];
    let next: string | null = null;
    for (const e of candidates) {
      if ((await store.getEvent(e)) !== null) {
        next = e;
        break;
      }
    }
    return c.redirect(next === null ? '/events' : `/events/${encodeURIComponent(next)}#history`, 303);
  });
}
