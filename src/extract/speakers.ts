import type { Source, SourceKind } from '../domain/extraction.js';
import { nameTitles } from '../knowledge/cues.js';
import { shipPrefixes } from '../knowledge/en/ship-prefixes.js';
import { collectiveHeads, notSpeakers } from '../knowledge/en/speech.js';
import { type MentionIndex, mentionAt, slug } from './mentions.js';
import type { Range } from './phrases.js';
import type { SourceContext } from './sources.js';
import type { Parsed, Token } from './text.js';

const TITLES = new Set(nameTitles.map((t) => t.toLowerCase().replace(/\.$/, '')));
const COLLECTIVE = new Set(collectiveHeads);
const NOT_SPEAKERS = new Set(notSpeakers);
const THIRD_PERSON = /^(he|she|him|her)$/;
const GROUP_PRONOUN = /^(they|them)$/;
const CAPITALISED = /^\p{Lu}/u;
const QUANTITY =
  /^(some|many|most|all|few|several|half|none|each|both|majority|minority|third|quarter|percent|share|number|plenty|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|\d[\d.,]*%?)$/;

const SMALL_NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
const SHARE = new RegExp(
  `^(?:${SMALL_NUMBER} in ${SMALL_NUMBER}|(?:one|two|three|four)-(?:thirds?|fourths?|quarters?|fifths?)|some|most|many|others|another|half)$`,
  'i',
);
/**
 * The share a poll reports, opening the words ("eight in 10 Democratic voters", "a third", "61 percent",
 * "18%", "at least 21,000", "a majority of those surveyed"); not a year ("2016 said" is a misreading).
 */
const POLLED_SHARE = new RegExp(
  `^(?:(?:a|the)\\s+)?(?:${SMALL_NUMBER} (?:in|out of) ${SMALL_NUMBER}|(?:one|two|three|four)-(?:thirds?|fourths?|quarters?|fifths?)|thirds?|quarters?|fifths?|majority|plurality|minority|half|(?!(?:19|20)\\d\\d\\b)\\d[\\d,.]*(?:\\s*%|\\s+percent)?)(?:\\s|$)`,
  'i',
);
/** A poll's share that speaks as a group: the share alone, "of" a group, or a share of a plural ("voters"). */
function polledShare(words: string, span: readonly Token[]): boolean {
  const m = POLLED_SHARE.exec(words);
  if (!m) return false;
  const rest = words.slice(m[0].length).trim();
  return (
    rest === '' || /^(of|percent)\b/i.test(rest) || span.some((w) => w.pos === 'NOUN' && /s$/.test(w.lower))
  );
}

const APPROXIMATELY =
  /^(about|nearly|almost|roughly|just|only|more than|fewer than|less than|at least|over|some|a full)\s+/i;

/** A speaker the gazetteer does not know, remembered for later mentions by surname or role. */
export interface DescribedPerson {
  readonly source: Source;
  readonly surname: string;
}

/**
 * A source read from the words alone, when no gazetteer entry names it: a named person ("Alvarez",
 * "Steven M. Ekovich"), a description ("a senior U.S. defense official", "the panel") or a pronoun
 * with no antecedent. Returns null for words that cannot speak ("the ship", "it").
 */
