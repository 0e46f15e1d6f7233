import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

// Refusals to answer: "declined to comment", "could not verify the claim", "declined to confirm the reports".
describe('refusals answer what was reported before', () => {
  it('"declined to comment" leaves the main earlier claim unconfirmed in the refuser\'s name', () => {
    const ex = run(
      'Iran has sent ballistic missiles to Russia, two sources said. The Kremlin declined to comment.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [ballistic_missile] asserted',
      'transfer IRN>RUS [ballistic_missile] unconfirmed',
    ]);
    expect(claimSources(ex)).toEqual(['two sources', 'Kremlin']);
  });

  it('"declined to comment" answers the claim the document makes most often, not merely the last one', () => {
    const ex = run(
      'Iran has sent ballistic missiles to Russia, two sources said. Iran delivered the missiles in January, one of them added. The other said Russia could fire them within weeks. The Kremlin declined to comment.',
    );
    expect(claimLines(ex).at(-1)).toBe('transfer IRN>RUS [ballistic_missile] unconfirmed');
  });

  it('"did not comment on the strikes" answers the strikes, not the deliveries', () => {
    const ex = run(
      "The United States delivered ATACMS missiles to Ukraine, officials said. Ukraine struck two Russian airfields with ATACMS missiles, Kyiv said. Russia's Defense Ministry did not comment on the strikes.",
    );
    expect(claimLines(ex).at(-1)).toMatch(/^military_use UKR>RUS .* unconfirmed$/);
  });

  it('an agreed comment is no refusal: "said in a comment that" reports what follows', () => {
    const ex = run(
      'Iran has sent drones to Russia, officials said. The Kremlin commented that the reports were lies.',
    );
    expect(claimLines(ex).filter((l) => l.endsWith('unconfirmed'))).toEqual([]);
  });

  it('"could not independently verify the claim" leaves it unconfirmed by the outlet', () => {
    const ex = run(
      'Ukraine struck Russian airfields with ATACMS missiles, Zelensky said. The Kyiv Independent could not independently verify the claim.',
      'The Kyiv Independent',
    );
    expect(claimLines(ex)).toEqual([
      'military_use UKR>RUS [ballistic_missile] asserted',
      'military_use UKR>RUS [ballistic_missile] unconfirmed',
    ]);
    expect(claimSources(ex)[1]).toBe('The Kyiv Independent');
  });

  it('"declined to confirm the reports" is a confirmation withheld', () => {
    const ex = run(
      'The United States has sent ATACMS missiles to Ukraine, officials said. White House spokesman John Kirby declined to confirm the reports on Friday.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer USA>UKR [ballistic_missile] asserted',
      'transfer USA>UKR [ballistic_missile] unconfirmed',
    ]);
    expect(claimSources(ex)).toEqual(['officials', 'John Kirby']);
  });

  it("a reported refusal is answered once, in the outer speaker's name", () => {
    const ex = run(
      'Seoul said North Korea sent ballistic missiles to Russia. Sabrina Singh said the United States could not confirm the reports.',
    );
    expect(claimSources(ex)).toEqual(['Seoul', 'Sabrina Singh']);
  });
});

describe('no response to a request for comment', () => {
  it('"did not immediately respond to a request for comment" is a non-answer', () => {
    const ex = run(
      "Iran sent drones to Russia, officials said. Iran's mission to the United Nations did not immediately respond to a request for comment.",
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [drone] asserted',
      'transfer IRN>RUS [drone] unconfirmed',
    ]);
  });

  it('responding to the reports is no refusal', () => {
    const ex = run(
      'Iran sent drones to Russia, officials said. The Kremlin responded to the reports on Monday.',
    );
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] asserted']);
  });
});

describe('joined non-answers and the weapons they answer about', () => {
  it('"Iran\'s defence ministry and the Revolutionary Guards did not respond" are two non-answers', () => {
    const ex = run(
      "Iran sent 400 missiles to Russia, sources said. Iran's defence ministry and the Revolutionary Guards did not respond to requests for comment.",
    );
    expect(claimSources(ex)).toEqual([
      'sources',
      'Islamic Revolutionary Guard Corps',
      "Iran's defence ministry",
    ]);
    expect(claimLines(ex).slice(1)).toEqual([
      'transfer IRN>RUS [missile] unconfirmed',
      'transfer IRN>RUS [missile] unconfirmed',
    ]);
  });

  it('"the deliveries" refer to the transfer whose weapons were named, past a general remark', () => {
    const ex = run(
      'Iran has sent ballistic missiles to Russia, sources said. "We are allowed to export weapons to any country," an official said. A U.S. official said Washington had not yet seen evidence of the deliveries.',
    );
    expect(claimLines(ex).at(-1)).toBe('transfer IRN>RUS [ballistic_missile] unconfirmed');
  });
});

describe('the outlet cannot verify', () => {
  it('"The claims could not be independently verified." leaves the claim before it unconfirmed, in the outlet\'s voice', () => {
    const ex = run(
      "Russia's defence ministry said its air defences shot down ATACMS missiles over Crimea. The claims could not be independently verified.",
    );
    expect(claimLines(ex)).toEqual([
      'military_use UKR>RUS [ballistic_missile] asserted',
      'military_use UKR>RUS [ballistic_missile] unconfirmed',
    ]);
    expect(claimSources(ex)).toEqual(["Russia's defence ministry", '(Reuters)']);
  });

  it('", claims that could not be independently verified" judges its own sentence', () => {
    const ex = run(
      'The US sent ATACMS to Ukraine. Russia said its air defenses shot down ATACMS missiles over Crimea, claims that could not be independently verified.',
    );
    expect(claimLines(ex).at(-1)).toBe('military_use UKR>RUS [ballistic_missile] unconfirmed');
  });
});
