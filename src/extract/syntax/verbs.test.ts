import { describe, expect, it } from 'vitest';
import { explainText } from './explain.js';

describe('voice', () => {
  it('a be-passive with a by-phrase names the agent and makes the subject the patient', () => {
    const e = explainText('The howitzers were delivered by Sweden.');
    const v = e.verb('deliver');
    expect(v.voice).toBe('passive');
    expect(e.text(v.roles.agent)).toBe('Sweden');
    expect(e.text(v.roles.patient)).toBe('The howitzers');
  });

  it('a get-passive is passive', () => {
    expect(explainText('The shells got sent to Russia last week.').verb('send').voice).toBe('passive');
  });

  it('a perfect passive is passive and perfect', () => {
    const v = explainText('The jets have been delivered.').verb('deliver');
    expect([v.voice, v.tense, v.perfect]).toEqual(['passive', 'present', true]);
  });

  it('a progressive active is not passive', () => {
    const v = explainText('Russia is buying drones from Iran.').verb('buy');
    expect([v.voice, v.progressive]).toEqual(['active', true]);
  });

  it('a passive of a verb with two objects keeps the recipient as indirect object', () => {
    const e = explainText('Ukraine was given tanks by Poland.');
    const v = e.verb('give');
    expect([e.text(v.roles.indirectObject), e.text(v.roles.patient), e.text(v.roles.agent)]).toEqual([
      'Ukraine',
      'tanks',
      'Poland',
    ]);
  });
});

describe('tense and aspect', () => {
  it('reads past, present and future from the first auxiliary or the verb form', () => {
    expect(explainText('Iran sent drones.').verb('send').tense).toBe('past');
    expect(explainText('Iran sends drones.').verb('send').tense).toBe('present');
    expect(explainText('Iran will send drones.').verb('send').tense).toBe('future');
    expect(explainText('Iran had sent drones.').verb('send').perfect).toBe(true);
  });

  it('a participle wink reads as an adjective after "had" is still the verb', () => {
    const e = explainText('Russia said it had sent troops.');
    expect(e.verb('send').perfect).toBe(true);
  });
});

describe('verbs wink reads as other words', () => {
  it('"Tehran arms the Houthis" has the verb arm', () => {
    const e = explainText('Tehran arms the Houthis.');
    expect([e.verb('arm').voice, e.text(e.verb('arm').roles.object)]).toEqual(['active', 'the Houthis']);
  });

  it('"were smuggled" is a passive of smuggle though wink calls "smuggled" an adjective', () => {
    const e = explainText('Drones were smuggled into Russia via the Caspian Sea.');
    expect([e.verb('smuggle').voice, e.text(e.verb('smuggle').roles.patient)]).toEqual(['passive', 'Drones']);
  });

  it('an -ed form that opens a sentence before a noun is a modifier ("Paused shipments resumed")', () => {
    const e = explainText('Paused shipments of artillery shells to Ukraine resumed.');
    expect(e.syntax.verbs.map((v) => v.lemma)).toEqual(['resume']);
    expect(e.text(e.verb('resume').roles.subject)).toBe('Paused shipments');
  });

  it('"the country regards the provision" has the verb regard', () => {
    expect(
      explainText('It said the country regards the provision of weapons as inhumane.').verb('regard').tense,
    ).toBe('present');
  });

  it('a verb wink does not know is perfect after "has" ("has rebranded")', () => {
    expect(explainText('Moscow has rebranded the drones.').syntax.verbs[0]?.perfect).toBe(true);
  });

  it('"would likely use Taurus" has the verb use after an adverb wink calls an adjective', () => {
    const e = explainText('Ukraine would likely use Taurus against the bridges.');
    expect([e.verb('use').chain[0]?.lemma, e.text(e.verb('use').roles.object)]).toEqual(['would', 'Taurus']);
  });

  it('"were ready" stays an adjective', () => {
    expect(explainText('The drones were ready.').verb('be').voice).toBe('active');
  });
});

describe('particles', () => {
  it('"handed over" is a phrasal verb from the grammar, and "four promised systems" one chunk', () => {
    const e = explainText(
      'Germany has handed over the first of four promised IRIS-T air defense systems to Ukraine.',
    );
    const v = e.verb('hand');
    expect([v.particle, e.text(v.roles.object)]).toEqual(['over', 'the first']);
    expect(e.syntax.nominals[0]?.attachments.map((a) => e.text(a.chunk))).toEqual([
      'four promised IRIS-T air defense systems',
      'Ukraine',
    ]);
  });

  it('"over" after a verb without a phrasal entry stays a preposition ("protested over its sale")', () => {
    expect(explainText('China protested over its sale.').verb('protest').particle).toBeNull();
  });
});

