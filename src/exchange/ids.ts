import { createHash } from 'node:crypto';

/**
 * A UUID in version-4 form derived from a name, so exporting the same store twice gives the same ids
 * (STIX asks SDO ids to be UUIDv4, and a re-import should update objects, not duplicate them).
 */
export function stableUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A STIX identifier, `type--uuid`, for a named thing. */
export function stixId(type: string, name: string): string {
  return `${type}--${stableUuid(`${type}|${name}`)}`;
}
