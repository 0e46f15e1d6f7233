import { describe, expect, it } from 'vitest';
import { claimLines, claimSources, run } from './helpers.js';

// Answers to what was reported earlier: the answer names no event of its own, it points back at one.
describe('answers that point back at an earlier report', () => {
  it('"called the reports propaganda" denies the claim just reported, in the caller\'s name', () => {
    const ex = run(
      'Ukraine says Iran supplied Shahed drones to Russia. Iranian Foreign Ministry spokesman Nasser Kanaani called the reports "ugly propaganda".',
    );
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [drone] asserted', 'transfer IRN>RUS [drone] denied']);
    expect(claimSources(ex)).toEqual(['Ukraine', 'Nasser Kanaani']);
  });

  it('"described the claims as baseless" denies them', () => {
    const ex = run(
      'The Pentagon said North Korea shipped artillery shells to Russia. Pyongyang described the claims as baseless.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer PRK>RUS [artillery_ammunition] asserted',
      'transfer PRK>RUS [artillery_ammunition] denied',
    ]);
  });

  it('"called on" without a judgement of reports is a request: it judges no report and governs no claim', () => {
    const ex = run(
      'Kyiv said Iran supplied drones to Russia. Zelensky called on allies to send more air defence.',
    );
    expect(ex.claims.some((c) => c.actor === 'UKR' || c.status === 'denied')).toBe(false);
    const call = ex.attributions.find((a) => a.cue === 'called');
    expect(call?.source.name).toBe('Volodymyr Zelensky');
    expect(ex.claims.every((c) => c.source !== call?.id)).toBe(true);
  });

  it('an answer that rejects the accusations still answers when it also threatens', () => {
    const ex = run(
      'Reporter: Washington says China supplies drones to Russia. How do you respond?\n\nLin Jian: We reject these groundless accusations. If the US insists on harming Chinese companies, China will take resolute measures in response.',
    );
    expect(claimLines(ex)).toContain('transfer CHN>RUS [drone] denied');
    expect(claimSources(ex)).toContain('Lin Jian');
  });

  it('"rejected the accusations" answers the arms claim, not a referral told after it', () => {
    const ex = run(
      'Kyiv says Iran sent drones to Russia. Western powers want the UN to look into the transfers. Tehran rejected the accusations as "baseless".',
    );
    expect(claimLines(ex)).toContain('transfer IRN>RUS [drone] denied');
    expect(claimLines(ex).filter((l) => l.endsWith('denied'))).toHaveLength(1);
  });

  it('"dismissed the accusations, while Y said ...": the answer does not deny what Y says after it', () => {
    const ex = run(
      'Washington says North Korea sent missiles to Russia. Russian envoy Vassily Nebenzia dismissed the accusations as unsubstantiated, while South Korean Ambassador Hwang Joon-kook said Pyongyang was using Ukraine as a testing ground for its missiles.',
    );
    expect(claimLines(ex).filter((l) => l.endsWith('denied'))).toEqual(['transfer PRK>RUS [missile] denied']);
  });

  it("a judged report with its own event inside is denied in the judge's name", () => {
    const ex = run('Kim Yo Jong called the claims about North Korean arms exports to Russia "absurd".');
    expect(claimLines(ex)).toEqual(['transfer PRK>RUS [unspecified] denied']);
    expect(claimSources(ex)).toEqual(['Kim Yo Jong']);
  });

  it('"said it could not confirm the reports" leaves the earlier claim unconfirmed by the speaker', () => {
    const ex = run(
      'Seoul said North Korea sent ballistic missiles to Russia. Pentagon spokeswoman Sabrina Singh said the United States could not confirm the reports.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer PRK>RUS [ballistic_missile] asserted',
      'transfer PRK>RUS [ballistic_missile] unconfirmed',
    ]);
    expect(claimSources(ex)).toEqual(['Seoul', 'Sabrina Singh']);
  });

  it('"It is another hoax," a quoted dismissal, denies the earlier claim', () => {
    const ex = run(
      'Kyiv said North Korea had sent artillery shells to Russia. "It is another hoax," Kremlin spokesman Dmitry Peskov said.',
    );
    expect(claimLines(ex)[1]).toBe('transfer PRK>RUS [artillery_ammunition] denied');
    expect(claimSources(ex)[1]).toBe('Dmitry Peskov');
  });

  it('"such accusations" answers the accusation, not the last claim of another kind', () => {
    const ex = run(
      'Washington has accused Pyongyang of supplying Moscow with artillery shells. In January, the White House claimed that Russia had launched North Korean missiles at Ukraine. Pyongyang has rejected such accusations.',
    );
    expect(claimLines(ex)[2]).toBe('transfer PRK>RUS [artillery_ammunition] denied');
    expect(claimSources(ex)[2]).toBe('Pyongyang');
  });

  it('a source never answers its own claim', () => {
    const ex = run(
      'Iran said Russia received Iranian drones before the war. Iran dismissed the reports of later shipments as false.',
    );
    expect(claimLines(ex).filter((l) => l.endsWith('denied'))).toEqual([]);
  });
});

