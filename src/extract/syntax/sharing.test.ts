import { describe, expect, it } from 'vitest';
import { explainText } from './explain.js';

describe('coordinated verbs share their subject, object and phrases', () => {
  it('"not only sold but also delivered jets to Myanmar": both verbs have Belarus, the jets and Myanmar', () => {
    const e = explainText('Belarus not only sold but also delivered Su-25 jets to Myanmar.', [
      'Belarus',
      'Myanmar',
    ]);
    for (const lemma of ['sell', 'deliver']) {
      const r = e.verb(lemma).roles;
      expect([
        e.text(r.agent),
        e.text(r.patient),
        e.text(r.attachments.find((a) => a.prep === 'to')?.chunk),
      ]).toEqual(['Belarus', 'Su-25 jets', 'Myanmar']);
    }
    expect(e.verb('deliver').coordinatedWith).toBe(e.verb('sell').id);
  });

  it('"bought and deployed fighters from Russia": the first verb takes the from-phrase too', () => {
    const e = explainText('Algeria bought and deployed Su-57 fighters from Russia.', ['Algeria', 'Russia']);
    expect(e.text(e.verb('buy').roles.attachments.find((a) => a.prep === 'from')?.chunk)).toBe('Russia');
  });

  it('a verb with an object of its own keeps its own phrases', () => {
    const e = explainText('Iran built drones and sent missiles to Russia.', ['Iran', 'Russia']);
    expect(e.verb('build').roles.attachments).toEqual([]);
  });
});

describe('control of an -ing or to clause', () => {
  it('"accused Iran of sending": the object controls, and says so', () => {
    const e = explainText('The United States accused Iran of sending missiles to Russia.', [
      'United States',
      'Iran',
    ]);
    const v = e.verb('send');
    expect([e.text(v.roles.agent), v.roles.control]).toEqual(['Iran', 'object']);
  });

  it('"Iran was accused by the United States of sending": the passive subject controls, not the by-phrase', () => {
    const e = explainText('Iran was accused by the United States of sending missiles to Russia.', [
      'United States',
      'Iran',
    ]);
    const v = e.verb('send');
    expect([e.text(v.roles.agent), v.roles.control]).toEqual(['Iran', 'object']);
  });

  it('"Iran sent drones to help Russia": the agent controls', () => {
    const e = explainText('Iran sent drones to help Russia.', ['Iran', 'Russia']);
    const v = e.verb('help');
    expect([e.text(v.roles.agent), v.roles.control]).toEqual(['Iran', 'agent']);
  });
});
