import type { SourceRecord } from '../api/source-records.js';
import { type Knowledge, resolveName } from '../knowledge/index.js';

/** Sources that speak for one state, under its name; a source no state claims stands alone (`state` null). */
export interface SourceGroup {
  readonly state: string | null;
  readonly records: readonly SourceRecord[];
}

const COUNTRY = /^[A-Z]{3}$/;

/**
 * The country a source speaks for, if the gazetteer reads its name (or its first words: "Kremlin
 * spokesman" -> the Kremlin -> RUS; "government of Russia" -> Russia) as a country, capital or body.
 */
export function stateOfSource(kb: Knowledge, name: string): string | null {
  const words = name.replace(/^government of /i, '').split(/\s+/);
  for (let n = words.length; n >= 1; n -= 1) {
    const resolved = resolveName(kb, 'entity', words.slice(0, n).join(' '));
    if (resolved.ok) return COUNTRY.test(resolved.id) ? resolved.id : null;
  }
  return null;
}

/** The records grouped by the state they speak for, each group where its busiest source stands. */
export function groupSources(kb: Knowledge, records: readonly SourceRecord[]): SourceGroup[] {
  const groups: { state: string | null; records: SourceRecord[] }[] = [];
  const byState = new Map<string, { state: string | null; records: SourceRecord[] }>();
  for (const record of records) {
    const state = stateOfSource(kb, record.name);
    const group = state === null ? undefined : byState.get(state);
    if (group !== undefined) group.records.push(record);
    else {
      const created = { state, records: [record] };
      groups.push(created);
      if (state !== null) byState.set(state, created);
    }
  }
  // A state named by one source only is shown as that source alone.
  return groups.map((g) => (g.records.length > 1 ? g : { state: null, records: g.records }));
}
