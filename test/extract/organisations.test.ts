import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

// Organisations the gazetteer does not list, named by their head word or as an acronym that speaks.
describe('organisations named in the text', () => {
  it('a name ending in an organisation word is an organisation, not a person', () => {
    const ex = run('The Khalid Foundation said Iran sent drones to Russia.');
    const source = ex.attributions[0]?.source;
    expect(source?.kind).not.toBe('person');
    expect(source?.entity).toBe('org:khalid-foundation');
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] asserted']);
  });

  it('an agency named with a title word before its head ("Defense ... Administration") is one organisation', () => {
    const ex = run(
      'South Korea approved the export of 150 K9 howitzers to Poland, the Defense Acquisition Program Administration said.',
    );
    const source = ex.attributions[0]?.source;
    expect(source?.name).toBe('Defense Acquisition Program Administration');
    expect(source?.kind).not.toBe('person');
    expect(ex.entities.some((e) => e.kind === 'person')).toBe(false);
  });

  it('a state adjective before the name owns it, and the body acts for its state', () => {
    const ex = run('The Russian Defence Ministry said its forces had struck Ukraine with Iskander missiles.');
    expect(ex.attributions[0]?.source.name).toBe('Russian Defence Ministry');
    expect(ex.entities.find((e) => e.id === 'org:russian-defence-ministry')?.country).toBe('RUS');
  });

  it('an unknown acronym followed by a reporting verb is a source', () => {
    const ex = run('CENTCOM said Iran sent drones to the Houthis.');
    expect(claimSources(ex)).toEqual(['CENTCOM']);
  });

  it('an organisation of no known state is never a party to the event', () => {
    const ex = run('The Khalid Foundation sent drones to Russia.');
    expect(ex.claims.every((c) => c.actor === null || !c.actor.startsWith('org:'))).toBe(true);
  });
});
