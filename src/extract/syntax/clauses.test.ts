import { describe, expect, it } from 'vitest';
import { explainText } from './explain.js';
import { governs } from './index.js';

function clauseOf(sentence: string, lemma: string) {
  const e = explainText(sentence);
  const v = e.verb(lemma);
  const clause = e.syntax.clauses[v.clause];
  if (clause === undefined) throw new Error('no clause');
  return { e, v, clause };
}

describe('relative clauses', () => {
  it('"the drones, which Iran sent to Russia" fills the object gap with the antecedent', () => {
    const { e, v, clause } = clauseOf('The drones, which Iran sent to Russia, were shot down.', 'send');
    expect(clause.kind).toBe('relative');
    expect([e.text(v.roles.object), v.roles.gap, e.text(v.roles.agent)]).toEqual([
      'The drones',
      'object',
      'Iran',
    ]);
    expect(e.syntax.clauses[clause.parent ?? -1]?.kind).toBe('main');
  });

  it('a subject relative ("Turkey, which has sold drones") fills the subject gap', () => {
    const { e, v } = clauseOf('Turkey, which has sold drones to Ukraine, says it will stop.', 'sell');
    expect([e.text(v.roles.agent), v.roles.gap]).toEqual(['Turkey', 'subject']);
  });

  it('a passive relative makes the antecedent the patient', () => {
    const { e, v } = clauseOf(
      'The shipment, which was seized by the US Navy, contained missile parts.',
      'seize',
    );
    expect([e.text(v.roles.patient), e.text(v.roles.agent), v.roles.gap]).toEqual([
      'The shipment',
      'the US Navy',
      'patient',
    ]);
  });

  it('"that" after a noun with a gap is relative and ends before the main verb', () => {
    const { e, clause } = clauseOf('The missiles that Russia bought were old.', 'buy');
    expect(clause.kind).toBe('relative');
    expect(e.syntax.clauses[e.verb('be').clause]?.kind).toBe('main');
  });

  it('a reduced relative ("drones sent to Russia") is passive with the antecedent as patient', () => {
    const { e, v, clause } = clauseOf('Drones sent to Russia were shot down over Kyiv.', 'send');
    expect([clause.kind, v.voice, v.nonFinite, e.text(v.roles.patient)]).toEqual([
      'reduced-relative',
      'passive',
      'participle',
      'Drones',
    ]);
  });

  it('a reduced relative after the object has its by-agent ("tanks supplied by Poland")', () => {
    const { e, v } = clauseOf('Ukraine used tanks supplied by Poland.', 'supply');
    expect([e.text(v.roles.agent), e.text(v.roles.patient)]).toEqual(['Poland', 'tanks']);
  });

  it('a relative without a marker after the verb ("the transfer we have warned about")', () => {
    const { clause } = clauseOf('This is the transfer we have warned about for months.', 'warn');
    expect(clause.kind).toBe('relative');
  });

  it('a fronted time phrase followed by a subject is no relative ("In March Russia received drones")', () => {
    const { e, clause } = clauseOf('In March Russia received drones.', 'receive');
    expect([clause.kind, e.text(e.verb('receive').roles.subject)]).toEqual(['main', 'Russia']);
  });

  it('a relative without a marker ("the drones Iran sent") fills the object gap', () => {
    const { e, v } = clauseOf('The drones Iran sent to Russia exploded.', 'send');
    expect([e.text(v.roles.object), v.roles.gap]).toEqual(['The drones', 'object']);
  });
});

describe('whose and clause coordination after a relative', () => {
  it('a "whose" relative fills no gap, and "and officials cite" starts a new main clause', () => {
    const e = explainText(
      'Berlin will not send its Taurus missile, whose range would put Moscow within reach, and officials privately cite fears of escalation.',
    );
    const put = e.verb('put');
    expect([e.syntax.clauses[put.clause]?.kind, put.roles.gap, e.text(put.roles.subject)]).toEqual([
      'relative',
      null,
      'range',
    ]);
    const cite = e.verb('cite');
    expect([
      e.syntax.clauses[cite.clause]?.kind,
      e.syntax.clauses[cite.clause]?.parent,
      e.text(cite.roles.subject),
    ]).toEqual(['main', null, 'officials']);
  });
});

