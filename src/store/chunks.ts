/** Rows per multi-row insert or `in` list: well under the databases' limits on bound parameters. */
export const ROWS_PER_STATEMENT = 500;

/** `rows` cut into runs of at most `size`, in order. */
export function chunks<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
