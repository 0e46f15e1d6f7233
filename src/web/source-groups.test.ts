import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../api/source-records.js';
import { loadKnowledge } from '../knowledge/index.js';
import { groupSources, stateOfSource } from './source-groups.js';

const kb = loadKnowledge();
const record = (name: string, events: number): SourceRecord => ({
  name,
  claims: events,
  events,
  asOrigin: 0,
  byStatus: {},
});

describe('sources grouped by the state they speak for', () => {
  it('reads a capital, a body and a spokesman of it as the state, and an outlet as none', () => {
    expect(stateOfSource(kb, 'Moscow')).toBe('RUS');
    expect(stateOfSource(kb, 'the Kremlin')).toBe('RUS');
    expect(stateOfSource(kb, 'Kremlin spokesman')).toBe('RUS');
    expect(stateOfSource(kb, 'government of Iran')).toBe('IRN');
    expect(stateOfSource(kb, 'Reuters')).toBeNull();
    expect(stateOfSource(kb, 'a diplomat')).toBeNull();
  });

  it("puts a state's sources together where its busiest stands, and a lone one apart", () => {
    const groups = groupSources(kb, [
      record('Moscow', 9),
      record('Reuters', 8),
      record('Tehran', 7),
      record('Kremlin spokesman', 3),
      record('the Kremlin', 2),
    ]);
    expect(groups.map((g) => [g.state, g.records.map((r) => r.name)])).toEqual([
      ['RUS', ['Moscow', 'Kremlin spokesman', 'the Kremlin']],
      [null, ['Reuters']],
      [null, ['Tehran']],
    ]);
  });
});
