import type { Knowledge } from '../knowledge/index.js';
import type { SummaryDeps } from './event-summary.js';
import { defaultReliability, type ReliabilityTable } from './grade.js';
import { DEFAULT_WINDOW_DAYS } from './merge.js';
import { originNames } from './origins.js';

export {
  type CorroborationDocument,
  type CorroborationInput,
  type CorroborationResult,
  candidateBlocks,
  candidateWindow,
  corroborate,
  eventBlock,
  eventId,
} from './corroborate.js';
export { type EventCore, type SummaryDeps, summariseEvent } from './event-summary.js';
export { eventTitle, type NameOf, type TitleParts, titleMonth } from './event-title.js';
export {
  credibility,
  defaultReliability,
  gradeEvent,
  type Reliability,
  type ReliabilityTable,
} from './grade.js';
export {
  blockKey,
  claimPhase,
  DEFAULT_WINDOW_DAYS,
  eventPhase,
  type Phase,
  weaponsCompatible,
} from './merge.js';
export {
  type Fingerprint,
  type FingerprintCandidate,
  findNearDuplicate,
  fingerprint,
  NEAR_DUPLICATE_THRESHOLD,
  type NearDuplicate,
  similarity,
} from './near-duplicates.js';
export { type ClaimOrigin, claimOrigin, type OriginNames, originNames } from './origins.js';
export { deriveStatus, type OriginStance, stanceOf } from './status.js';
export { compareClaims, isTemporalEcho, replayTimeline } from './timeline.js';
export { type EventsUpdate, mergeKeys, type UpdateEventsDeps, updateEvents } from './update-events.js';

/** Options for corroboration: a reliability table other than the default, another time window. */
export interface CorroborationOptions {
  readonly reliability?: ReliabilityTable;
  readonly windowDays?: number;
}

/** The dependencies of corroboration built from the knowledge base and options. */
export function corroborationDeps(knowledge: Knowledge, options: CorroborationOptions = {}): SummaryDeps {
  return {
    names: originNames(knowledge),
    reliability: options.reliability ?? defaultReliability(knowledge),
    windowDays: options.windowDays ?? DEFAULT_WINDOW_DAYS,
  };
}
export {
  CREDIBILITY_WORDS,
  credibilityRule,
  RELIABILITY_WORDS,
  type RuleExplained,
  statusRule,
} from './explain.js';
export { originReliability } from './grade.js';
export {
  evaluateMerge,
  type GoldEventOutcome,
  type MergeQuality,
  type MergeQualityDeps,
} from './merge-quality.js';