export function describedSource(
  range: Range,
  parsed: Parsed,
  index: MentionIndex,
  ctx: SourceContext,
): Source | null {
  const { tokens, text } = parsed;
  let first = range.first;
  let last = range.last;
  while (first <= last && !/[\p{L}\p{N}]/u.test(tokens[first]?.text ?? '')) first++;
  while (last >= first && !/[\p{L}\p{N}]/u.test(tokens[last]?.text ?? '')) last--;
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b) return null;
  const mention = { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
  // "Our information indicates": the speaker's own evidence, not a source of its own.
  if (/^(our|my|your)$/.test(a.lower)) return null;
  if (first === last && a.pos === 'PRON') {
    if (THIRD_PERSON.test(a.lower))
      return ctx.lastPerson ? { ...ctx.lastPerson, mention } : unnamed(mention, 'person');
    if (GROUP_PRONOUN.test(a.lower))
      return ctx.lastGroup ? { ...ctx.lastGroup, mention } : unnamed(mention, 'group');
    return null;
  }
  const headAt = headOf(tokens, first, last);
  const head = tokens[headAt] as Token;
  // "One in three said", "about four in 10", "three-fourths say", "Some said", "another says": a share of the
  // people the text is about speaks as a group.
  const share = mention.text.replace(APPROXIMATELY, '');
  if (SHARE.test(share) || polledShare(share, tokens.slice(first, last + 1))) {
    const s: Source = { name: mention.text, entity: null, kind: 'group', role: null, country: null, mention };
    ctx.lastGroup = s;
    return s;
  }
  // "The tanks add to the aid": a plural of a thing that never speaks does not speak either.
  // A capitalised plural is a name ("the Los Angeles Times").
  const singular = /^\p{Ll}/u.test(head.text) ? head.lower.replace(/s$/, '') : head.lower;
  if (NOT_SPEAKERS.has(head.lower) || NOT_SPEAKERS.has(singular) || head.pos === 'PRON' || head.pos === 'NUM')
    return null;
  const words = tokens.slice(first, headAt + 1);
  const named = words.filter((w) => CAPITALISED.test(w.text) && !TITLES.has(w.lower.replace(/\.$/, '')));
  // wink may tag a surname a noun ("Linda Day"); the index knows it for a person's.
  const properHead = head.pos === 'PROPN' || mentionAt(index, headAt)?.kind === 'person';
  const nameLike = named.length > 0 && properHead && CAPITALISED.test(head.text) && first === words[0]?.i;
  // "Air Force", "Department of National Defense": a body named by its institution noun is no person.
  if (nameLike && !/^(the|a|an)$/.test(a.lower) && !COLLECTIVE.has(head.lower))
    return person(words, parsed, index, ctx, mention);
  const bare = mention.text.replace(/^(the|a|an|this|that|these|those)\s+/i, '');
  // wink may tag the head of a description as an adjective or a verb ("the polling average", "poll").
  if (/^(DET|ADP|CCONJ|SCONJ|AUX|PART|PUNCT)$/.test(head.pos) || !/\p{L}/u.test(head.text)) return null;
  if (/^(the|this|that)$/.test(a.lower) && COLLECTIVE.has(head.lower)) {
    const body = bodyNamedBefore(index, head.lower, mention.start);
    if (body) return { ...body, mention };
  }
  const kind: SourceKind = COLLECTIVE.has(head.lower)
    ? 'organization'
    : /s$/.test(head.lower)
      ? 'group'
      : 'anonymous';
  // "the senator", "the witness": the person last named who was so described.
  if (kind === 'anonymous' && /^(the|this|that)$/.test(a.lower)) {
    const same = ctx.people.findLast((p) => roleOf(p, ctx)?.toLowerCase().split(/\W+/).includes(head.lower));
    if (same) return { ...same, role: roleOf(same, ctx), mention };
  }
  const s: Source = {
    name: bare,
    entity: null,
    kind,
    role: kind === 'anonymous' ? bare : null,
    country: null,
    mention,
  };
  if (kind === 'group') ctx.lastGroup = s;
  return s;
}

/** The head of the phrase first..last: the last word before an "of", a comma or a relative clause. */
function headOf(tokens: readonly Token[], first: number, last: number): number {
  // "spokesman for the campaign": the head is "spokesman".
  let headAt = last;
  for (let k = first + 1; k <= last; k++) {
    if (/^(of|for|at|with|from|in|on|,|who|which|that|\(|-)$/.test(tokens[k]?.lower ?? '')) {
      headAt = k - 1;
      break;
    }
  }
  // "Some of Clinton's allies", "46 percent of voters", "most of them": the group after "of" is the head.
  if (QUANTITY.test(tokens[headAt]?.lower ?? '') && tokens[headAt + 1]?.lower === 'of') {
    headAt = last;
    for (let k = headAt; k > first + 2; k--)
      if (/^(of|,|who|which|that)$/.test(tokens[k]?.lower ?? '')) headAt = k - 1;
  }
  return headAt;
}

const BLOC = /^(bloc|alliance|union|body|organi[sz]ation)$/;

/** "the bloc" after "the European Union", "the committee" after "the House Intelligence Committee". */
function bodyNamedBefore(index: MentionIndex, head: string, before: number): Omit<Source, 'mention'> | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m?.entity || m.start >= before || !/^(igo|organization|group)$/.test(m.kind)) continue;
    const info = index.entities.get(m.entity);
    if (!info) continue;
    if (!(BLOC.test(head) && m.kind === 'igo') && !info.name.toLowerCase().includes(head)) continue;
    const kind: SourceKind = info.kind === 'group' ? 'group' : 'organization';
    return { name: info.name, entity: info.id, kind, role: null, country: info.country };
  }
  return null;
}

function unnamed(mention: NonNullable<Source['mention']>, kind: SourceKind): Source {
  return {
    name: mention.text ?? '',
    entity: null,
    kind: kind === 'person' ? 'anonymous' : 'group',
    role: null,
    country: null,
    mention,
  };
}

