import { describe, expect, it } from 'vitest';
import { deriveStatus, type OriginStance, stanceOf } from './status.js';

const o = (name: string, stance: OriginStance['stance'], official = false): OriginStance => ({
  name,
  stance,
  official,
});

describe('event status (docs/STATUS.md)', () => {
  it('S1: an event nobody supports and someone denies is denied', () => {
    expect(deriveStatus('transfer', 'actual', [o('government of Iran', 'denies', true)])).toBe('denied');
    expect(deriveStatus('transfer', 'actual', [o('a', 'denies'), o('b', 'unconfirmed')])).toBe('denied');
  });

  it('S2: a threat is threatened, however many repeat it', () => {
    expect(deriveStatus('threaten', 'planned', [o('a', 'plans'), o('b', 'asserts')])).toBe('threatened');
  });

  it('S3: a planned transfer is planned, even when announced by a party', () => {
    expect(deriveStatus('transfer', 'planned', [o('government of USA', 'plans', true)])).toBe('planned');
  });

  it('S4: a party to the event saying it happened makes it officially confirmed', () => {
    expect(
      deriveStatus('transfer', 'actual', [o('Reuters', 'asserts'), o('government of Iran', 'asserts', true)]),
    ).toBe('officially_confirmed');
    // A third party's denial does not undo a party's admission.
    expect(
      deriveStatus('transfer', 'actual', [o('government of Iran', 'asserts', true), o('x', 'denies')]),
    ).toBe('officially_confirmed');
  });

  it('S4: a party confirming while the other party denies is not officially confirmed but disputed', () => {
    const stances = [o('government of Iran', 'asserts', true), o('government of Russia', 'denies', true)];
    expect(deriveStatus('transfer', 'actual', stances)).toBe('disputed');
  });

  it("S5: a denial after a report turns the event's status to disputed", () => {
    expect(deriveStatus('transfer', 'actual', [o('sources of Reuters', 'asserts')])).toBe('claimed');
    expect(
      deriveStatus('transfer', 'actual', [
        o('sources of Reuters', 'asserts'),
        o('government of Iran', 'denies', true),
      ]),
    ).toBe('disputed');
  });

  it('S6: two independent origins asserting make it corroborated', () => {
    expect(
      deriveStatus('transfer', 'actual', [
        o('sources of Reuters', 'asserts'),
        o('government of USA', 'asserts'),
      ]),
    ).toBe('corroborated');
  });

  it('S7: one origin asserting is claimed', () => {
    expect(
      deriveStatus('transfer', 'actual', [o('sources of Reuters', 'asserts'), o('AP', 'unconfirmed')]),
    ).toBe('claimed');
  });

  it('S8: origins that only decline to confirm or hedge leave it unconfirmed', () => {
    expect(deriveStatus('transfer', 'actual', [o('Pentagon', 'unconfirmed'), o('ISW', 'hedges')])).toBe(
      'unconfirmed',
    );
    expect(deriveStatus('transfer', 'actual', [])).toBe('unconfirmed');
  });

  it('maps every claim status to a stance', () => {
    expect(
      (['asserted', 'denied', 'unconfirmed', 'possible', 'planned', 'conditional'] as const).map(stanceOf),
    ).toEqual(['asserts', 'denies', 'unconfirmed', 'hedges', 'plans', 'conditional']);
  });
});
