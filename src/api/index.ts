export { createApp, errorBody } from './app.js';
export { type ApiDeps, DEFAULT_MAX_BODY_BYTES } from './deps.js';
export { openApiDocument } from './openapi.js';
export { isLoopback } from './security.js';
export { type RunningServer, startServer } from './server.js';
export { type DocumentWriter, type Written, writePool } from './write-pool.js';
