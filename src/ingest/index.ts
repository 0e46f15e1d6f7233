export { documentId } from './document-id.js';
export { htmlToText } from './html-to-text.js';
export { parseFeed } from './parse-feed.js';
export { parseHtml } from './parse-html.js';
export { parseJsonDocuments, parseJsonLines } from './parse-json.js';
export { parseText } from './parse-text.js';
export { readInputs } from './read-inputs.js';
export type { IngestOptions } from './types.js';