describe('words inside a verb group', () => {
  it('a two-word adverbial between auxiliary and verb stays in the group ("had until now denied sending")', () => {
    const v = explainText('Tehran had until now denied sending weapons to Moscow.').verb('send');
    expect([v.perfect, v.chain[0]?.meaning]).toEqual([true, 'denial']);
  });
});

describe('asides inside a verb group', () => {
  it('"has, according to Kyiv, received" is one perfect group with the aside attached', () => {
    const e = explainText('Russia has, according to Kyiv, received 400 missiles.');
    const v = e.verb('receive');
    expect([v.perfect, e.text(v.roles.subject), e.syntax.verbs.length]).toEqual([true, 'Russia', 1]);
  });

  it('"would not, he said, send" keeps the modal and the negation on send', () => {
    const v = explainText('Iran would not, he said, send drones.').verb('send');
    expect([v.negated, v.chain[0]?.lemma]).toEqual([true, 'would']);
  });

  it('"were, officials say, delivered" is a passive under the report', () => {
    const e = explainText('The drones were, officials say, delivered in May.');
    const v = e.verb('deliver');
    expect([v.voice, e.syntax.clauses[v.clause]?.parent]).toEqual(['passive', e.verb('say').clause]);
  });
});

describe('negation', () => {
  it('"has not been delivered" is a negated perfect passive', () => {
    const v = explainText('The shipment has not been delivered.').verb('deliver');
    expect([v.negated, v.voice, v.perfect]).toEqual([true, 'passive', true]);
  });

  it('"never sent" is negated without an auxiliary', () => {
    expect(explainText('Iran never sent drones to Russia.').verb('send').negated).toBe(true);
  });

  it('a contracted "didn\'t" negates', () => {
    expect(explainText("Iran didn't send drones.").verb('send').negated).toBe(true);
  });

  it('"no longer" negates', () => {
    expect(explainText('Belarus no longer supplies shells.').verb('supply').negated).toBe(true);
  });

  it('"not only ... but also" negates neither verb', () => {
    const e = explainText('Moscow not only sold but also delivered the tanks.');
    expect([e.verb('sell').negated, e.verb('deliver').negated]).toEqual([false, false]);
  });

  it('negation before a catenative belongs to the link, after it to the main verb', () => {
    const before = explainText('Germany did not agree to send missiles.').verb('send');
    expect([before.negated, before.chain[0]?.negated]).toEqual([false, true]);
    const after = explainText('Germany agreed not to send missiles.').verb('send');
    expect([after.negated, after.chain[0]?.negated]).toEqual([true, false]);
  });
});

describe('modality chains', () => {
  it('"is expected to supply" has supply as main verb with an expectation link', () => {
    const v = explainText('Russia is expected to supply the missiles.').verb('supply');
    expect(v.chain.map((l) => `${l.lemma}:${l.meaning}`)).toEqual(['expect:expectation']);
  });

  it('a modal, a catenative and a passive infinitive make one group', () => {
    const v = explainText('The jets could be set to be delivered in May.').verb('deliver');
    expect(v.chain.map((l) => l.lemma)).toEqual(['could', 'set']);
    expect(v.voice).toBe('passive');
  });

  it('"plans to" read by wink as a noun is a catenative verb', () => {
    expect(explainText('Russia plans to buy more drones.').verb('buy').chain[0]?.meaning).toBe('plan');
  });

  it('"is going to" is a future link', () => {
    expect(explainText('Iran is going to sell missiles.').verb('sell').chain[0]?.meaning).toBe('future');
  });

  it('"refused to rule out sending" chains two links before the main verb', () => {
    const v = explainText('Iran has refused to rule out sending drones.').verb('send');
    expect(v.chain.map((l) => l.lemma)).toEqual(['refuse', 'rule out']);
  });

  it('an -ing form wink reads as a noun after "start" is the main verb ("could start firing them")', () => {
    const v = explainText('Russia could start firing them in Ukraine.').verb('fire');
    expect(v.chain.map((l) => l.lemma)).toEqual(['could', 'start']);
  });

  it('"is likely to" links through an adjective', () => {
    expect(explainText('The tanks are likely to arrive soon.').verb('arrive').chain[0]?.lemma).toBe('likely');
  });
});

describe('coordinated verbs', () => {
  it('a second verb shares the subject and lends its object back ("sold but also delivered the tanks")', () => {
    const e = explainText('Moscow not only sold but also delivered the tanks.');
    const sold = e.verb('sell');
    const delivered = e.verb('deliver');
    expect(delivered.coordinatedWith).toBe(sold.id);
    expect([e.text(delivered.roles.subject), e.text(sold.roles.object)]).toEqual(['Moscow', 'the tanks']);
  });

  it('a verb after a comma and "then" shares the subject', () => {
    const e = explainText('Minsk at first denied the reports, then admitted a small number.');
    expect(e.text(e.verb('admit').roles.subject)).toBe('Minsk');
  });
});
