import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { IngestResult } from '../domain/document.js';
import { binaryReason, DEFAULT_MAX_BYTES, decodeUtf8, describeFsError, messageOf, reject } from './checks.js';
import { TooDeepError } from './html-to-text.js';
import { parseFeed } from './parse-feed.js';
import { parseHtml } from './parse-html.js';
import { parseJsonDocuments, parseJsonLines } from './parse-json.js';
import { parseText } from './parse-text.js';
import type { IngestOptions } from './types.js';

type Parser = (content: string, origin: string, options: IngestOptions) => IngestResult | IngestResult[];

const PARSERS: Readonly<Record<string, Parser>> = {
  '.txt': parseText,
  '.text': parseText,
  '.md': parseText,
  '.html': parseHtml,
  '.htm': parseHtml,
  '.jsonl': parseJsonLines,
  '.ndjson': parseJsonLines,
  '.json': parseJsonDocuments,
  '.xml': parseFeed,
  '.rss': parseFeed,
  '.atom': parseFeed,
};

const SUPPORTED = Object.keys(PARSERS).join(', ');

/** Whether a file is a gold annotation file, which sits beside documents but is not one. */
export function isGoldFile(path: string): boolean {
  return basename(path).toLowerCase().endsWith('.gold.json');
}

async function statOf(path: string): Promise<Stats | string> {
  try {
    return await stat(path);
  } catch (error) {
    return `cannot read: ${describeFsError(error)}`;
  }
}

// The file's bytes and decoded text are locals of this function, not of the generator that yields its
// results: a generator's frame lives while its consumer extracts what it yielded, and on a 5 MB file
// those copies are some 15 MB held through the whole extraction.
async function parsedFile(path: string, size: number, options: IngestOptions): Promise<IngestResult[]> {
  const parser = PARSERS[extname(path).toLowerCase()];
  if (parser === undefined)
    return [
      reject(path, 'unsupported', `unsupported file type "${extname(path) || '(none)'}"; use ${SUPPORTED}`),
    ];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes)
    return [
      reject(path, 'too_large', `the file has ${size} bytes, over the limit of ${maxBytes}; split it up`),
    ];
  if (size === 0) return [reject(path, 'empty', 'the file is empty')];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return [reject(path, 'unreadable', `cannot read: ${describeFsError(error)}`)];
  }
  const binary = binaryReason(bytes);
  if (binary !== null) return [reject(path, 'binary', binary)];
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return [reject(path, 'not_utf8', decoded.reason)];
  return parseSafely(parser, decoded.text, path, options);
}

/**
 * Runs a parser so that nothing it meets stops the batch: markup or data nested too deep to walk, or any
 * other failure, becomes this input's rejection.
 */
export function parseSafely(
  parser: Parser,
  content: string,
  path: string,
  options: IngestOptions,
): IngestResult[] {
  try {
    const results = parser(content, path, options);
    return Array.isArray(results) ? results : [results];
  } catch (error) {
    if (error instanceof TooDeepError || error instanceof RangeError)
      return [reject(path, 'too_deep', `nested too deep to read safely: ${messageOf(error)}`)];
    return [reject(path, 'failed', `could not be read: ${messageOf(error)}`)];
  }
}

async function entriesOf(path: string): Promise<readonly Dirent[] | string> {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch (error) {
    return `cannot list the folder: ${describeFsError(error)}`;
  }
}

async function* readPath(
  path: string,
  options: IngestOptions,
  seen: Set<string>,
  explicit: boolean,
): AsyncGenerator<IngestResult> {
  if (isGoldFile(path)) return;
  const stats = await statOf(path);
  if (typeof stats === 'string') {
    yield reject(path, 'unreadable', stats);
    return;
  }
  if (stats.isFile()) {
    yield* await parsedFile(path, stats.size, options);
    return;
  }
  if (!stats.isDirectory()) {
    if (explicit) yield reject(path, 'unsupported', 'not a regular file or folder');
    return;
  }
  // Symbolic links can loop a folder back into itself; each real folder is read once.
  const real = await realpath(path);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await entriesOf(path);
  if (typeof entries === 'string') {
    yield reject(path, 'unreadable', entries);
    return;
  }
  // Code-unit order, not locale order, so every machine reads a folder in the same sequence.
  const names = entries
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) yield* readPath(join(path, name), options, seen, false);
}

/**
 * Reads files and folders (recursively, in sorted order, skipping hidden entries and `*.gold.json`)
 * and yields one result per document or rejected input; it never throws for a bad input.
 */
export async function* readInputs(
  paths: readonly string[],
  options: IngestOptions = {},
): AsyncGenerator<IngestResult> {
  const seen = new Set<string>();
  for (const path of paths) yield* readPath(path, options, seen, true);
}