describe('complements of speech and judging verbs', () => {
  it('"denied that ..." is a complement governed by deny', () => {
    const { e, clause } = clauseOf('The Kremlin denied that North Korean troops were fighting.', 'fight');
    expect(clause.kind).toBe('complement');
    expect(e.syntax.verbs[clause.governor ?? -1]?.lemma).toBe('deny');
  });

  it('"said" without "that" takes a bare complement', () => {
    const { e, clause } = clauseOf('Officials said Iran sent drones.', 'send');
    expect([clause.kind, e.syntax.verbs[clause.governor ?? -1]?.lemma]).toEqual(['complement', 'say']);
  });

  it('a bare complement may have phrases between its subject and verb ("said the use of the missile was")', () => {
    const { clause } = clauseOf(
      'They said the procurement and use of the missile was in breach of sanctions.',
      'be',
    );
    expect(clause.kind).toBe('complement');
  });

  it('a report by a title and a name (", spokesman Dmitry Peskov told reporters") governs the content', () => {
    const { e, clause } = clauseOf(
      'The Kremlin rejects the claims, presidential spokesman Dmitry Peskov told reporters.',
      'reject',
    );
    expect(clause.parent).toBe(e.verb('tell').clause);
  });

  it('a title before a name stays with it ("National security adviser Jake Sullivan says ...")', () => {
    const { e, clause } = clauseOf(
      'National security adviser Jake Sullivan says Ukraine has given assurances.',
      'give',
    );
    expect([clause.kind, e.text(e.verb('say').roles.subject)]).toEqual([
      'complement',
      'National security adviser Jake Sullivan',
    ]);
  });

  it('"said that X, and that Y" gives two sibling complements of say', () => {
    const e = explainText(
      'Kirby said that North Korea had provided missiles, and that Russian troops used them.',
    );
    const a = e.syntax.clauses[e.verb('provide').clause];
    const b = e.syntax.clauses[e.verb('use').clause];
    expect([a?.parent, b?.parent, b?.governor]).toEqual([0, 0, e.verb('say').id]);
  });

  it('", and warned that" continues the clause of "said", not the complement', () => {
    const e = explainText(
      'The US said that North Korea had delivered containers to Russia, which has used them, and warned that more would come.',
    );
    const warn = e.verb('warn');
    expect([warn.clause, e.text(warn.roles.subject)]).toEqual([e.verb('say').clause, 'The US']);
  });

  it('"said in a statement that the reports were false" is a complement, not a relative', () => {
    const { clause } = clauseOf('The spokesman said in a statement that the reports were false.', 'be');
    expect([clause.kind, clause.governor]).toEqual(['complement', 0]);
  });

  it('a report after the content (", officials said") governs the content', () => {
    const { e, clause } = clauseOf('Pyongyang shipped shells to Russia, officials said on Tuesday.', 'ship');
    const say = e.verb('say');
    expect(clause.kind).toBe('complement');
    expect(clause.parent).toBe(say.clause);
  });

  it('a report after a closing quote governs the quote', () => {
    const { e, clause } = clauseOf('"We will never send weapons," he told reporters.', 'send');
    expect(clause.parent).toBe(e.verb('tell').clause);
  });

  it('a parenthetical report (", it said,") governs the sentence around it', () => {
    const { e, clause } = clauseOf("Iran's transfer of drones, it said, was illegal.", 'be');
    expect(clause.parent).toBe(e.verb('say').clause);
  });

  it('a noun complement ("reports that Iran sent drones are false") ends before the main verb', () => {
    const { e, clause } = clauseOf('Reports that Iran sent drones are false.', 'send');
    expect(clause.kind).toBe('complement');
    expect(e.syntax.clauses[e.verb('be').clause]?.kind).toBe('main');
  });
});

