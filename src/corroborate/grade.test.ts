import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/index.js';
import {
  credibility,
  defaultReliability,
  type GradedOrigin,
  gradeEvent,
  originReliability,
} from './grade.js';

const table = defaultReliability(loadKnowledge());
const o = (
  name: string,
  stance: GradedOrigin['stance'],
  kind: GradedOrigin['kind'] = 'outlet',
  official = false,
): GradedOrigin => ({ name, stance, kind, official });

describe('information credibility (docs/STATUS.md)', () => {
  it('C1: two independent origins and no denial give 1', () => {
    expect(credibility([o('Reuters', 'asserts'), o('government of United States', 'asserts')])).toBe(1);
  });

  it('C1: one origin repeated by many outlets never gives 1', () => {
    expect(credibility([o('sources of Reuters', 'asserts')])).toBe(3);
  });

  it('C2: two supporting and one denying give 2', () => {
    expect(credibility([o('a', 'asserts'), o('b', 'asserts'), o('c', 'denies')])).toBe(2);
  });

  it('C2: one official origin alone gives 2', () => {
    expect(credibility([o('government of Iran', 'asserts', 'government', true)])).toBe(2);
  });

  it('C3: one non-official origin gives 3', () => {
    expect(credibility([o('AFP', 'asserts'), o('b', 'unconfirmed')])).toBe(3);
  });

  it('C4: as many denials as supporters give 4', () => {
    expect(credibility([o('a', 'asserts'), o('b', 'denies')])).toBe(4);
  });

  it('C5: only denials give 5', () => {
    expect(credibility([o('a', 'denies')])).toBe(5);
  });

  it('C6: nobody supporting or denying gives 6', () => {
    expect(credibility([o('a', 'unconfirmed'), o('b', 'hedges')])).toBe(6);
    expect(credibility([])).toBe(6);
  });
});

describe('source reliability', () => {
  it('takes an outlet grade from the knowledge base, F for an unknown outlet', () => {
    expect(originReliability(o('Reuters', 'asserts'), table)).toBe('B');
    expect(originReliability(o('Some Blog', 'asserts'), table)).toBe('F');
  });

  it('grades a party government B, another government C, unnamed sources C', () => {
    expect(originReliability(o('government of Iran', 'asserts', 'government', true), table)).toBe('B');
    expect(originReliability(o('government of France', 'asserts', 'government'), table)).toBe('C');
    expect(originReliability(o('sources of Reuters', 'asserts', 'sources'), table)).toBe('C');
  });

  it('reads a configured table', () => {
    const strict = { ...table, anonymous: 'E' as const };
    expect(originReliability(o('sources of Reuters', 'asserts', 'sources'), strict)).toBe('E');
  });

  it('rates a denied event by its deniers and a claimed one by its supporters', () => {
    const origins = [o('Some Blog', 'asserts'), o('government of Iran', 'denies', 'government', true)];
    expect(gradeEvent('denied', origins, table).reliability).toBe('B');
    expect(gradeEvent('disputed', origins, table).reliability).toBe('F');
    const g = gradeEvent('corroborated', [o('Reuters', 'asserts'), o('Some Blog', 'asserts')], table);
    expect(g).toMatchObject({ reliability: 'B', credibility: 1 });
    expect(g.reasons[0]).toBe('best source: Reuters (B)');
  });
});