describe('troops sent as military support', () => {
  it('"sent 1,500 special forces troops to Russia" is a transfer of personnel with its count', () => {
    const ex = run('North Korea sent about 1,500 special forces troops to Russia.');
    expect(claimLines(ex)).toEqual(['transfer PRK>RUS [other] asserted']);
    expect(ex.claims[0]?.quantity).toMatchObject({ min: 1500, max: 1500, approximate: true });
  });

  it('passive: "North Korean soldiers could be deployed" takes the supplier from the adjective', () => {
    expect(claimLines(run('Up to 12,000 North Korean soldiers could be deployed to Russia.'))).toEqual([
      'transfer PRK>RUS [other] possible',
    ]);
  });

  it('"Russian forces fired missiles" is use, not a transfer of forces', () => {
    expect(claimLines(run('Russian forces fired missiles at Kyiv.'))).toEqual([
      'military_use RUS>UKR [missile] asserted',
    ]);
  });
});

describe('claims wrapped in a denial', () => {
  it('"rejected Western claims that ..." gives the West\'s assertion and the rejection', () => {
    const ex = run('Abbas Araghchi rejected Western claims that Iran sent ballistic missiles to Russia.');
    expect(claimLines(ex).sort()).toEqual([
      'transfer IRN>RUS [ballistic_missile] asserted',
      'transfer IRN>RUS [ballistic_missile] denied',
    ]);
    expect(claimSources(ex).sort()).toEqual(['Abbas Araghchi', 'West']);
  });

  it('"dismissed US allegations that ..." names the United States as the claimant', () => {
    const ex = run('Beijing dismissed US allegations that China supplied drones to Russia.');
    expect(claimSources(ex).sort()).toEqual(['Beijing', 'United States']);
  });

  it('a denier joined by "and he" makes no co-denier of the country before it', () => {
    const ex = run('Moscow invaded Ukraine and he rejected Western accusations that Tehran sent missiles.');
    expect(ex.attributions.map((a) => a.source.name)).not.toContain('Ukraine');
  });

  it("a briefing's answer to a question judges the event asked about, in the answerer's name", () => {
    const ex = run(
      "MR. KIRBY: North Korea has delivered artillery shells to Russia.\n\nQ: Has any of this North Korean ammunition been fired at Ukrainian forces yet?\n\nMR. KIRBY: I can't confirm that today. We fully expect that Russia will use it.",
    );
    expect(claimLines(ex)).toContain('military_use RUS>UKR [artillery_ammunition] unconfirmed');
    expect(claimSources(ex)).toEqual(['John Kirby', 'John Kirby', 'John Kirby']);
  });

  it('a question alone claims nothing, and an answer that tells news of its own judges nothing asked', () => {
    const asked = run('Q: Has Iran sent drones to Russia?');
    expect(asked.claims).toEqual([]);
    const ex = run(
      'Q: Has Iran sent drones to Russia?\n\nMR. KIRBY: We have seen no evidence that Iran sent missiles to Russia.',
    );
    expect(claimLines(ex)).toEqual(['transfer IRN>RUS [missile] unconfirmed']);
  });

  it('"it has been used" after a question about a use keeps that use\'s user, not the last recipient', () => {
    const ex = run(
      "MR. KIRBY: North Korea has delivered artillery shells to Russia. Russia may have delivered missile parts to North Korea.\n\nQ: Has any of this North Korean ammunition been fired at Ukraine?\n\nMR. KIRBY: We haven't seen indications that it has been used on the battlefield.",
    );
    expect(claimLines(ex)).toContain('military_use RUS>UKR [artillery_ammunition] unconfirmed');
  });

  it('"rejected the accusations" of supplying drones used to bombard cities denies the supply', () => {
    const ex = run(
      'The European Union slapped sanctions on Iranian officers, accusing Tehran of supplying Moscow with drones used to bombard Ukrainian cities. Tehran rejected the accusations as "baseless".',
    );
    expect(claimLines(ex).filter((l) => l.endsWith('denied'))).toEqual(['transfer IRN>RUS [drone] denied']);
  });
});
