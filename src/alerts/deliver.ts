import { createHmac, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AlertLog } from './alert-log.js';
import type { WatchRule } from './rules.js';

/** What a webhook receives: what happened to which event, under which rule. */
export interface AlertPayload {
  readonly kind: 'appeared' | 'status_changed';
  readonly rule: string;
  readonly sentAt: string;
  readonly event: Readonly<Record<string, unknown>> & { readonly id: string; readonly status: string };
  readonly previousStatus: string | null;
}

/** The signature header's value for a body sent at a time: `sha256=` and the HMAC-SHA256 of `TIMESTAMP.BODY`. */
export function signBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What delivering needs: the log to record attempts in, the clock, a stop signal and a User-Agent. */
export interface DeliverDeps {
  readonly log: AlertLog;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
  readonly userAgent?: string;
}

/** The outcome of one POST: the status, or why there is none. */
type Attempt = { readonly status: number | null; readonly error: string | null };

async function post(
  rule: WatchRule,
  headers: Record<string, string>,
  body: string,
  signal?: AbortSignal,
): Promise<Attempt> {
  const timeout = AbortSignal.timeout(rule.timeout * 1000);
  try {
    const response = await fetch(rule.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: signal === undefined ? timeout : AbortSignal.any([timeout, signal]),
    });
    await response.body?.cancel();
    return { status: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    if (timeout.aborted) return { status: null, error: `no answer within ${rule.timeout} s` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: null, error: cause ?? (error instanceof Error ? error.message : String(error)) };
  }
}

// A receiver that says the request is wrong (4xx) will say so again; one that is down or busy may recover.
const retryable = (a: Attempt) =>
  a.status === null || a.status >= 500 || a.status === 408 || a.status === 429;

/**
 * POSTs a payload to a rule's URL, signed with its secret (`X-Corroborate-Signature`), retrying with
 * a doubling delay while the receiver is unreachable or answers 5xx; every attempt is recorded.
 * Returns whether it was delivered.
 */
export async function deliver(
  rule: WatchRule,
  secret: string,
  payload: AlertPayload,
  deps: DeliverDeps,
): Promise<boolean> {
  const body = JSON.stringify(payload);
  const delivery = randomUUID();
  for (let attempt = 1; attempt <= rule.maxAttempts; attempt += 1) {
    const timestamp = String(Math.floor(deps.now().getTime() / 1000));
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': deps.userAgent ?? 'corroborate-webhook/0.1',
      'X-Corroborate-Delivery': delivery,
      'X-Corroborate-Event': payload.kind,
      'X-Corroborate-Timestamp': timestamp,
      'X-Corroborate-Signature': signBody(secret, timestamp, body),
    };
    const outcome = await post(rule, headers, body, deps.signal);
    const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
    await deps.log.record({
      delivery,
      rule: rule.name,
      event_id: payload.event.id,
      kind: payload.kind,
      status: payload.event.status,
      previous_status: payload.previousStatus,
      url: rule.url,
      attempt,
      ok,
      http_status: outcome.status,
      error: outcome.error,
      at: deps.now().toISOString(),
    });
    if (ok) return true;
    if (!retryable(outcome) || attempt === rule.maxAttempts || deps.signal?.aborted) return false;
    const wait = rule.retryDelay * 2 ** (attempt - 1) * 1000;
    const stopped = await sleep(wait, false, deps.signal === undefined ? {} : { signal: deps.signal }).catch(
      () => true,
    );
    if (stopped) return false;
  }
  return false;
}
