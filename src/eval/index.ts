export { flatAttributions } from './attribution-flat.js';
export {
  type AttributionScores,
  attributionScoresText,
  parseBrat,
  type ScoredAttribution,
  systemAttributions,
} from './attribution-score.js';
export { type AttributionReport, scoreAttributionSplit } from './attribution-split.js';
export {
  clusterScores,
  type MergedDocument,
  type MergeItem,
  type MergeScores,
  mergeItems,
  scoreMerge,
} from './event-merge.js';
export { scoresToJson, scoresToText } from './format-scores.js';
export { Gold, GoldClaim } from './gold.js';
export { goldClaimsExtraction } from './gold-claims.js';
export { type GoldEntry, readGoldDir } from './gold-dir.js';
export {
  type Counts,
  type DocumentDetail,
  type ExtraTuple,
  type Prf,
  round3,
  type ScoredDocument,
  type Scores,
  scoreDocuments,
} from './score.js';
