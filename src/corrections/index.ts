export { applyCorrection, type CorrectionDeps, type CorrectionOutcome } from './apply.js';
export { claimKey, claimsOfKey } from './claim-key.js';
export { type CorrectDeps, correct } from './correct.js';
export { exportGold, type GoldExport, goldOf } from './export-gold.js';
export { overlayExtraction } from './overlay.js';
