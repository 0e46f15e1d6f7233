import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { extract } from '../../src/extract/index.js';
import { documentId } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { run } from './helpers.js';

/** Each attribution as "source name | cue | content". */
function lines(ex: Extraction): string[] {
  return ex.attributions.map(
    (a) => `${a.source.name} | ${a.cue} | ${ex.document.text.slice(a.content.start, a.content.end)}`,
  );
}

describe('speakers from grammar, known to no gazetteer', () => {
  it('an unknown name after a quote speaks it, and becomes a person: entity', () => {
    const ex = run('"We will not back down," Alvarez said.');
    expect(lines(ex)).toEqual(['Alvarez | said | We will not back down,']);
    expect(ex.entities.find((e) => e.id === 'person:alvarez')?.kind).toBe('person');
  });

  it("a split quote is one statement of the speaker's, on both sides of the cue", () => {
    const ex = run(
      'Grace Okafor, an economist at a Lagos bank, was asked about the drones. "We did not," she said, "send a single drone."',
    );
    // The question put to her is the writer's cue, with no speaker in the text.
    expect(lines(ex)).toEqual([
      'Grace Okafor | said | We did not," she said, "send a single drone.',
      'unnamed questioner | asked | about the drones',
    ]);
  });

  it('titles and descriptions speak: an official, sources, countries, a panel, a document', () => {
    const ex = run(
      'A senior U.S. defense official said Iran had shipped drones. Two European security sources said the shipment left in May. Western countries said Russia had used the missiles. The panel said the sanctions were breached. A leaked intelligence document showed that Iran had sent drones.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual([
      'senior U.S. defense official',
      'Two European security sources',
      'Western countries',
      'panel',
      'intelligence document',
    ]);
  });

  it('a ship, a unit or an aircraft is no speaker', () => {
    const ex = run('The ship said nothing about the cargo. The drone showed that the base was empty.');
    expect(ex.attributions).toEqual([]);
  });

  it('a quote ending in "!" keeps its speaker in the next sentence', () => {
    const ex = run('"This is little Fort Pierce!" said Donna Lages, 39, a waitress.');
    expect(lines(ex)).toEqual(['Donna Lages | said | This is little Fort Pierce!']);
  });

  it('a subject set off by a relative clause or a bracket still speaks', () => {
    const ex = run(
      'Sanders, who has already sent fundraising pleas on his behalf, said he may campaign for him. Rep. Gregory Meeks (D-N.Y.) said Clinton reassured them.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual(['Sanders', 'Gregory Meeks']);
  });

  it('"X called ... and said" shares the subject', () => {
    const ex = run('Graham called both candidates "crazy" and said the party is bound to lose.');
    expect(lines(ex)).toContain('Lindsey Graham | said | the party is bound to lose');
  });

  it('a headline label is its speaker', () => {
    const ex = run('Kremlin: no troops in Kursk\n\nThe statement came on Monday.');
    expect(lines(ex)).toEqual(['Kremlin | : | no troops in Kursk']);
  });

  it('"X\'s statement that" and "according to" with a description', () => {
    const ex = run(
      "Peskov's statement that no troops were in Kursk drew scorn. She is up 9 points, according to the polling average.",
    );
    expect(lines(ex)).toEqual([
      'Dmitry Peskov | statement | no troops were in Kursk',
      'polling average | according to | She is up 9 points',
    ]);
  });

  it('a wish or a request attributes words but governs no claim', () => {
    const ex = run('Zelensky urged allies to send more Patriot systems to Ukraine.');
    expect(ex.attributions[0]?.cue).toBe('urged');
    expect(ex.claims.every((c) => c.source !== ex.attributions[0]?.id)).toBe(true);
  });
});

describe('coreference for speakers', () => {
  it('a surname with a title after the full name is the same person, with the description as role', () => {
    const ex = run(
      'Grace Okafor, an economist at a Lagos bank, said the naira would fall. Ms. Okafor said prices would rise. The economist said she was worried.',
    );
    expect(ex.attributions.map((a) => a.source.entity)).toEqual([
      'person:grace-okafor',
      'person:grace-okafor',
      'person:grace-okafor',
    ]);
    expect(ex.attributions[0]?.source.role).toBe('economist at a Lagos bank');
    expect(ex.entities.find((e) => e.id === 'person:grace-okafor')?.role).toBe('economist at a Lagos bank');
  });

  it('"the senator" is not the economist named before', () => {
    const ex = run(
      'Grace Okafor, an economist at a Lagos bank, said the naira would fall. The senator said he would vote against it.',
    );
    expect(ex.attributions[1]?.source.name).toBe('senator');
  });

  it('"the bloc" is the union named before', () => {
    const ex = run(
      'The European Union imposed sanctions on Monday. The bloc said it condemns the delivery of Iranian drones to Russia.',
    );
    expect(ex.attributions[0]?.source.name).toBe('European Union');
  });

  it('"who" is the mention of a speaker in a relative clause, whose words end at its comma', () => {
    const ex = run('Barkley, who said he typically votes democratic, said one candidate he likes is Kasich.');
    expect(lines(ex)).toEqual([
      'Barkley | said | he typically votes democratic',
      'Barkley | said | one candidate he likes is Kasich',
    ]);
    expect(ex.attributions[0]?.source.mention?.text).toBe('who');
  });
});

describe('chains and outlets', () => {
  it('"Reuters, citing two Western intelligence sources, reported" nests the sources inside Reuters', () => {
    const ex = run(
      'Reuters, citing two Western intelligence sources, reported that Iran had sent missiles to Russia.',
      'Kyiv Post',
    );
    expect(ex.claims[0]?.chain).toEqual(['Kyiv Post', 'Reuters', 'two Western intelligence sources']);
  });

  it('with no outlet in the header or the gazetteer, the web host is the outlet', () => {
    const ex = extractAt('Iran sent drones to Russia, officials said.', 'https://www.unn.ua/news/1');
    expect(ex.document.outlet).toBe('unn.ua');
    expect(ex.claims[0]?.chain[0]).toBe('unn.ua');
  });
});

/** Extracts a text with no outlet in its header, found at a web address. */
function extractAt(text: string, url: string): Extraction {
  return extract(
    {
      id: documentId(text),
      published: '2024-02-22',
      outlet: null,
      title: null,
      url,
      text,
      origin: null,
      format: 'text',
      warnings: [],
    },
    loadKnowledge(),
  );
}
