import type { EntityKind } from '../domain/extraction.js';
import { nameTitles, roleNouns } from '../knowledge/cues.js';
import type { Knowledge } from '../knowledge/index.js';
import { type Form, gazetteerFor, type Match } from './gazetteer.js';
import { cueForce, isSpeechForm } from './lexicon.js';
import type { Parsed, Token } from './text.js';

/** A place in the text that names an entity (or a generic weapon term, with `entity` null). */
export interface Mention {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly entity: string | null;
  readonly kind: EntityKind | 'term';
  readonly form: Form;
  readonly weaponClass?: string;
}

/** What is known about an entity that the text names. */
export interface EntityInfo {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly role: string | null;
  readonly country: string | null;
}

/** All mentions of a document, sorted, with the entities they name and a token index. */
export interface MentionIndex {
  readonly mentions: readonly Mention[];
  readonly entities: ReadonlyMap<string, EntityInfo>;
  /** For each token, the mention covering it, or -1. */
  readonly at: Int32Array;
  /** The tokens the mentions point into. */
  readonly tokens: readonly Token[];
  /** A person by surname: one named in this document, else a well-known official with that surname. */
  personBySurname(surname: string): EntityInfo | undefined;
  /** A person's fullest name as this document spells it ("Vassily Nebenzia", not "Vasily Nebenzya"). */
  nameAsWritten(id: string): string | undefined;
}

const TITLE_SET = new Set(nameTitles);
// "materiel" names military goods alone, so it stands without a determiner.
const GENERIC_HEADS = /^(launchers?|systems?|batter(?:y|ies)|equipment|hardware|kit)$/;
const MADE = /^(supplied|made|built|provided|donated|designed|produced|manufactured|delivered|sourced)$/;
const NOT_A_WEAPON_AFTER =
  /^(depots?|factory|factories|plants?|facility|facilities|makers?|manufacturers?|industry|industries|warehouses?|dumps?|workshops?)$/;
const ROLE_SET = new Set(roleNouns);
/** The last word of a name that makes it an organisation's, not a person's: "Central Command", "Khalid Foundation". */
const ORGANISATION_HEADS = new Set([
  'Administration',
  'Agency',
  'Alliance',
  'Cabinet',
  'Coalition',
  'Consortium',
  'Court',
  'Inspectorate',
  'Mission',
  'Observatory',
  'Parliament',
  'Tribunal',
  'Army',
  'Assembly',
  'Association',
  'Authority',
  'Bank',
  'Board',
  'Brigade',
  'Bureau',
  'Center',
  'Centre',
  'Command',
  'Commission',
  'Committee',
  'Company',
  'Corporation',
  'Corps',
  'Council',
  'Department',
  'Directorate',
  'Division',
  'Fleet',
  'Force',
  'Forces',
  'Foundation',
  'Front',
  'Group',
  'Guard',
  'Initiative',
  'Institute',
  'Ministry',
  'Movement',
  'Navy',
  'Network',
  'Office',
  'Organisation',
  'Organization',
  'Party',
  'Service',
  'Staff',
  'Union',
  'University',
]);
/** An acronym of three or more capitals ("CENTCOM"), a name when a reporting verb follows it. */
const ACRONYM = /^\p{Lu}{3,}$/u;
const SPEECH_AFTER = new Set(
  'said says told added stated noted wrote warned emphasized claimed denied announced reported'.split(' '),
);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.?$|^\p{Lu}[\p{Ll}]+-\p{Lu}[\p{Ll}]+$/u;
const STOP_CAPS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'But',
  'And',
  'He',
  'She',
  'It',
  'They',
  'We',
  'This',
  'That',
  'According',
  'While',
  'If',
  'For',
  'As',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

/**
 * The mention covering token `k`, if any. Never an array read at -1: a negative index is a property look-up
 * that takes the engine's slow path, some twenty times the cost of an element read.
 */
export function mentionAt(
  index: { readonly at: Int32Array; readonly mentions: readonly Mention[] },
  k: number,
): Mention | undefined {
  const i = index.at[k];
  return i === undefined || i < 0 ? undefined : index.mentions[i];
}

