/** The words of a free-text search, stripped of every operator and quote a query syntax could read. */
export function searchWords(query: string): string[] {
  return query.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