/** A person named by the words, known before in this document by surname, else a new `person:` entity. */
function person(
  words: readonly Token[],
  parsed: Parsed,
  index: MentionIndex,
  ctx: SourceContext,
  mention: NonNullable<Source['mention']>,
): Source {
  const nameWords = words.filter((w) => !TITLES.has(w.lower.replace(/\.$/, '')) && /[\p{L}]/u.test(w.text));
  const name = parsed.text
    .slice(nameWords[0]?.start ?? mention.start, nameWords[nameWords.length - 1]?.end ?? mention.end)
    .replace(/\s+/g, ' ');
  // "HMS Richmond said": a ship reports as its crew or its navy, not as a person.
  const navy = nameWords.length > 1 ? shipPrefixes[nameWords[0]?.text ?? ''] : undefined;
  if (navy !== undefined)
    return { name, entity: null, kind: 'organization', role: null, country: navy, mention };
  const surname: string = nameWords[nameWords.length - 1]?.text ?? name;
  // "Mr. Day" or "Day" after "Harold Day" is Harold Day; "Will Doyle" after "Harold Doyle" is somebody else.
  const full = nameWords.length > 1;
  const known = ctx.people.findLast(
    (p) => p.name === name || (p.name.split(' ').pop() === surname && !(full && /\s/.test(p.name))),
  );
  if (known) {
    ctx.lastPerson = { ...known, mention };
    return ctx.lastPerson;
  }
  // "Zelensky called on allies": a well-known official named by surname alone.
  const official = nameWords.length === 1 ? index.personBySurname(surname) : undefined;
  if (official) {
    const s: Source = {
      name: official.name,
      entity: official.id,
      kind: 'person',
      role: official.role,
      country: official.country,
      mention,
    };
    ctx.lastPerson = s;
    return s;
  }
  const s: Source = {
    name: name || (mention.text ?? ''),
    entity: `person:${slug(name)}`,
    kind: 'person',
    role: null,
    country: null,
    mention,
  };
  ctx.people.push(s);
  ctx.lastPerson = s;
  return s;
}

/** The description set off by commas after a name ("Grace Okafor, an economist at a Lagos bank, said"), if any. */
export function appositionRole(parsed: Parsed, last: number): string | null {
  const { tokens, text } = parsed;
  if (tokens[last + 1]?.text !== ',') return null;
  const first = tokens[last + 2];
  if (!first || !(/^(a|an|the)$/.test(first.lower) || (first.pos === 'ADJ' && /^\p{Ll}/u.test(first.text))))
    return null;
  let end = last + 2;
  while (end + 1 <= last + 14 && tokens[end + 1] && !/^[,;:.)"“”]$/.test(tokens[end + 1]?.text ?? '')) {
    if (/^(AUX|VERB)$/.test(tokens[end + 1]?.pos ?? '') && !/(ed|en)$/.test(tokens[end + 1]?.lower ?? ''))
      return null;
    end++;
  }
  if (tokens[end + 1]?.text !== ',' || !tokens.slice(last + 2, end + 1).some((w) => w.pos === 'NOUN'))
    return null;
  const a = first.i === last + 2 && /^(a|an|the)$/.test(first.lower) ? (tokens[last + 3] ?? first) : first;
  return text.slice(a.start, tokens[end]?.end ?? a.end);
}

/** People the gazetteer does not know but who speak in the text, as `person:` entities with their mentions and role. */
export function speakerEntities(
  sources: readonly Source[],
  known: ReadonlySet<string>,
): {
  id: string;
  kind: 'person';
  name: string;
  mentions: { start: number; end: number; text: string }[];
  role: string | null;
  country: string | null;
}[] {
  const out = new Map<string, ReturnType<typeof speakerEntities>[number]>();
  for (const s of sources) {
    if (s.kind !== 'person' || !s.entity || known.has(s.entity) || !s.entity.startsWith('person:')) continue;
    let e = out.get(s.entity);
    if (!e) {
      e = {
        id: s.entity,
        kind: 'person',
        name: s.name,
        mentions: [],
        role: s.role ?? null,
        country: s.country ?? null,
      };
      out.set(s.entity, e);
    }
    const m = s.mention;
    if (m && !e.mentions.some((x) => x.start === m.start))
      e.mentions.push({ start: m.start, end: m.end, text: m.text ?? '' });
  }
  return [...out.values()];
}

/** A person's role: the gazetteer's, else the description the text gave them. */
export function roleOf(p: Source, ctx: SourceContext): string | null {
  return p.role ?? (p.entity ? ctx.roles?.get(p.entity) : undefined) ?? null;
}
