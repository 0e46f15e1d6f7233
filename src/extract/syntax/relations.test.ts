import { describe, expect, it } from 'vitest';
import { explainText } from './explain.js';

function roles(sentence: string, lemma: string, actors: readonly string[] = []) {
  const e = explainText(sentence, actors);
  const v = e.verb(lemma);
  const r = v.roles;
  const at = (prep: string) => e.text(r.attachments.find((a) => a.prep === prep)?.chunk);
  return {
    e,
    v,
    subject: e.text(r.subject),
    agent: e.text(r.agent),
    patient: e.text(r.patient),
    object: e.text(r.object),
    iobject: e.text(r.indirectObject),
    at,
  };
}

describe('subjects and objects', () => {
  it('the active subject is the agent and the object the patient', () => {
    const r = roles('North Korea shipped artillery shells to Russia.', 'ship');
    expect([r.agent, r.patient, r.at('to')]).toEqual(['North Korea', 'artillery shells', 'Russia']);
  });

  it('"sent Russia drones" gives an indirect object when Russia is a known actor', () => {
    const r = roles('Iran sent Russia drones.', 'send', ['Iran', 'Russia']);
    expect([r.iobject, r.object]).toEqual(['Russia', 'drones']);
  });

  it('a weapon name after a known recipient starts the object ("giving Ukraine Storm Shadow long-range missiles")', () => {
    const e = explainText(
      'The UK is giving Ukraine Storm Shadow long-range missiles.',
      ['UK', 'Ukraine'],
      ['Storm Shadow'],
    );
    const r = e.verb('give').roles;
    expect([e.text(r.indirectObject), e.text(r.object)]).toEqual([
      'Ukraine',
      'Storm Shadow long-range missiles',
    ]);
  });

  it('"sent them the drones" gives an indirect object without mentions', () => {
    const r = roles('Iran sent them the drones.', 'send');
    expect([r.iobject, r.object]).toEqual(['them', 'the drones']);
  });

  it('a to-phrase keeps "US weapons" together ("sent US weapons to Kyiv")', () => {
    const r = roles('Poland sent US weapons to Kyiv.', 'send', ['Poland', 'US', 'Kyiv']);
    expect([r.object, r.iobject, r.at('to')]).toEqual(['US weapons', '', 'Kyiv']);
  });

  it('"supply X with Y" has X as object and Y with "with"', () => {
    const r = roles('Russia is expected to supply North Korea with missiles.', 'supply');
    expect([r.agent, r.object, r.at('with')]).toEqual(['Russia', 'North Korea', 'missiles']);
  });

  it('"X received Y from Z" attaches Z with "from"', () => {
    const r = roles('Ukraine has received the first F-16 jets from Denmark and the Netherlands.', 'receive');
    expect([r.agent, r.object, r.at('from')]).toEqual([
      'Ukraine',
      'the first F-16 jets',
      'Denmark+the Netherlands',
    ]);
  });

  it('troops sent into a town attach with "into"', () => {
    expect(roles('Russia sent troops into Bakhmut.', 'send').at('into')).toBe('Bakhmut');
  });

  it('"equipped the militia with drones" and "via" and "over" attach to the verb', () => {
    expect(roles('Tehran equipped the militia with drones.', 'equip').at('with')).toBe('drones');
    expect(roles('The shells were shipped via Iran.', 'ship').at('via')).toBe('Iran');
    expect(roles('China protested to Berlin over the sale.', 'protest').at('over')).toBe('the sale');
  });
});

describe('passives and agents', () => {
  it('the by-phrase of a passive is the agent and the subject the patient', () => {
    const r = roles('The howitzers would be sent to Kyiv by Sweden.', 'send');
    expect([r.agent, r.patient, r.subject, r.at('to')]).toEqual([
      'Sweden',
      'The howitzers',
      'The howitzers',
      'Kyiv',
    ]);
  });

  it('a passive without a by-phrase has no agent', () => {
    expect(roles('The drones were delivered last month.', 'deliver').agent).toBe('');
  });
});

