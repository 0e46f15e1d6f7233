import type { Event, EventFilter } from '../domain/event.js';
import { eventTitle, gradeCode } from '../exchange/describe.js';
import { readEvents } from '../exchange/index.js';
import type { Store } from '../store/store.js';
import type { AlertLog } from './alert-log.js';
import { type AlertPayload, deliver } from './deliver.js';
import { ruleSecret, type WatchRule } from './rules.js';

/** A structured log line of alerts, as `watch` writes them. */
type Log = (entry: { level: 'info' | 'warn' | 'error'; event: string; [field: string]: unknown }) => void;

/** What checking rules needs: the store to read events from, the alert log, the clock and a log. */
export interface CheckDeps {
  readonly store: Store;
  readonly alerts: AlertLog;
  readonly now: () => Date;
  readonly log: Log;
  readonly signal?: AbortSignal;
  readonly env?: NodeJS.ProcessEnv;
}

/** What a webhook is told about an event. */
export function eventBrief(event: Event): AlertPayload['event'] {
  return {
    id: event.id,
    title: eventTitle(event),
    type: event.type,
    phase: event.phase,
    actor: event.actor,
    target: event.target,
    weapons: event.weapons.map((w) => w.system ?? w.class),
    status: event.status,
    grade: gradeCode(event),
    independentOrigins: event.independentOrigins,
    reports: event.reports,
    firstReported: event.firstReported,
    lastReported: event.lastReported,
  };
}

function filterOf(rule: WatchRule): Partial<EventFilter> {
  return Object.fromEntries(Object.entries(rule.when).filter(([, v]) => v !== undefined));
}

/** Checks one rule: events that newly match it or changed status since last told are delivered. */
async function checkRule(rule: WatchRule, deps: CheckDeps): Promise<number> {
  const at = deps.now().toISOString();
  const first = await deps.alerts.firstCheck(rule.name, at);
  const told = await deps.alerts.notices(rule.name);
  const secret = ruleSecret(rule, deps.env);
  let sent = 0;
  for await (const event of readEvents(deps.store, filterOf(rule))) {
    const previous = told.get(event.id);
    if (previous === event.status) continue;
    const kind = previous === undefined ? 'appeared' : 'status_changed';
    // A rule's first check remembers what is already there without a flood of old news, unless asked.
    const quiet = (first && !rule.notifyExisting) || !rule.on.includes(kind);
    if (!quiet) {
      if (secret === null) {
        deps.log({
          level: 'error',
          event: 'alert_skipped',
          rule: rule.name,
          reason: `${rule.secretEnv} is not set`,
        });
        return sent;
      }
      const payload: AlertPayload = {
        kind,
        rule: rule.name,
        sentAt: deps.now().toISOString(),
        event: eventBrief(event),
        previousStatus: previous ?? null,
      };
      const ok = await deliver(rule, secret, payload, {
        log: deps.alerts,
        now: deps.now,
        ...(deps.signal ? { signal: deps.signal } : {}),
      });
      deps.log({
        level: ok ? 'info' : 'error',
        event: ok ? 'alert_delivered' : 'alert_failed',
        rule: rule.name,
        kind,
        eventId: event.id,
        status: event.status,
      });
      sent += ok ? 1 : 0;
    }
    // Told (or given up on, the failure being recorded): the next change is what is told next.
    await deps.alerts.notice(rule.name, event.id, event.status, at);
    if (deps.signal?.aborted) break;
  }
  return sent;
}

/** Checks every rule against the stored events, delivering what is new; returns how many were delivered. */
export async function checkRules(rules: readonly WatchRule[], deps: CheckDeps): Promise<number> {
  let sent = 0;
  for (const rule of rules) {
    try {
      sent += await checkRule(rule, deps);
    } catch (error) {
      // One rule's failure (a store error) is logged; the other rules are still checked.
      deps.log({ level: 'error', event: 'alert_failed', rule: rule.name, reason: (error as Error).message });
    }
  }
  return sent;
}
