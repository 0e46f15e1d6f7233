import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

// An answer that names no event ("declined to comment", "not aware of the case", "I'd refer you to
// ...") is a stance on a claim already told, in the answerer's name: of the claims in which the
// answering state is a party when there are any.
describe('answers that name no event of their own', () => {
  it("a state's refusal to comment answers for the claim in which that state is a party", () => {
    const ex = run(
      "Germany refused to export the engines to China for the submarine. China agreed to supply a submarine to Thailand. China will deliver the submarine to Thailand in 2025. Germany's economy ministry declined to comment.",
    );
    const unconfirmed = ex.claims.filter((c) => c.status === 'unconfirmed');
    expect(unconfirmed.map((c) => `${c.actor}>${c.target}`)).toEqual(['DEU>CHN']);
    // A halt told by the claim answered is no part of the answer's stance.
    expect(unconfirmed[0]?.halted).toBeUndefined();
  });

  it('"not aware of the case and that ..." withholds confirmation of the case told before', () => {
    const ex = run(
      "The drones had been shipped from China to Libya, investigators said. China's foreign ministry said it was not aware of the case and that Beijing strictly controls exports of military items.",
    );
    expect(claimLines(ex)).toContain('transfer CHN>LBY [drone] unconfirmed');
    expect(claimSources(ex)).toContain("China's foreign ministry");
  });

  it('"I would refer you to ..." in a briefing leaves the question\'s report unconfirmed', () => {
    const ex = run(
      'QUESTION: Reports say Pakistani artillery shells reached Ukraine.\n\nMR PATEL: I would refer you to the Government of Pakistan on that.',
    );
    expect(claimLines(ex)).toContain('transfer PAK>UKR [artillery_ammunition] unconfirmed');
  });

  it('a withheld confirmation with a "that" clause of its own tells that event, not an earlier one', () => {
    const ex = run(
      'Kyiv says Iran sent drones to Russia. The Pentagon could not confirm that North Korea shipped shells to Russia.',
    );
    expect(claimLines(ex)).toContain('transfer PRK>RUS [artillery_ammunition] unconfirmed');
    expect(claimLines(ex)).not.toContain('transfer IRN>RUS [drone] unconfirmed');
  });

  it('an answer told as a recap ("at first denied the reports") is retrospective, not a stance of today', () => {
    const ex = run('Belarus has sent drones to Russia, Ukraine says. Minsk at first denied the reports.');
    const denial = ex.claims.find((c) => c.status === 'denied');
    expect(denial?.retrospective).toBe(true);
    expect(ex.claims.find((c) => c.status === 'asserted')?.retrospective).toBeUndefined();
  });

  it('a recap marker after the answer\'s verb counts too ("denied the reports at the time, but later ...")', () => {
    const ex = run(
      'Iran sent drones to Russia, Kyiv says. Tehran denied the reports at the time, but later admitted a small number.',
    );
    expect(ex.claims.find((c) => c.status === 'denied')?.retrospective).toBe(true);
  });

  it("a dated answer takes the answer's date, and a plain one is today's", () => {
    const dated = run('Iran sent drones to Russia, Kyiv says. In 2022 Tehran dismissed the reports as lies.');
    const denial = dated.claims.find((c) => c.status === 'denied');
    expect(denial?.stated?.startsWith('2022')).toBe(true);
    expect(denial?.retrospective).toBe(true);
    const plain = run('Iran sent drones to Russia, Kyiv says. Tehran denied the reports.');
    const today = plain.claims.find((c) => c.status === 'denied');
    expect(today?.retrospective).toBeUndefined();
    expect(today?.stated).toBeUndefined();
  });
});