describe('conditional, purpose and adverbial clauses', () => {
  it('"if" opens a conditional that ends at the comma', () => {
    const { e, clause } = clauseOf('If Russia pays, Iran could send more drones.', 'pay');
    expect(clause.kind).toBe('conditional');
    expect(e.syntax.clauses[e.verb('send').clause]?.kind).toBe('main');
  });

  it('"unless" opens a conditional', () => {
    expect(clauseOf('Iran will not supply missiles unless sanctions are lifted.', 'lift').clause.kind).toBe(
      'conditional',
    );
  });

  it('an inverted "Should Iran send" is a conditional with Iran as subject', () => {
    const { e, v, clause } = clauseOf('Should Iran send the drones, sanctions would follow.', 'send');
    expect([clause.kind, clause.inverted, e.text(v.roles.subject)]).toEqual(['conditional', true, 'Iran']);
  });

  it('an inverted conditional may be passive ("Should such a decision be taken")', () => {
    const { v, clause } = clauseOf('Should such a decision be taken, Moscow would respond.', 'take');
    expect([clause.kind, clause.inverted, v.voice]).toEqual(['conditional', true, 'passive']);
  });

  it('"that" with an adverb before its verb is still relative ("a country that closely monitors Iran")', () => {
    const { e, clause } = clauseOf('Officials in a country that closely monitors Iran spoke.', 'monitor');
    expect([clause.kind, e.text(clause.antecedent)]).toEqual(['relative', 'a country']);
  });

  it('an inverted conditional whose verb wink reads as a noun ("Should Beijing move ahead")', () => {
    const { e, clause } = clauseOf(
      'Should Beijing move ahead, the United States would impose sanctions.',
      'move',
    );
    expect([clause.kind, clause.inverted, e.text(e.verb('move').roles.subject)]).toEqual([
      'conditional',
      true,
      'Beijing',
    ]);
  });

  it('an inverted "Had Iran sent" keeps the perfect', () => {
    const { v, clause } = clauseOf('Had Iran sent the drones, Russia would have used them.', 'send');
    expect([clause.inverted, v.perfect]).toEqual([true, true]);
  });

  it('"to" after a complete clause opens a purpose clause', () => {
    const { v, clause } = clauseOf('Iran sent drones to help Russia.', 'help');
    expect([clause.kind, v.nonFinite]).toEqual(['purpose', 'to']);
  });

  it('"after" with a clause is temporal, "because" causal', () => {
    expect(clauseOf('Russia attacked after Iran sent drones.', 'send').clause.kind).toBe('temporal');
    expect(clauseOf('Russia bought shells because it ran short.', 'run').clause.kind).toBe('causal');
  });

  it('"since" before a date is a preposition, not a clause', () => {
    const e = explainText('North Korea has shipped shells to Russia since August.');
    expect(e.syntax.clauses).toHaveLength(1);
    expect(e.description).toContain('since=August');
  });
});

describe('scope through clause parents', () => {
  it('a negated "did not deny" governs its complement but the complement keeps its own polarity', () => {
    const { e, v, clause } = clauseOf('Tehran did not deny that it supplied drones.', 'supply');
    const deny = e.verb('deny');
    expect([deny.negated, v.negated]).toEqual([true, false]);
    expect(governs(e.syntax, deny.clause, clause.id)).toBe(true);
  });

  it('a clause never governs its sibling', () => {
    const e = explainText('Iran did not sell drones; Russia bought them elsewhere.');
    expect(governs(e.syntax, e.verb('sell').clause, e.verb('buy').clause)).toBe(false);
  });

  it('a conditional inside a complement sits under the complement', () => {
    const e = explainText('He warned that if Iran sends missiles, the US would respond.');
    const cond = e.syntax.clauses[e.verb('send').clause];
    const respond = e.syntax.clauses[e.verb('respond').clause];
    expect([cond?.kind, respond?.kind, cond?.parent]).toEqual(['conditional', 'complement', respond?.id]);
  });
});

describe('colons, quotes and reports that go on', () => {
  it('a colon starts a new main clause ("... logic: Iran has NOT delivered ...")', () => {
    const e = explainText('US and E3 act on faulty intelligence: Iran has NOT delivered missiles to Russia.');
    const v = e.verb('deliver');
    expect([
      e.syntax.clauses[v.clause]?.parent,
      v.negated,
      governs(e.syntax, e.verb('act').clause, v.clause),
    ]).toEqual([null, true, false]);
  });

  it('a report that goes on with ", adding that" still governs the quote', () => {
    const e = explainText(
      '"We did provide ATACMS," Patel told reporters, adding that the shipment was secret.',
    );
    expect(e.syntax.clauses[e.verb('provide').clause]?.parent).toBe(e.verb('tell').clause);
  });

  it('a relative after a closing quotation mark has its antecedent ("long-arm jurisdiction" that ...)', () => {
    const { e, clause } = clauseOf('China opposes "long-arm jurisdiction" that has no basis in law.', 'have');
    expect([clause.kind, e.text(clause.antecedent)]).toEqual(['relative', 'long-arm jurisdiction']);
  });
});

describe('clauses joined after a comma', () => {
  it('", calling the move an escalation" says more of the report, done by its subject', () => {
    const e = explainText(
      'North Korea has provided Russia with missiles, the White House said Thursday, calling the move an escalation.',
    );
    const call = e.verb('call');
    expect([
      e.syntax.clauses[call.clause]?.kind,
      e.syntax.clauses[call.clause]?.parent,
      e.text(call.roles.agent),
    ]).toEqual(['adverbial', e.verb('say').clause, 'the White House']);
  });

  it('", but the minister said" after a complement starts a new main clause', () => {
    const e = explainText(
      'Iran acknowledged that it had supplied drones, but the minister said the shipment was old.',
    );
    expect(e.syntax.clauses[e.verb('say').clause]?.parent).toBeNull();
  });
});
