import { describe, expect, it } from 'vitest';
import { explainText } from './explain.js';
import { membersOf } from './index.js';

describe('noun chunks', () => {
  it('a chunk has its determiner, modifiers and head', () => {
    const e = explainText('The Iranian attack drones arrived.');
    const c = e.syntax.chunks[0];
    expect([c?.lemma, c?.determiner === null, c?.modifiers.length]).toEqual(['drone', false, 2]);
  });

  it('"Iran\'s purchase" has Iran as possessor', () => {
    const e = explainText("Iran's purchase of jets was confirmed.");
    expect(e.text(e.syntax.chunks[0]?.possessor)).toBe('Iran');
    expect(e.syntax.chunks[0]?.lemma).toBe('purchase');
  });

  it('a possessive pronoun is the possessor ("its sale")', () => {
    const e = explainText('China protested over its sale of tanks.');
    const sale = e.syntax.chunks.find((c) => c.lemma === 'sale');
    expect(e.text(sale?.possessor)).toBe('its');
  });

  it('a quantity phrase belongs to the chunk ("at least 200 drones", "hundreds of drones")', () => {
    expect(explainText('Iran sent at least 200 drones.').description).toContain('object=at least 200 drones');
    expect(explainText('Iran sent hundreds of drones.').description).toContain('object=hundreds of drones');
  });

  it('a negative determiner marks the chunk', () => {
    expect(explainText('No drones were sent.').syntax.chunks[0]?.negative).toBe(true);
  });

  it('a known mention is one chunk even across tags ("Islamic Revolutionary Guard Corps")', () => {
    const e = explainText('The Islamic Revolutionary Guard Corps sent drones.', [
      'Islamic Revolutionary Guard Corps',
    ]);
    expect(e.text(e.verb('send').roles.agent)).toBe('The Islamic Revolutionary Guard Corps');
    expect(e.syntax.chunks[0]?.mention).toBe(true);
  });

  it('a weapon name before a noun modifies it ("Shahed-136 drones")', () => {
    const e = explainText('Iran sent Shahed-136 drones.', ['Iran'], ['Shahed-136']);
    expect(e.text(e.verb('send').roles.object)).toBe('Shahed-136 drones');
  });
});

describe('hyphenated modifiers', () => {
  it('"Iranian-made drones" is one chunk, and "made" is no verb', () => {
    const e = explainText('Russian missiles and Iranian-made drones struck power plants.');
    expect(e.text(e.verb('strike').roles.agent)).toBe('Russian missiles+Iranian-made drones');
    expect(e.syntax.verbs.map((v) => v.lemma)).toEqual(['strike']);
  });
});

describe('chunk edges', () => {
  it('a hyphenated noun modifier stays with its head ("close-range ballistic missiles")', () => {
    const e = explainText('Iran had not delivered close-range ballistic missiles.');
    expect(e.text(e.verb('deliver').roles.object)).toBe('close-range ballistic missiles');
  });

  it('a time word after a noun is its own chunk ("imagery today")', () => {
    const e = explainText('We are releasing imagery today.');
    expect(e.text(e.verb('release').roles.object)).toBe('imagery');
  });
});

describe('words around numbers and determiners', () => {
  it('"around 1,000 additional weapons" is one chunk', () => {
    const e = explainText('Tehran is preparing to send around 1,000 additional weapons to Russia.');
    expect(e.text(e.verb('send').roles.object)).toBe('around 1,000 additional weapons');
  });

  it('"the $95 billion foreign aid bill" is one chunk', () => {
    const e = explainText('Biden signed the $95 billion foreign aid bill.');
    expect(e.text(e.verb('sign').roles.object)).toBe('the $95 billion foreign aid bill');
  });

  it('"such a decision" and "all the drones" are one chunk each', () => {
    expect(explainText('Such a decision was taken.').description).toContain('subject=Such a decision');
    expect(explainText('All the drones were sent.').description).toContain('subject=All the drones');
  });
});

describe('participles wink reads as verbs inside chunks', () => {
  it('"in occupied Crimea" is one chunk after its preposition', () => {
    const e = explainText('Ukraine struck the airfield in occupied Crimea.');
    expect(e.text(e.verb('strike').roles.attachments[0]?.chunk)).toBe('occupied Crimea');
  });
});

describe('coordinated chunks', () => {
  it('"Iran and North Korea" is one chunk with two members', () => {
    const e = explainText('Iran and North Korea supplied Russia.');
    const c = e.syntax.chunks[0];
    expect(c === undefined ? [] : membersOf(c).map(e.text)).toEqual(['Iran', 'North Korea']);
    expect(c?.conjunction).toBe('and');
  });

  it('"Sweden, Finland and Norway" is one chunk with three members', () => {
    const e = explainText('Sweden, Finland and Norway will send howitzers to Ukraine.');
    expect(e.text(e.verb('send').roles.agent)).toBe('Sweden+Finland+Norway');
  });

  it('"drones and missiles" as object is one chunk', () => {
    const e = explainText('Iran sold drones and missiles to Russia.');
    expect(e.text(e.verb('sell').roles.object)).toBe('drones+missiles');
  });

  it('"drones or missiles" keeps "or" as its conjunction', () => {
    const e = explainText('Iran may send drones or missiles.');
    expect(e.verb('send').roles.object?.conjunction).toBe('or');
  });

  it('a comma list without a coordinator is not a coordination (apposition)', () => {
    const e = explainText('Iran, Russia’s ally, sent drones.');
    expect(e.text(e.verb('send').roles.subject)).toBe('Iran');
  });

  it('"and" between an object and a new subject joins clauses, not chunks', () => {
    const e = explainText('Iran sent drones and Russia paid in gold.');
    expect(e.text(e.verb('send').roles.object)).toBe('drones');
    expect(e.text(e.verb('pay').roles.subject)).toBe('Russia');
  });
});
