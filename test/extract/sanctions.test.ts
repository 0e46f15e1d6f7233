import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

describe('sanctions', () => {
  it('a standing group\'s measure ("three European capitals") is each member\'s', () => {
    expect(
      claimLines(
        run('Washington and three European capitals imposed new sanctions on Iran on Tuesday.'),
      ).sort(),
    ).toEqual([
      'sanction DEU>IRN [] asserted',
      'sanction FRA>IRN [] asserted',
      'sanction GBR>IRN [] asserted',
      'sanction USA>IRN [] asserted',
    ]);
  });

  it('a word inside a longer name is no speech cue ("the three European states said")', () => {
    const ex = run('The three European states said they would impose sanctions on Iran Air.');
    expect(ex.attributions.map((a) => a.cue)).toEqual(['said']);
  });

  it('a verb joined by "and" shares the modal of the verb before it', () => {
    expect(
      claimLines(
        run(
          'Britain said it would cancel air services agreements with Iran and impose sanctions on Iran Air.',
        ),
      ),
    ).toEqual(['sanction GBR>IRN [] planned']);
  });

  it('the partners of another measure in the sentence are not sanctioned', () => {
    expect(
      claimLines(
        run('The United States imposed sanctions on Iran Air and cancelled flights to Britain and France.'),
      ),
    ).toEqual(['sanction USA>IRN [] asserted']);
  });

  it('"sanctions over the alleged transfer" are aimed at the one who made it', () => {
    expect(
      claimLines(
        run(
          'Iran sent ballistic missiles to Russia, officials said. Washington imposed new sanctions over the alleged transfer.',
        ),
      ),
    ).toContain('sanction USA>IRN [] asserted');
  });

  it('", a day after ..." ends the reported words: the writer tells what happened then', () => {
    const ex = run(
      'Abbas Araghchi rejected accusations that Tehran sent missiles to Russia, a day after Washington imposed new sanctions on Iran.',
    );
    expect(claimLines(ex)).toContain('sanction USA>IRN [] asserted');
    expect(claimSources(ex).at(-1)).toBe('(Reuters)');
  });
});

describe('sanctions and transfers in passing', () => {
  it('"Due in part to our sanctions, Russia has been forced to ..." gives sanctions as a cause, no event', () => {
    expect(
      claimLines(
        run(
          'Due in part to our sanctions and export controls, Russia has been forced to search for equipment.',
        ),
      ),
    ).toEqual([]);
  });

  it('a noun\'s phrase ends at its verb: "The deployment adds little to Russia\'s capabilities"', () => {
    const lines = claimLines(
      run(
        "Russia sent nuclear weapons to Belarus. The deployment adds little to Russia's military capabilities.",
      ),
    );
    expect(lines).not.toContain('transfer RUS>RUS [other] asserted');
    expect(lines.every((l) => !l.includes('>RUS'))).toBe(true);
  });
});

describe('measures that match sanctions told before', () => {
  it('"Britain announced matching measures" is a British sanction on the same target', () => {
    expect(
      claimLines(
        run(
          'The EU imposed sanctions on three Iranian officers over drone supplies to Russia. Britain announced matching measures.',
        ),
      ),
    ).toContain('sanction GBR>IRN [] asserted');
  });

  it('"would take similar measures" is no sanction', () => {
    expect(
      claimLines(
        run('The EU imposed sanctions on Iran. Moscow said it would take similar measures against the bloc.'),
      ).filter((l) => l.startsWith('sanction RUS')),
    ).toEqual([]);
  });
});
