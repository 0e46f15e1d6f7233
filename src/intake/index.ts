export { isPrivateAddress, privateHostReason, type Resolve, systemResolve } from './addresses.js';
export {
  DEFAULT_CONFIG_FILE,
  loadWatchConfig,
  parseWatchConfig,
  WatchConfig,
  WatchedFeed,
  WatchedFolder,
} from './config.js';
export { feedItems, itemKey } from './feed-items.js';
export {
  DEFAULT_LIMITS,
  type FetchErrorCode,
  type FetchLimits,
  type FetchOutcome,
  type FetchRequest,
  fetchResource,
} from './http-fetch.js';
export { jsonLineLog, type Log, type LogEntry } from './log.js';
export { type FetchedPage, fetchPage, type PageDeps, rawPagePath } from './page.js';
export { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules, robotsAllow } from './robots.js';
export { productToken, RobotsCache } from './robots-cache.js';
export { type StoreDocumentsDeps, storeDocuments } from './store-documents.js';
export { nextDelay, runWatch, type WatchDeps } from './watch.js';
export { WatchState } from './watch-state.js';
