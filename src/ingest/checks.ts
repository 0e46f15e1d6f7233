import type { Rejection, RejectionCode } from '../domain/document.js';

/** The default size limit for one input file: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const SNIFF_BYTES = 8 * 1024;
const BOM = '\uFEFF';

/** A rejection-shaped result for any input, file or record. */
export function reject(
  origin: string | null,
  code: RejectionCode,
  reason: string,
): { readonly ok: false; readonly rejection: Rejection } {
  return { ok: false, rejection: { origin: origin ?? '<input>', code, reason } };
}

// Tab, line feed, form feed and carriage return are ordinary in text; other C0 codes and DEL are not.
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

/** Why the start of some bytes or text looks like binary data (NUL bytes or >10% control codes), or null. */
export function binaryReason(data: Uint8Array | string): string | null {
  const length = Math.min(data.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const code = typeof data === 'string' ? data.charCodeAt(i) : (data[i] ?? 0);
    if (code === 0) return `binary data: a NUL byte at offset ${i}; only text, HTML, JSON and feeds are read`;
    if (isControl(code)) controls += 1;
  }
  if (length > 0 && controls / length > 0.1) {
    const share = Math.round((controls / length) * 100);
    return `binary data: ${share}% of the first ${length} bytes are control characters`;
  }
  return null;
}

/** The outcome of decoding bytes as UTF-8. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

/** Decodes bytes as strict UTF-8 (dropping a BOM), naming the line of the first bad byte when it fails. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The lenient decode marks the first bad sequence with U+FFFD, which lets the reason name a line.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, Math.max(at, 0)).split('\n').length;
    return {
      ok: false,
      reason: `not valid UTF-8 (first bad byte on line ${line}); re-save the file as UTF-8, e.g. from Latin-1 or Windows-1252`,
    };
  }
}

/** Removes a byte-order mark and turns CRLF and lone CR line ends into LF. */
export function normaliseNewlines(content: string): string {
  const text = content.startsWith(BOM) ? content.slice(1) : content;
  return text.replace(/\r\n?/g, '\n');
}

// A line with whitespace before its end: only then is the text split into lines to trim them, since a
// 5 MB text split and joined again is two more copies of it while it is read.
const TRAILING_SPACE = /[^\S\n]\n/;

/** Tidies body text: LF line ends, no trailing spaces, at most one blank line between paragraphs, trimmed. */
export function tidyBody(text: string): string {
  const lf = normaliseNewlines(text);
  const trimmed = TRAILING_SPACE.test(lf)
    ? lf
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
    : lf;
  return trimmed
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd();
}

/** Trims a metadata value and collapses its whitespace, turning an empty value into null. */
export function cleanField(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
};

/** A short reason for a file-system error, e.g. `no such file or folder (ENOENT)`. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const known = FS_ERRORS[code];
  return known === undefined ? messageOf(error) : `${known} (${code})`;
}

/** The message of a caught error, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