/** Finds every entity mention: gazetteer phrases, then people by name patterns and by surname. */
export function findMentions(parsed: Parsed, kb: Knowledge): MentionIndex {
  const { tokens } = parsed;
  const matches = gazetteerFor(kb).match(tokens);
  const entities = new Map<string, EntityInfo>();
  const mentions: Mention[] = [];
  const at = new Int32Array(tokens.length).fill(-1);
  const push = (m: Mention): void => {
    for (let k = m.first; k <= m.last; k++) at[k] = mentions.length;
    mentions.push(m);
  };
  const infoOf = entityInfoLookup(kb);
  for (const m of matches) {
    const found = toMention(m);
    // "US-supplied", "Iranian-made": the state is an adjective of what follows.
    const adjectival =
      found.kind === 'country' &&
      tokens[m.last + 1]?.text === '-' &&
      MADE.test(tokens[m.last + 2]?.lower ?? '');
    const mention: Mention = adjectival ? { ...found, form: 'adjective' } : found;
    // "ammunition depots", "drone factory": a place, not a weapon.
    if (mention.kind === 'term' && NOT_A_WEAPON_AFTER.test(tokens[m.last + 1]?.lower ?? '')) continue;
    // "the launchers", "two more of the systems": a generic head is a weapon only when it points back.
    if (mention.kind === 'term' && m.first === m.last && GENERIC_HEADS.test(tokens[m.first]?.lower ?? '')) {
      const before = tokens[m.first - 1]?.lower ?? '';
      if (!/^(the|this|that|these|those|such|its|their|both)$/.test(before)) continue;
    }
    if (mention.entity) {
      const info = infoOf(mention.entity, mention.kind);
      if (info && !entities.has(info.id)) entities.set(info.id, info);
    }
    push(mention);
  }
  koreanHalves(tokens, at, (m) => {
    const info = m.entity ? infoOf(m.entity, 'country') : undefined;
    if (info && !entities.has(info.id)) entities.set(info.id, info);
    push(m);
  });
  findPeople(parsed, at, entities, mentions, push, (surname) => {
    const id = surnameTable(kb).get(surname.toLowerCase());
    const info = id ? infoOf(id, 'person') : undefined;
    if (info && !entities.has(info.id)) entities.set(info.id, info);
    return info?.id;
  });
  mentions.sort((a, b) => a.first - b.first);
  at.fill(-1);
  mentions.forEach((m, k) => {
    for (let j = m.first; j <= m.last; j++) at[j] = k;
  });
  const known = surnameTable(kb);
  // Each person's surname is split out of the name once: the look-up runs for every speaker label.
  const surnames = new Map<EntityInfo, string | undefined>();
  const surnameOf = (e: EntityInfo): string | undefined => {
    if (!surnames.has(e)) surnames.set(e, e.name.toLowerCase().split(/\s+/).pop());
    return surnames.get(e);
  };
  const personBySurname = (surname: string): EntityInfo | undefined => {
    const key = surname.toLowerCase();
    for (const e of entities.values()) if (e.kind === 'person' && surnameOf(e) === key) return e;
    const id = known.get(key);
    const info = id ? infoOf(id, 'person') : undefined;
    if (info && !entities.has(info.id)) entities.set(info.id, info);
    return info;
  };
  const written = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.entity) continue;
    const text = parsed.text.slice(m.start, m.end);
    if (text.length > (written.get(m.entity)?.length ?? 0)) written.set(m.entity, text);
  }
  const nameAsWritten = (id: string): string | undefined => written.get(id);
  return { mentions, entities, at, tokens, personBySurname, nameAsWritten };
}

/**
 * "the North", "the South": in a text that names one of the Koreas, the two halves of the peninsula.
 * A capitalised word after them ("the North Atlantic", "the South China Sea") makes another name.
 */
function koreanHalves(tokens: readonly Token[], at: Int32Array, push: (m: Mention) => void): void {
  let named = false;
  for (let k = 0; k < tokens.length && !named; k++) {
    const w = (tokens[k] as Token).lower;
    named =
      w === 'pyongyang' ||
      w === 'seoul' ||
      w === 'dprk' ||
      ((w === 'north' || w === 'south') && tokens[k + 1]?.lower === 'korea');
  }
  if (!named) return;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if ((t.text !== 'North' && t.text !== 'South') || tokens[k - 1]?.lower !== 'the' || at[k] !== -1)
      continue;
    const next = tokens[k + 1];
    if (next && /^[A-Z]/.test(next.text) && !/^(PUNCT)$/.test(next.pos)) continue;
    push({
      first: k,
      last: k,
      start: t.start,
      end: t.end,
      entity: t.text === 'North' ? 'PRK' : 'KOR',
      kind: 'country',
      form: 'name',
    });
  }
}

