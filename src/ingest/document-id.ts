import { createHash } from 'node:crypto';

/** Normalises text for identity: Unicode NFC, every whitespace run as one space, trimmed. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A stable document id, `doc_` + 16 hex of sha256 over the normalised text, so re-wrapped copies match. */
export function documentId(text: string): string {
  return `doc_${createHash('sha256').update(normaliseForId(text), 'utf8').digest('hex').slice(0, 16)}`;
}