describe('fronted phrases, asides and quotes', () => {
  it('a fronted time phrase ("Last year, Iran sent") leaves the subject to Iran', () => {
    const r = roles('Last year, Iran sent drones to Russia.', 'send');
    expect([r.subject, r.at('')]).toEqual(['Iran', 'Last year']);
  });

  it('a fronted "according to" attaches to the main verb', () => {
    const r = roles('According to the Pentagon, North Korea has shipped shells to Russia.', 'ship');
    expect([r.subject, r.at('according to')]).toEqual(['North Korea', 'the Pentagon']);
  });

  it('a final ", according to X" attaches to the verb, not to the noun before it', () => {
    const r = roles('Iran sent drones to Russia, according to officials.', 'send');
    expect([r.object, r.at('according to')]).toEqual(['drones', 'officials']);
  });

  it('an aside between commas does not become the subject', () => {
    expect(roles('Iran, Russia’s closest ally, has delivered drones.', 'deliver').subject).toBe('Iran');
  });

  it('an adverb between subject and verb changes nothing ("Pyongyang reportedly shipped")', () => {
    expect(roles('Pyongyang reportedly shipped shells.', 'ship').agent).toBe('Pyongyang');
  });

  it('a quoted sentence keeps its own subject and object', () => {
    const r = roles('"We will never send weapons to Russia," the minister said.', 'send');
    expect([r.subject, r.object, r.v.negated]).toEqual(['We', 'weapons', true]);
  });

  it('quotation marks inside a clause stand between no roles', () => {
    const e = explainText(
      'Kanaani said the publication of "false and misleading reports" about arms transfers was "propaganda".',
    );
    const n = e.syntax.nominals.find((x) => x.lemma === 'publication');
    expect(n?.attachments.map((a) => `${a.prep}=${e.text(a.chunk)}`)).toEqual([
      'of=false and misleading reports',
      'about=arms transfers',
    ]);
    expect(e.syntax.clauses[e.verb('be').clause]?.kind).toBe('complement');
  });

  it('words in parentheses do not break the clause', () => {
    const r = roles('Russia (reportedly) received drones from Iran.', 'receive');
    expect([r.subject, r.object, r.at('from')]).toEqual(['Russia', 'drones', 'Iran']);
  });
});

describe('subjects lent from outside the clause', () => {
  it('the object of "urged" does the infinitive, which is urge\'s complement', () => {
    const e = explainText('Kyiv urged Berlin to deliver Taurus missiles.');
    const v = e.verb('deliver');
    expect([e.text(v.roles.agent), v.roles.gap, e.syntax.clauses[v.clause]?.kind]).toEqual([
      'Berlin',
      'subject',
      'complement',
    ]);
  });

  it('a purpose infinitive is done by the subject of its verb ("Iran sent drones to help Russia")', () => {
    expect(explainText('Iran sent drones to help Russia.').description).toContain(
      'verb help: active none to-infinitive | subject=Iran',
    );
  });

  it('"accused China of supplying" makes China the supplier; "by sending" the subject', () => {
    const accused = explainText('The United States accused China of supplying Russia with drone parts.');
    expect(accused.text(accused.verb('supply').roles.agent)).toBe('China');
    const by = explainText('Iran denied it by sending more drones.');
    expect(by.text(by.verb('send').roles.agent)).toBe('Iran');
  });

  it('coordinated infinitives share the controller; a passive lends no subject ("will be used to attack")', () => {
    const e = explainText('Russia used drones to attack cities and kill civilians.');
    expect([
      e.text(e.verb('attack').roles.agent),
      e.text(e.verb('kill').roles.agent),
      e.verb('kill').nonFinite,
    ]).toEqual(['Russia', 'Russia', 'to']);
    expect(explainText('The drones will be used to attack cities.').verb('attack').roles.agent).toBeNull();
  });

  it('"condemn the DPRK for providing" makes the DPRK the provider', () => {
    const e = explainText('We condemn the DPRK for providing Russia with this equipment.');
    expect(e.text(e.verb('provide').roles.agent)).toBe('the DPRK');
  });

  it('", said Lavrov." makes Lavrov the subject of the report', () => {
    const e = explainText('Iran sent drones, said Lavrov.');
    expect([e.text(e.verb('say').roles.subject), e.verb('say').roles.object]).toEqual(['Lavrov', null]);
  });

  it('", denied it." after a relative clause is no report', () => {
    const e = explainText('Russia, which has used them, denied it.');
    expect(e.text(e.verb('deny').roles.subject)).toBe('Russia');
  });
});