function toMention(m: Match): Mention {
  // Literal objects of one shape (no spread): the gazetteer makes many of these per document.
  const { first, last, start, end, hit } = m;
  switch (hit.kind) {
    case 'country':
      return { first, last, start, end, entity: hit.id, kind: 'country', form: hit.form };
    case 'outlet':
      return { first, last, start, end, entity: hit.id, kind: 'outlet', form: 'name' };
    case 'body':
      return { first, last, start, end, entity: hit.id, kind: hit.bodyKind, form: 'name' };
    case 'person':
      return { first, last, start, end, entity: hit.id, kind: 'person', form: 'name' };
    case 'weapon':
      return {
        first,
        last,
        start,
        end,
        entity: hit.id,
        kind: 'weapon_system',
        form: 'name',
        weaponClass: hit.cls,
      };
    case 'term':
      return { first, last, start, end, entity: null, kind: 'term', form: 'name', weaponClass: hit.cls };
  }
}

const lookups = new WeakMap<Knowledge, Map<string, EntityInfo>>();
const surnames = new WeakMap<Knowledge, Map<string, string>>();

/** Surnames of well-known officials that only one of them has. */
function surnameTable(kb: Knowledge): Map<string, string> {
  let table = surnames.get(kb);
  if (!table) {
    const counts = new Map<string, string[]>();
    for (const p of kb.people) {
      const key = (p.name.split(/\s+/).pop() ?? p.name).toLowerCase();
      counts.set(key, [...(counts.get(key) ?? []), p.id]);
    }
    table = new Map(
      [...counts].filter(([, ids]) => ids.length === 1).map(([k, ids]) => [k, ids[0] as string]),
    );
    surnames.set(kb, table);
  }
  return table;
}

function entityInfoLookup(kb: Knowledge): (id: string, kind: Mention['kind']) => EntityInfo | undefined {
  let byId = lookups.get(kb);
  if (!byId) {
    byId = new Map();
    for (const c of kb.countries)
      byId.set(c.iso3, { id: c.iso3, kind: 'country', name: c.name, role: null, country: c.iso3 });
    for (const o of kb.outlets)
      byId.set(o.id, { id: o.id, kind: 'outlet', name: o.name, role: null, country: o.country });
    for (const p of kb.people)
      byId.set(p.id, { id: p.id, kind: 'person', name: p.name, role: p.role, country: p.country });
    for (const w of kb.weapons)
      byId.set(w.id, { id: w.id, kind: 'weapon_system', name: w.name, role: null, country: w.origin });
    for (const b of kb.bodies)
      byId.set(b.id, { id: b.id, kind: b.kind, name: b.name, role: null, country: b.country });
    lookups.set(kb, byId);
  }
  const table = byId;
  return (id, kind) => (kind === 'term' ? undefined : table.get(id));
}

/** Slug for ids: lower-case ASCII words joined by '-'. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && NAME_WORD.test(t.text) && !STOP_CAPS.has(t.text);
}

function findPeople(
  parsed: Parsed,
  at: Int32Array,
  entities: Map<string, EntityInfo>,
  mentions: Mention[],
  push: (m: Mention) => void,
  knownSurname: (surname: string) => string | undefined,
): void {
  const { tokens } = parsed;
  const surnames = new Map<string, string>();
  for (const info of entities.values()) {
    if (info.kind === 'person') surnames.set(info.name.split(/\s+/).pop() ?? info.name, info.id);
  }
  fullNames(parsed, at, entities, mentions, push, surnames);
  // An unknown acronym that says something: "CENTCOM said".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (at[i] === -1 && SPEECH_AFTER.has(tokens[i + 1]?.lower ?? '') && ACRONYM.test(t.text)) {
      organisation(parsed, i, i, { at, mentions, entities }, push);
    }
  }
  surnameMentions(parsed, at, mentions, push, surnames, knownSurname);
}

/**
 * Names of two or three capitalised words with a role, a title or a reporting verb beside them, as people
 * (or as organisations when they end in one's head word); each person's surname goes into `surnames`.
 */
