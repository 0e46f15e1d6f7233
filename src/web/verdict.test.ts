import { describe, expect, test } from 'vitest';
import { defaultReliability } from '../corroborate/index.js';
import type { Event } from '../domain/event.js';
import { loadKnowledge } from '../knowledge/index.js';
import { eventClaim as claim, eventOrigin as origin } from './event.fixture.js';
import { verdictOf } from './verdict.js';

const denial = (document: string, published: string, echoOf: string | null = null) =>
  claim({
    document,
    published,
    echoOf,
    status: 'denied',
    source: 'Nasser Kanaani',
    chain: ['Reuters', 'Nasser Kanaani'],
    origin: 'government of Iran',
    originKind: 'government',
    evidence: 'Iran has not sent missiles to Russia, Nasser Kanaani said.',
  });

const event = {
  type: 'transfer',
  phase: 'actual',
  status: 'disputed',
  grade: { reliability: 'B', credibility: 4, reasons: ['best source: Reuters (B)', '1 support, 1 deny'] },
  origins: [
    origin('Reuters', 'asserts', 'sources'),
    origin('government of Iran', 'denies', 'government', true),
    origin('NATO', 'unconfirmed', 'organization'),
  ],
  claims: [
    claim({
      source: 'two Western intelligence sources',
      chain: ['Reuters', 'two Western intelligence sources'],
      originKind: 'sources',
    }),
    denial('doc_3', '2024-09-12', 'doc_2'),
    denial('doc_2', '2024-09-11'),
    denial('doc_4', '2024-09-13'),
    claim({
      document: 'doc_5',
      status: 'unconfirmed',
      source: 'NATO',
      chain: ['Reuters', 'NATO'],
      origin: 'NATO',
      originKind: 'organization',
    }),
  ],
} as unknown as Event;

describe('verdictOf', () => {
  const verdict = verdictOf(event, defaultReliability(loadKnowledge()));

  test('gives each answer its strongest statement, the earliest original first, with its copies counted', () => {
    expect(verdict.rows.map((r) => [r.stance, r.origin.name])).toEqual([
      ['reports', 'Reuters'],
      ['denies', 'government of Iran'],
      ['declines', 'NATO'],
    ]);
    const denies = verdict.rows[1];
    expect(denies?.claim.document).toBe('doc_2');
    expect(denies?.echoes).toBe(2);
    expect(verdict.rows[0]?.claim.chain).toEqual(['Reuters', 'two Western intelligence sources']);
  });

  test('names the status rule and explains the grade in words', () => {
    expect(verdict.status).toEqual({
      rule: 'S5',
      words: 'at least one origin supports it and at least one denies it',
    });
    expect(verdict.grade.code).toBe('B4');
    expect(verdict.grade.reliability).toBe('B: usually reliable (best source: Reuters)');
    expect(verdict.grade.credibility).toMatch(/^4: doubtful \(rule C4: /);
  });

  test('says so when the status is not the one the rules give', () => {
    const set = verdictOf({ ...event, status: 'denied' }, defaultReliability(loadKnowledge()));
    expect(set.status.rule).toBeNull();
    expect(set.status.words).toContain('would give disputed');
  });
});
