import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { chains, claimLines, claimSources, run } from './helpers.js';

/** Each attribution as "source name | cue | content". */
function lines(ex: Extraction): string[] {
  return ex.attributions.map(
    (a) => `${a.source.name} | ${a.cue} | ${ex.document.text.slice(a.content.start, a.content.end)}`,
  );
}

describe('split quotes are one statement', () => {
  it("the first half's negation governs the verb that opens the second", () => {
    const ex = run(
      'Amara Nwosu, a researcher at an Abuja think tank, said Ghana bought drones. "We did not," she said, "sell a single rifle to Mali."',
    );
    expect(claimLines(ex).at(-1)).toMatch(/ denied$/);
    expect(claimSources(ex).at(-1)).toBe('Amara Nwosu');
  });

  it('"never" and a modal carry over too; a whole first clause does not', () => {
    expect(claimLines(run('"We never," the minister said, "shipped any missiles to Niger."'))).toEqual([
      'transfer null>NER [missile] denied',
    ]);
    const asserted = run('"It is true," the minister said, "Chile sent rifles to Peru."');
    expect(claimLines(asserted)).toEqual(['transfer CHL>PER [small_arms] asserted']);
  });
});

describe('a description that does not fit the speaker before is somebody else', () => {
  it('"the senator" after a quote by a name with no role is a senator, not that name', () => {
    const ex = run(
      '"We will not give in," Moreno said. The senator said Chile would block the sale of tanks to Peru.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual(['Moreno', 'senator']);
  });

  it('"the senator" is the senator the text named before', () => {
    const ex = run(
      'Sen. Jane Whitfield said Congress would review the sale. "We will not give in," Moreno said. The senator said Chile would block the sale of tanks to Peru.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual(['Jane Whitfield', 'Moreno', 'Jane Whitfield']);
  });

  it('"the spokesman added" after a foreign minister is a spokesman', () => {
    const ex = run(
      'In an interview with the BBC, Indian Foreign Minister Subrahmanyam Jaishankar said New Delhi would not supply arms to Myanmar.\n\n' +
        '"The shipments are continuing," the spokesman added.',
    );
    expect(lines(ex)).toContain('spokesman | added | The shipments are continuing,');
  });

  it('"the top diplomat" is the foreign minister', () => {
    const ex = run(
      'Foreign Minister Abbas Araghchi rejected the claims. "Iran has not delivered missiles to Russia," the top diplomat wrote on X.',
    );
    expect(claimSources(ex)).toEqual(['Abbas Araghchi']);
  });
});

describe('he and she', () => {
  it('"she" after a man the text calls Mr. is the woman named before him', () => {
    const ex = run(
      'Ms. Amara Nwosu said Ghana bought drones from Israel. "We will not give in," Mr. Moreno said. "We never," she said, "shipped any missiles to Niger."',
    );
    expect(claimSources(ex).at(-1)).toBe('Amara Nwosu');
  });

  it('a person the text says nothing of fits either pronoun', () => {
    const ex = run(
      'Ms. Amara Nwosu said Ghana bought drones from Israel. "We will not give in," Moreno said. "We never," she said, "shipped any missiles to Niger."',
    );
    expect(claimSources(ex).at(-1)).toBe('Moreno');
  });
});

describe('speakers the grammar names', () => {
  it('an unknown name after the verb speaks, whatever wink tags its words', () => {
    const ex = run(
      '"Pakistan delivered the rifles to Sudan in March," said Will Doyle, a procurement analyst.',
    );
    expect(claimSources(ex)).toEqual(['Will Doyle']);
  });

  it('"Mr. Day said" is the Harold Day named before; another Day is not', () => {
    const ex = run(
      'Harold Day, a former Navy officer, said Egypt had bought frigates from Italy. Mr. Day said the deal closed in May. Linda Day, a lawyer in Cairo, said Egypt had bought tanks from Italy.',
    );
    expect(ex.attributions.map((a) => a.source.name)).toEqual(['Harold Day', 'Harold Day', 'Linda Day']);
  });

  it('two descriptions joined by "and" speak together', () => {
    const ex = run('Officials and diplomats said Iran had sent drones to Venezuela.');
    expect(claimSources(ex)).toEqual(['Officials and diplomats']);
  });

  it('a ship reports as an organisation of its navy, never as a person', () => {
    const ex = run('HMS Richmond said Iran had shipped missiles to the Houthis.');
    expect(ex.attributions[0]?.source).toMatchObject({
      name: 'HMS Richmond',
      kind: 'organization',
      country: 'GBR',
    });
    expect(ex.entities.some((e) => e.kind === 'person')).toBe(false);
  });
});

describe('where the words start', () => {
  it('"said in a statement posted on Telegram that": the words start after "that"', () => {
    const ex = run(
      'The ministry said in a statement posted on Telegram that Belarus had received Iskander missiles.',
    );
    expect(lines(ex)).toEqual(['ministry | said | Belarus had received Iskander missiles']);
  });
});

describe('colon headlines', () => {
  it('a headline line speaks over its own line, even among one-sentence lines', () => {
    const ex = run(
      'Beijing: no weapons for Moscow\nReuters, citing sources, reported that North Korea shipped shells to Russia.',
    );
    expect(lines(ex)[0]).toBe('Beijing | : | no weapons for Moscow');
  });

  it('two headlines are no transcript, and a body named in one speaks its line only', () => {
    const ex = run('Pentagon: Taiwan to get more Stinger missiles\n\nThe Kremlin has denied the report.');
    expect(lines(ex)[0]).toBe('Pentagon | : | Taiwan to get more Stinger missiles');
    expect(chains(ex)).toEqual(['Reuters > Pentagon', 'Reuters > Kremlin']);
  });
});

describe('quotes that run on', () => {
  it('quotes in a row after the speaker go on with the speaker, in each paragraph', () => {
    const ex = run(
      '"Algeria received Su-57 jets last month," a source close to the deal told Reuters. "More will come."\n\n' +
        '"Egypt received Rafale jets last month," an official said. "More will come." "Qatar is next."',
    );
    const official = ex.attributions.find((a) => a.source.name === 'official');
    expect(ex.document.text.slice(official?.content.start, official?.content.end)).toMatch(
      /Qatar is next\.$/,
    );
    const heard = ex.attributions.find((a) => a.source.name === 'source close to the deal');
    expect(ex.document.text.slice(heard?.content.start, heard?.content.end)).toMatch(/More will come\.$/);
    expect(chains(ex)[0]).toBe('Reuters > source close to the deal');
  });
});