function fullNames(
  parsed: Parsed,
  at: Int32Array,
  entities: Map<string, EntityInfo>,
  mentions: Mention[],
  push: (m: Mention) => void,
  surnames: Map<string, string>,
): void {
  const { tokens } = parsed;
  for (let i = 0; i < tokens.length; i++) {
    if (at[i] !== -1 || !isNameWord(tokens[i])) continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      j - i < 3 &&
      at[j + 1] === -1 &&
      isNameWord(tokens[j + 1]) &&
      tokens[j + 1]?.sent === tokens[i]?.sent
    )
      j++;
    if (j === i) continue;
    // "Hwang Joon-kook": a given name hyphenated in lower case comes as three tokens.
    if (
      tokens[j + 1]?.text === '-' &&
      !tokens[j + 1]?.spaced &&
      !tokens[j + 2]?.spaced &&
      /^\p{Ll}+$/u.test(tokens[j + 2]?.text ?? '') &&
      at[j + 2] === -1
    )
      j += 2;
    const first = tokens[i] as Token;
    if (first.text.length <= 2 && first.text.endsWith('.')) continue;
    if (ORGANISATION_HEADS.has(tokens[j]?.text ?? '')) {
      organisation(parsed, i, j, { at, mentions, entities }, push);
      i = j;
      continue;
    }
    // "Defence Secretary", "Foreign Minister": a title, not a name.
    // "Prosecutor General Andriy Kostin": the name starts after the last title word.
    let titled = -1;
    for (let x = i; x <= j; x++)
      if (ROLE_SET.has(tokens[x]?.lower ?? '') || TITLE_SET.has(tokens[x]?.text ?? '')) titled = x;
    if (titled >= 0) {
      i = titled;
      continue;
    }
    if (!hasPersonContext(tokens, i, j)) continue;
    const name = parsed.text.slice(first.start, (tokens[j] as Token).end).replace(/\s+/g, ' ');
    const id = `person:${slug(name)}`;
    if (!entities.has(id)) {
      const role = roleBefore(parsed, i) ?? roleAfter(parsed, j);
      entities.set(id, {
        id,
        kind: 'person',
        name,
        role: role?.text ?? null,
        country: role ? countryIn(role.first, role.last, at, mentions) : null,
      });
    }
    surnames.set(tokens[j]?.text ?? name, id);
    push({
      first: i,
      last: j,
      start: first.start,
      end: (tokens[j] as Token).end,
      entity: id,
      kind: 'person',
      form: 'name',
    });
    i = j;
  }
}

/** Later mentions of a person by surname alone, of one named in full before or of a well-known official. */
function surnameMentions(
  parsed: Parsed,
  at: Int32Array,
  mentions: Mention[],
  push: (m: Mention) => void,
  surnames: ReadonlyMap<string, string>,
  knownSurname: (surname: string) => string | undefined,
): void {
  const { tokens } = parsed;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (at[i] !== -1 || !/^\p{Lu}/u.test(t.text)) continue;
    // A hyphenated surname comes as several tokens: "Amir", "-", "Abdollahian".
    let j = i;
    let written = t.text;
    while (
      j + 2 < tokens.length &&
      tokens[j + 1]?.text === '-' &&
      !tokens[j + 1]?.spaced &&
      !tokens[j + 2]?.spaced &&
      at[j + 2] === -1
    ) {
      written += `-${tokens[j + 2]?.text}`;
      j += 2;
    }
    // A well-known official named by surname alone, where a reporting verb or a title vouches for it.
    const id = surnames.get(written) ?? (hasPersonContext(tokens, i, j) ? knownSurname(written) : undefined);
    if (id && (j > i || isNameWord(t))) {
      const last = tokens[j] as Token;
      push({ first: i, last: j, start: t.start, end: last.end, entity: id, kind: 'person', form: 'name' });
      for (let k = i; k <= j; k++) at[k] = mentions.length - 1;
      i = j;
    }
  }
}

/**
 * A capitalised name that ends in an organisation's head word, as an organisation of its own. A state
 * named right before it owns it: "the Russian Defence Ministry", "Iran's Foreign Ministry", "the US
 * military's Central Command"; the adjective is part of the name.
 */
