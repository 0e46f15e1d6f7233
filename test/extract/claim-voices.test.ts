import { describe, expect, it } from 'vitest';
import { claimSources, run } from './helpers.js';

describe('the speaker who governs a sentence outside the words they report', () => {
  it('a relative clause on the opening phrase ("The shipment, which one of the sources said ...") governs the sentence', () => {
    const ex = run(
      'Iran has delivered ballistic missiles to Russia, two European security sources said. ' +
        'The shipment, which one of the sources said included Fath-360 missiles, was carried across the Caspian Sea to a Russian port.',
    );
    expect(claimSources(ex)).toEqual(['two European security sources', 'one of the sources']);
  });

  it('"Kirby said, "...", and the U.S. would ..." goes on in the speaker\'s words', () => {
    const ex = run(
      'If Iran does go ahead, John Kirby said, "the response will be swift", and the U.S. would impose new sanctions on Iran.',
    );
    expect(claimSources(ex)).toContain('John Kirby');
    expect(claimSources(ex)).not.toContain('(Reuters)');
  });

  it('a speaker of another clause after the event does not take it ("..., but officials say ...")', () => {
    const ex = run(
      'Germany has delivered 30 Gepards to Ukraine since July, but Ukrainian officials say the systems are running short of shells.',
    );
    expect(claimSources(ex)).toEqual(['(Reuters)']);
  });

  it('a relative clause on the object names what the speaker said of it, not the act', () => {
    const ex = run(
      'Washington last month sanctioned an Iranian company it said had coordinated flights carrying drones to Russia.',
    );
    expect(claimSources(ex)[0]).toBe('(Reuters)');
  });

  it('a denier of reports ("rejected Western media reports that ...") denies, and the reporters assert', () => {
    const ex = run(
      'Foreign Ministry spokesman Nasser Kanaani rejected Western media reports that Iran has delivered ballistic missiles to Russia.',
    );
    const told = ex.claims.map((c, i) => `${claimSources(ex)[i]}: ${c.status}`);
    expect(told.sort()).toEqual(['Nasser Kanaani: denied', 'Western media: asserted']);
  });

  it('a halt the reports tell stays theirs ("dismissed reports that the deliveries had been frozen")', () => {
    const ex = run(
      'Russia is delivering S-400 systems to India, Dmitry Shugayev said. He dismissed Western media reports that the deliveries had been frozen.',
    );
    expect(
      ex.claims.filter((c) => c.status === 'denied').map((c) => claimSources(ex)[ex.claims.indexOf(c)]),
    ).not.toContain('Dmitry Shugayev');
  });

  it('a state that announces sanctions imposes them: the outlet tells the act', () => {
    const ex = run('Washington announced fresh sanctions against Iran on Tuesday.');
    expect(claimSources(ex)).toEqual(['(Reuters)']);
  });

  it('a body that announces its own sanctions keeps its word ("the US Treasury announced")', () => {
    const ex = run('The US Treasury announced sanctions against Iran on Tuesday.');
    expect(claimSources(ex)).not.toContain('(Reuters)');
  });

  it("a quote that goes on after its speaker's cue in the same sentence is still theirs", () => {
    const ex = run(
      '"Once again, the US acts on faulty intel," Araghchi wrote on X. "Iran has NOT delivered ballistic missiles to Russia. Period."',
    );
    expect(claimSources(ex)).toEqual(['Abbas Araghchi']);
  });

  it('capitals that announce sanctions together each impose their own, told by the outlet', () => {
    const ex = run('Washington, London, Paris and Berlin announced fresh sanctions against Iran on Tuesday.');
    expect(new Set(claimSources(ex))).toEqual(new Set(['(Reuters)']));
  });

  it('the grounds of a sanction ("for supplying Russia with drones") are the sanctioner\'s claim', () => {
    const ex = run(
      'Two Chinese companies were sanctioned by the US Treasury on Monday for supplying Russia with drones.',
    );
    const transfer = ex.claims.findIndex((c) => c.type === 'transfer');
    expect(claimSources(ex)[transfer]).toBe('US Treasury');
    expect(ex.attributions[0]?.content.text).toBe('for supplying Russia with drones');
  });
});
