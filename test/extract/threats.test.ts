import { describe, expect, it } from 'vitest';
import { claimLines, run } from './helpers.js';

describe('threats', () => {
  it('"the response will be swift and severe" after an "if" clause threatens the condition\'s actor', () => {
    expect(
      claimLines(
        run(
          'If Iran transfers ballistic missiles to Russia, the response will be swift and severe, the US official said.',
        ),
      ),
    ).toContain('threaten USA>IRN [] conditional');
  });

  it('"will take resolute measures" is a threat; "measures" alone is not', () => {
    expect(
      claimLines(run('If the EU insists on harming Chinese companies, China will take resolute measures.')),
    ).toContain('threaten CHN>igo:eu [] conditional');
    expect(claimLines(run('China discussed trade measures with Brazil.'))).toEqual([]);
  });

  it('"would make Germany a party to the conflict" threatens Germany', () => {
    expect(
      claimLines(
        run('Russia said any strike with Taurus missiles would make Germany a party to the conflict.'),
      ),
    ).toContain('threaten RUS>DEU [] conditional');
  });

  it('"a party to the conflict" without a threat verb is no threat', () => {
    expect(
      claimLines(run('China has never provided lethal weapons to any party to the conflict.')).filter((l) =>
        l.startsWith('threaten'),
      ),
    ).toEqual([]);
  });
});

describe('consequences announced', () => {
  it('"it will have consequences" is a threat by the speaker\'s state', () => {
    const ex = run(
      'The US sent ATACMS to Ukraine. Peskov said it was a grave mistake, and it will have consequences.',
    );
    expect(ex.claims.map((c) => `${c.type} ${c.actor}>${c.target}`)).toContain('threaten RUS>USA');
  });
});

describe("a threat in a speaker's own words", () => {
  it('"would" inside a quote is the consequence of what is warned against, not a reported "will"', () => {
    const quoted = run(
      'China is considering sending weapons to Russia. "It would have serious consequences in our relationship," Blinken said.',
    );
    expect(claimLines(quoted)).toContain('threaten USA>CHN [] conditional');
  });

  it('"will" inside a quote stays a plan', () => {
    const quoted = run(
      'The US sent ATACMS to Ukraine. "This is a grave mistake, and it will have consequences," Peskov said.',
    );
    expect(claimLines(quoted).filter((l) => l.startsWith('threaten'))).toEqual([
      'threaten RUS>USA [] planned',
    ]);
  });
});

describe('threats in a participle clause and against a hypothetical act', () => {
  it('", warning that any strike would make Germany a party" is the main subject\'s conditional threat', () => {
    const ex = run(
      'Maria Zakharova went further, warning that any Taurus strike on Russian territory would make Germany a party to the conflict.',
    );
    expect(claimLines(ex)).toEqual(['threaten RUS>DEU [] conditional']);
    expect(ex.attributions.map((a) => `${a.source.name} ${a.cue}`)).toEqual(['Maria Zakharova warning']);
  });

  it('"a warning" as a noun is no speech cue', () => {
    const ex = run('Blinken issued a warning that Iran sent missiles to Russia.');
    expect(ex.attributions.map((a) => a.cue)).not.toContain('warning');
  });
});

describe('threats told by the writer', () => {
  it('"Moscow had warned against the move" and "responded ... with threats" are threats by Russia', () => {
    expect(
      claimLines(
        run('The US delivered Patriot batteries to Ukraine. Moscow had warned against the move.'),
      ).at(-1),
    ).toBe('threaten RUS>USA [] asserted');
    expect(
      claimLines(
        run('The US delivered HIMARS to Ukraine. Moscow has responded to the deliveries with threats.'),
      ),
    ).toContain('threaten RUS>USA [] asserted');
  });

  it('"threats" in passing and "warned that" are no threat of their own', () => {
    expect(claimLines(run('Analysts discussed the threats facing Europe.'))).toEqual([]);
  });
});

describe("a body's conditional readiness", () => {
  it('"The G7 warned that should Iran proceed ..., it was prepared to respond" is the G7\'s conditional threat', () => {
    const ex = run(
      'The Group of Seven had warned that should Iran proceed with providing ballistic missiles to Russia, it was prepared to respond swiftly.',
    );
    expect(claimLines(ex)).toEqual([
      'transfer IRN>RUS [ballistic_missile] conditional',
      'threaten igo:g7>IRN [] conditional',
    ]);
    expect(ex.attributions.map((a) => a.cue)).toEqual(['warned']);
  });

  it("a threat told in an outlet's words cited by another outlet is the subject's", () => {
    const ex = run(
      'The US delivered HIMARS to Ukraine, Ukrinform reports. Moscow has responded to the deliveries with threats.',
    );
    expect(claimLines(ex)).toContain('threaten RUS>USA [] asserted');
  });
});
