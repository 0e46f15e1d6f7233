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
});
