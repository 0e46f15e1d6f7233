import type { Store } from '../store/store.js';
import type { AlertLog } from './alert-log.js';
import { type CheckDeps, checkRules } from './check-rules.js';
import type { WatchRule } from './rules.js';

export {
  type AlertDatabase,
  AlertLog,
  alertMigrations,
  type DeliveryRecord,
  migrateAlerts,
} from './alert-log.js';
export { type CheckDeps, checkRules, eventBrief } from './check-rules.js';
export { type AlertPayload, type DeliverDeps, deliver, signBody } from './deliver.js';
export { type AlertLogConfig, openAlertLog } from './open-alert-log.js';
export { RuleMatch, ruleSecret, WatchRule } from './rules.js';

/** Rules checked in the background after each stored batch, one check at a time, and a way to wait for the last. */
export interface RuleChecker {
  readonly afterStore: () => Promise<void>;
  readonly drain: () => Promise<void>;
}

/**
 * Runs rule checks off the intake path: a batch's check is queued (at most one waiting, since a
 * check reads every matching event anyway) so slow receivers and retries never hold up ingest.
 */
export function ruleChecker(
  rules: readonly WatchRule[],
  deps: Omit<CheckDeps, 'alerts'> & { readonly alerts: AlertLog; readonly store: Store },
): RuleChecker {
  let running: Promise<void> = Promise.resolve();
  let waiting = false;
  return {
    afterStore: async () => {
      if (rules.length === 0 || waiting) return;
      waiting = true;
      running = running.then(async () => {
        waiting = false;
        await checkRules(rules, deps);
      });
    },
    drain: async () => {
      await running;
    },
  };
}