function organisation(
  parsed: Parsed,
  i: number,
  j: number,
  found: { at: Int32Array; mentions: readonly Mention[]; entities: Map<string, EntityInfo> },
  push: (m: Mention) => void,
): void {
  const { tokens } = parsed;
  const stateAt = (k: number) => {
    const m = mentionAt(found, k);
    return m?.kind === 'country' ? m : undefined;
  };
  let owner = stateAt(i - 1);
  if (!owner && tokens[i - 1]?.lower === "'s") {
    owner = stateAt(i - 2) ?? (tokens[i - 2]?.pos === 'NOUN' ? stateAt(i - 3) : undefined);
  }
  const first = tokens[i] as Token;
  const last = tokens[j] as Token;
  const adjective = owner?.form === 'adjective' && owner.last === i - 1 ? owner : undefined;
  const name = parsed.text.slice(adjective ? adjective.start : first.start, last.end);
  const id = `org:${slug(name)}`;
  if (!found.entities.has(id)) {
    found.entities.set(id, { id, kind: 'organization', name, role: null, country: owner?.entity ?? null });
  }
  push({
    first: i,
    last: j,
    start: first.start,
    end: last.end,
    entity: id,
    kind: 'organization',
    form: 'name',
  });
}

function hasPersonContext(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1];
  // "Zelensky himself admitted": the reflexive stands between the name and its verb.
  const after = /^(himself|herself)$/.test(tokens[j + 1]?.lower ?? '') ? tokens[j + 2] : tokens[j + 1];
  if (before && (TITLE_SET.has(before.text) || ROLE_SET.has(before.lower))) return true;
  if (before?.text === ',' && tokens[i - 2] && /^(NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? '')) return true;
  if (after?.text === ',' && tokens[j + 2] && /^(the|a|an)$/i.test(tokens[j + 2]?.text ?? '')) return true;
  if (
    after &&
    (after.pos === 'VERB' || isSpeechForm(after.lower)) &&
    cueForce(after.lower, after.lemma) !== undefined
  )
    return true;
  return false;
}

interface RoleSpan {
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

/** "the coordinator of the National Security Council of the White House, John Kirby" -> the role. */
function roleBefore(parsed: Parsed, nameStart: number): RoleSpan | null {
  const { tokens, text } = parsed;
  let k = nameStart - 1;
  if (tokens[k]?.text === ',') k--;
  const end = k;
  const sent = tokens[nameStart]?.sent;
  while (
    k >= 0 &&
    tokens[k]?.sent === sent &&
    !/^[,;:"“”(]$/.test(tokens[k]?.text ?? '') &&
    tokens[k]?.pos !== 'VERB'
  ) {
    if (ROLE_SET.has(tokens[k]?.lower ?? '')) {
      let s = k;
      while (s > 0 && /^(ADJ|PROPN|NOUN)$/.test(tokens[s - 1]?.pos ?? '') && tokens[s - 1]?.sent === sent)
        s--;
      // "Belgium's Prime Minister": the possessive state is part of the role.
      if (/^['’]s$/.test(tokens[s - 1]?.lower ?? '') && /^(PROPN|NOUN)$/.test(tokens[s - 2]?.pos ?? '')) {
        s -= 2;
        while (s > 0 && tokens[s - 1]?.pos === 'PROPN' && tokens[s - 1]?.sent === sent) s--;
      }
      const a = tokens[s] as Token;
      const b = tokens[end] as Token;
      if (end < s) return null;
      return { first: s, last: end, text: text.slice(a.start, b.end) };
    }
    k--;
  }
  return null;
}

/** "John Kirby, the coordinator of ..." -> the role. */
function roleAfter(parsed: Parsed, nameEnd: number): RoleSpan | null {
  const { tokens, text } = parsed;
  if (tokens[nameEnd + 1]?.text !== ',') return null;
  const s = nameEnd + 2;
  if (!/^(the|a|an)$/i.test(tokens[s]?.text ?? '')) return null;
  let k = s + 1;
  while (k < tokens.length && !/^[,;:.)"“”]$/.test(tokens[k]?.text ?? '') && tokens[k]?.pos !== 'VERB') k++;
  const last = k - 1;
  if (last <= s) return null;
  const words = tokens.slice(s + 1, last + 1);
  if (!words.some((t) => ROLE_SET.has(t.lower))) return null;
  return {
    first: s + 1,
    last,
    text: text.slice((tokens[s + 1] as Token).start, (tokens[last] as Token).end),
  };
}

function countryIn(first: number, last: number, at: Int32Array, mentions: readonly Mention[]): string | null {
  for (let k = first; k <= last; k++) {
    const m = mentionAt({ at, mentions }, k);
    if (m?.kind === 'country' && m.entity) return m.entity;
  }
  return null;
}
