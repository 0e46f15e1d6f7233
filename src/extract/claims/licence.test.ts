import { describe, expect, it } from 'vitest';
import type { Claim } from '../../domain/extraction.js';
import { extractExample } from '../../knowledge/en/pack.fixture.js';

/** The claims of the sentence of `text` that starts with `opening`, as "type actor>target [classes] inferred". */
function claimsOf(text: string, opening: string): string[] {
  return extractExample(text)
    .claims.filter((c: Claim) => c.evidence.text?.startsWith(opening))
    .map(
      (c) =>
        `${c.type} ${c.actor}>${c.target} [${c.weapons.map((w) => w.class).join(',')}]${c.inferred ? ` inferred=${c.inferred.join(',')}` : ''}`,
    );
}

describe('a story fill needs a sentence that continues the story', () => {
  it('the same supplier named again continues its story: its recipient is filled, and listed as inferred', () => {
    expect(
      claimsOf(
        'Turkey delivered armed drones to Niger in May. Ankara will deliver more drones next year.',
        'Ankara',
      ),
    ).toEqual(['transfer TUR>NER [drone] inferred=target']);
  });

  it('another supplier of the same kind of weapons continues the story of the recipient', () => {
    expect(
      claimsOf('Poland delivered tanks to Ukraine last year. Slovakia will send tanks in March.', 'Slovakia'),
    ).toEqual(['transfer SVK>UKR [armored_vehicle] inferred=target']);
  });

  it('a sentence that names no party, weapon or pronoun of the story takes no recipient from it', () => {
    expect(
      claimsOf('Poland delivered tanks to Ukraine last year. Slovakia will send jets in March.', 'Slovakia'),
    ).toEqual([]);
    expect(
      claimsOf(
        'Japan sold radars to the Philippines in 2023. Denmark will send F-16 jets next month.',
        'Denmark',
      ),
    ).toEqual([]);
  });

  it('a deal between two other named parties told in between ends the earlier story', () => {
    const text =
      'Iran shipped drones to Russia in May. In June, China sold drones to Serbia. Turkey will supply drones in July.';
    expect(claimsOf(text, 'Turkey')).toEqual(['transfer TUR>SRB [drone] inferred=target']);
    const back =
      'Iran shipped drones to Russia in May. In June, China sold drones to Serbia. The drones arrived in July.';
    expect(claimsOf(back, 'The drones').some((c) => c.includes('IRN>RUS'))).toBe(false);
  });

  it('"the deliveries" never point back at a supply told as not happening', () => {
    const text =
      'Ankara would not supply weapons to Israel, the minister said. "The deliveries are continuing," the spokesman added.';
    expect(claimsOf(text, '"The deliveries')).toEqual([]);
  });

  it('a definite event noun points back at the story whatever weapons it names', () => {
    const text = 'Iran agreed to supply missiles to Russia. The shipment may include drones.';
    expect(claimsOf(text, 'The shipment')).toEqual(['transfer IRN>RUS [drone] inferred=actor,target']);
  });
});

describe('roles the sentence fills itself leave the story alone', () => {
  it('weapons moved into a place that is no party take no recipient from the story', () => {
    const text =
      'Belarus sold drones to Russia in April. The United States keeps pouring drones into the front line, a Russian diplomat said.';
    expect(claimsOf(text, 'The United States')).toEqual([]);
  });

  it("a state's own troops and vehicles sent into a town are no transfer", () => {
    const text =
      'Germany sold tanks to Qatar. Russian troops and tanks were sent into Vovchansk, a town near Kharkiv.';
    expect(claimsOf(text, 'Russian troops')).toEqual([]);
  });

  it('the other side of the talks that hold a deal is its recipient', () => {
    expect(claimsOf('Egypt and France are in talks on the sale of Rafale jets.', 'Egypt')).toContain(
      'transfer FRA>EGY [aircraft]',
    );
  });
});

describe('a promise with no recipient named', () => {
  it('is made to the state of the leader told, when that state is at war', () => {
    const text =
      'President Emmanuel Macron told Ukrainian President Volodymyr Zelensky that France would send more Caesar howitzers.';
    expect(claimsOf(text, 'President Emmanuel Macron')).toEqual(['transfer FRA>UKR [other] inferred=target']);
  });

  it('is made to no one when the speaker is a third party', () => {
    const text = 'Secretary of State Antony Blinken said Iran would send ballistic missiles next month.';
    expect(claimsOf(text, 'Secretary')).toEqual([]);
  });
});
