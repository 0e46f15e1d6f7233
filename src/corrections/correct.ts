import { type CorroborationOptions, corroborationDeps } from '../corroborate/index.js';
import { CorrectionRequest } from '../domain/correction.js';
import { InvalidArgumentError } from '../errors.js';
import { type Knowledge, loadKnowledge } from '../knowledge/index.js';
import type { Store } from '../store/index.js';
import { applyCorrection, type CorrectionOutcome } from './apply.js';

/** What `correct` needs: the store, and optionally the knowledge, corroboration options and clock. */
export interface CorrectDeps {
  readonly store: Store;
  readonly knowledge?: Knowledge;
  readonly corroboration?: CorroborationOptions;
  readonly now?: () => Date;
}

/**
 * Checks a correction as any caller sends it (API body, CLI options, form), records it and derives the
 * events it touches again: the one entry point of the CLI, the API and the pages.
 */
export async function correct(input: unknown, deps: CorrectDeps): Promise<CorrectionOutcome> {
  const parsed = CorrectionRequest.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
    throw new InvalidArgumentError(`invalid correction: ${where}${issue?.message ?? 'bad shape'}`);
  }
  const knowledge = deps.knowledge ?? loadKnowledge();
  return applyCorrection(parsed.data, {
    store: deps.store,
    now: deps.now ?? (() => new Date()),
    ...corroborationDeps(knowledge, deps.corroboration),
  });
}
