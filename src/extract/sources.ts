import type { Source } from '../domain/extraction.js';
import { anonymousHeads, nameTitles, roleNouns } from '../knowledge/cues.js';
import { collectiveHeads } from '../knowledge/en/speech.js';
import { type Described, definiteAt, describedBefore, headOf, indefiniteAt } from './described.js';
import { type EntityInfo, type Mention, type MentionIndex, mentionAt } from './mentions.js';
import type { Range } from './phrases.js';
import { appositionRole, describedSource, roleOf } from './speakers.js';
import type { Parsed } from './text.js';

const ANON_HEADS = new Set(anonymousHeads);
const ROLE_HEADS = new Set(
  roleNouns.filter((r) => !/^(foreign|defence|defense|press|prime|vice|supreme|deputy|head|chief)$/.test(r)),
);
const SINGULAR_ROLE = new Set([
  'official',
  'representative',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'envoy',
  'officer',
  'diplomat',
]);
const ANON_MARK = /\b(anonymous|anonymity|unnamed|senior|familiar|another|one of|two|three|several|some)\b/i;
const GOVERNMENT_HEADS = new Set([
  'government',
  'administration',
  'ministry',
  'side',
  'authorities',
  'leadership',
  'embassy',
  'mission',
  'military',
  'army',
  'command',
]);
/** Heads of a description of one person: "he" after "a Pentagon spokesperson" is the spokesperson. */
const PERSON_HEADS = new Set([...SINGULAR_ROLE, 'source', 'analyst', 'expert', 'person', 'official']);
const PRONOUN_PERSON = new Set(['he', 'she', 'him', 'her']);
const PRONOUN_SELF = new Set(['i', 'we', 'me', 'us']);
const PRONOUN_GROUP = new Set(['they', 'them']);

/** What the resolver remembers while reading a document front to back. */
export interface SourceContext {
  lastPerson: Source | null;
  /** Every person named so far, oldest first, for descriptions by role ("the chancellor"). */
  people: Source[];
  lastGroup: Source | null;
  /** The speaker of the quote being read, for "we" and "I". */
  speaker: Source | null;
  /** The outlet named last, for "this publication" and "the article". */
  lastOutlet?: Source | null;
  /** Roles the text gives people in apposition, by entity id ("an economist at a Lagos bank"). */
  roles?: Map<string, string>;
  /** Speakers named so far by a description only ("a US official"), oldest first; replaced, never pushed to. */
  described?: readonly Described[];
  /** Bodies and governments named so far as speakers, oldest first, for "the ministry"; replaced, never pushed to. */
  bodies?: readonly Source[];
  /** The titles the text writes before people's names ("military intelligence chief Kyrylo Budanov"), by entity id. */
  titles?: Map<string, string>;
  /** Whether "he" or "she" fits a person, by entity id, as the text's words show it ("Ms. Okafor", "spokeswoman"). */
  genders?: Map<string, 'f' | 'm'>;
}

const PUBLICATION =
  /^(?:(?:this|that|the) (?:article|publication|story|piece|newspaper|paper)|(?:this|that) report)$/i;

/**
 * Turns the words that name a source into a contract Source, resolving pronouns and descriptions: by the
 * gazetteers first, else by the words alone (an unknown name, a title, a description).
 */
export function resolveSource(
  range: Range,
  parsed: Parsed,
  index: MentionIndex,
  ctx: SourceContext,
): Source | null {
  const { tokens, text } = parsed;
  // "the official added" after "A US official ... told": the description named last with that head.
  const back = describedBefore(parsed, range, ctx.described ?? [], ctx.lastPerson, countryIn(index, range));
  const first = tokens[range.first];
  const last = tokens[range.last];
  if (back && first && last)
    return {
      ...back,
      mention: { start: first.start, end: last.end, text: text.slice(first.start, last.end) },
    };
  // "Iran's U.N. ambassador, Amir Saeid Iravani, earlier this week dismissed": the name set off after the role speaks.
  const named = appositiveName(range, parsed, index);
  if (named) {
    const person = knownSource(named, parsed, index, ctx);
    if (person?.kind === 'person') {
      const role = text.slice(tokens[range.first]?.start ?? 0, tokens[range.last]?.end ?? 0);
      return { ...person, role: person.role ?? role.replace(/^(the|a|an)\s+/i, '') };
    }
  }
  const found = knownSource(range, parsed, index, ctx) ?? describedSource(range, parsed, index, ctx);
  const s = found && surnameFirst(found, ctx);
  if (s?.kind === 'person' && s.entity) learnGender(parsed, range, s, ctx);
  if (s && s.entity === null && (s.kind === 'anonymous' || s.kind === 'group'))
    remember(parsed, range, s, ctx);
  if (s && s.entity !== null && (s.kind === 'organization' || s.kind === 'government'))
    ctx.bodies = [...(ctx.bodies ?? []).slice(-20), s];
  return s;
}

const COLLECTIVE = new Set(collectiveHeads);

/**
 * "Lim said" after "Lim Soo-suk": a one-word name that no person named before ends with, but one begins with,
 * is that person's family name written first (Korean, Chinese, Japanese order), not somebody new.
 */
function surnameFirst(s: Source, ctx: SourceContext): Source {
  if (s.kind !== 'person' || /\s/.test(s.name)) return s;
  const words = (p: Source) => p.name.split(/\s+/);
  if (ctx.people.some((p) => p.entity !== s.entity && words(p).at(-1) === s.name)) return s;
  const full = ctx.people.findLast(
    (p) => p.entity !== s.entity && words(p).length > 1 && words(p)[0] === s.name,
  );
  if (!full) return s;
  ctx.lastPerson = { ...full, mention: s.mention };
  return ctx.lastPerson;
}

/** "the ministry" after "Russia's Defence Ministry": the body or government named last whose name has that head. */
function bodyBefore(range: Range, parsed: Parsed, head: string, ctx: SourceContext): Source | null {
  const { tokens } = parsed;
  if (!COLLECTIVE.has(head) || !/^(the|this)$/.test(tokens[range.first]?.lower ?? '')) return null;
  // Only a plain description: "the ministry", "the defence ministry", not a name ("the Foreign Ministry of Iran").
  for (let k = range.first + 1; k <= range.last; k++) if (/^\p{Lu}/u.test(tokens[k]?.text ?? '')) return null;
  const word = new RegExp(`\\b${head}\\b`, 'i');
  return ctx.bodies?.findLast((b) => word.test(b.name) || word.test(b.mention?.text ?? '')) ?? null;
}

/** The person named in apposition right after a description headed by a role ("Iran's U.N. ambassador, Amir Saeid Iravani,"). */
function appositiveName(range: Range, parsed: Parsed, index: MentionIndex): Range | null {
  const { tokens } = parsed;
  const head = tokens[range.last];
  if (!head || !(SINGULAR_ROLE.has(head.lower) || ROLE_HEADS.has(head.lower))) return null;
  if (tokens[range.last + 1]?.text !== ',') return null;
  const m = mentionAt(index, range.last + 2);
  if (m?.kind !== 'person' || m.first !== range.last + 2 || tokens[m.last + 1]?.text !== ',') return null;
  return { first: m.first, last: m.last };
}

/** Remembers a speaker named by a description; a single one is who "he" or "she" stands for next. */
function remember(parsed: Parsed, range: Range, s: Source, ctx: SourceContext): void {
  const head = headOf(parsed, range);
  if (!head) return;
  // A copy, not a push: a probing resolver shares the list with the real one.
  ctx.described = [...(ctx.described ?? []), { source: s, ...head }];
  const last = parsed.tokens[range.last]?.lower ?? '';
  if (s.kind === 'anonymous' && (PERSON_HEADS.has(last) || ROLE_HEADS.has(last))) ctx.lastPerson = s;
}

/** The country a source's words name, if any ("the U.S. official"). */
function countryIn(index: MentionIndex, range: Range): string | null {
  for (let k = range.first; k <= range.last; k++) {
    const m = mentionAt(index, k);
    if (m?.kind === 'country' && m.entity) return m.entity;
  }
  return null;
}

type SpanText = { start: number; end: number; text: string };

/** A source the gazetteers name, or a pronoun or description that refers to one named before. */
function knownSource(range: Range, parsed: Parsed, index: MentionIndex, ctx: SourceContext): Source | null {
  const { tokens, text } = parsed;
  const first = tokens[range.first];
  const last = tokens[range.last];
  if (!first || !last) return null;
  const mention = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  const bare = mention.text.replace(/^(the|a|an)\s+/i, '');
  if (range.first === range.last && first.pos === 'PRON')
    return pronounSource(range, parsed, index, ctx, mention);
  if (PUBLICATION.test(mention.text) && ctx.lastOutlet) return { ...ctx.lastOutlet, mention };
  // "the other", "one of them": one of the group of sources just named.
  if (/^(other|one|one of them|another)$/i.test(bare) && ctx.lastGroup) return { ...ctx.lastGroup, mention };
  const ms: Mention[] = [];
  for (let k = range.first; k <= range.last; k++) {
    const m = mentionAt(index, k);
    if (m && ms[ms.length - 1] !== m) ms.push(m);
  }
  const named = namedSource(ms, range, parsed, index, ctx, mention);
  if (named) return named;
  const body = entityOf(
    index,
    ms.find((m) => m.kind === 'igo' || m.kind === 'organization' || m.kind === 'group'),
  );
  const headIndex = sourceHead(parsed, range);
  const head = tokens[headIndex]?.lower ?? last.lower;
  const bodyMention = ms.find((m) => m.kind === 'igo' || m.kind === 'organization' || m.kind === 'group');
  // "Ukraine's military intelligence" names the body itself; "a NATO official" is someone in it.
  const bodyIsHead =
    bodyMention !== undefined && bodyMention.first <= headIndex && headIndex <= bodyMention.last;
  // "the NATO chief" after "NATO Secretary General Jens Stoltenberg": the person who heads the body, not the body.
  const written = bodyMention ? parsed.text.slice(bodyMention.start, bodyMention.end) : '';
  const leader = body && !bodyIsHead ? bodyLeader([body.name, written], range, parsed, head, ctx) : undefined;
  if (leader) return { ...leader, mention };
  if (body && (!ANON_HEADS.has(head) || bodyIsHead)) {
    return {
      name: body.name,
      entity: body.id,
      kind: body.kind === 'group' ? 'group' : 'organization',
      role: null,
      country: body.country,
      mention,
    };
  }
  const countryMention = ms.find((m) => m.kind === 'country');
  const country = countryMention?.entity ?? body?.country ?? null;
  // "the chancellor", "Russia's foreign minister": a description that points back; "Trump's Indiana chairman" may not.
  // "A US official" names someone new.
  const pointsBack =
    (definiteAt(tokens, range.first) || countryMention !== undefined) && !indefiniteAt(tokens, range.first);
  const singularRole =
    (SINGULAR_ROLE.has(head) || ROLE_HEADS.has(head)) && pointsBack && !ANON_MARK.test(mention.text);
  // "the intelligence chief" after "military intelligence chief Kyrylo Budanov": the title the text gave.
  const titled = pointsBack && !ANON_MARK.test(mention.text) ? titledBefore(bare, country, ctx) : undefined;
  if (titled) return { ...titled, mention };
  if (singularRole) {
    const antecedent = roleAntecedent(head, country, ctx);
    if (antecedent) return { ...antecedent, mention };
  }
  const before = bodyBefore(range, parsed, head, ctx);
  if (before) return { ...before, mention };
  if (countryMention && country)
    return stateSource(countryMention, country, range, last, head, singularRole, bare, ctx, mention);
  if (ANON_HEADS.has(head)) {
    const s: Source = { name: bare, entity: null, kind: 'anonymous', role: null, country: null, mention };
    if (/s$/.test(head)) ctx.lastGroup = s;
    return s;
  }
  return null;
}

/** "he", "they", "it": the person, the group or the body named before; "we" and "I" are resolved elsewhere. */
function pronounSource(
  range: Range,
  parsed: Parsed,
  index: MentionIndex,
  ctx: SourceContext,
  mention: SpanText,
): Source | null {
  const first = parsed.tokens[range.first];
  if (!first) return null;
  if (PRONOUN_PERSON.has(first.lower)) {
    const person = pronounPerson(first.lower === 'she' || first.lower === 'her' ? 'f' : 'm', ctx);
    return person && { ...person, mention };
  }
  if (PRONOUN_GROUP.has(first.lower)) return ctx.lastGroup && { ...ctx.lastGroup, mention };
  if (PRONOUN_SELF.has(first.lower)) return null;
  if (first.lower === 'it') {
    const body = subjectBody(range.first, parsed, index, ctx);
    return body && { ...body, mention };
  }
  return null;
}

const FEMALE =
  /^(ms|mrs|miss|madam|spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|councilwoman|queen|princess)\.?$/;
const MALE = /^(mr|sir|spokesman|congressman|businessman|statesman|councilman|king|prince)\.?$/;

/**
 * What the words naming a person say of "he" or "she": an honorific or a gendered role right before the
 * person's own name ("Ms. Okafor", "spokeswoman Jessica Ditto"; not "Clinton spokesman Nick Merrill" for Clinton).
 */
function learnGender(parsed: Parsed, range: Range, person: Source, ctx: SourceContext): void {
  const { tokens } = parsed;
  const names = person.name.split(/\s+/);
  for (let k = range.first; k < range.last; k++) {
    const w = tokens[k]?.lower ?? '';
    const g = FEMALE.test(w) ? 'f' : MALE.test(w) ? 'm' : null;
    const next = tokens[k + 1]?.text ?? '';
    if (g === null || (next !== names[0] && next !== names.at(-1))) continue;
    ctx.genders ??= new Map();
    if (person.entity && !ctx.genders.has(person.entity)) ctx.genders.set(person.entity, g);
    return;
  }
}

/**
 * Whom "he" or "she" stands for: the person last named, unless the text shows them of the other gender ("she"
 * after "Mr. Day"); then the person named last who fits. Gazetteer people carry no gender, so the text's
 * words are the only evidence, and a person they say nothing of fits either pronoun.
 */
function pronounPerson(g: 'f' | 'm', ctx: SourceContext): Source | null {
  const last = ctx.lastPerson;
  const of = (p: Source): 'f' | 'm' | undefined => (p.entity ? ctx.genders?.get(p.entity) : undefined);
  if (!last || of(last) === undefined || of(last) === g) return last;
  return ctx.people.findLast((p) => p.entity !== last.entity && (of(p) === undefined || of(p) === g)) ?? null;
}

function entityOf(index: MentionIndex, m: Mention | undefined): EntityInfo | undefined {
  return m?.entity ? index.entities.get(m.entity) : undefined;
}

/** A person or an outlet the gazetteers name among the words, remembered for what points back at them. */
function namedSource(
  ms: readonly Mention[],
  range: Range,
  parsed: Parsed,
  index: MentionIndex,
  ctx: SourceContext,
  mention: SpanText,
): Source | null {
  const named = ms.find((m) => m.kind === 'person');
  const earlier = named && namedEarlier(parsed, index, named, ctx);
  if (earlier) {
    ctx.lastPerson = { ...earlier, mention };
    return ctx.lastPerson;
  }
  const person = fullPerson(index, entityOf(index, named));
  if (person && named && !otherGivenName(parsed, index, range, named, person.name)) {
    // "Ukraine's military intelligence chief Kyrylo Budanov": the title the text writes is how it may point back.
    const title = parsed.text
      .slice(mention.start, named.start)
      .trim()
      .replace(/^(the|a|an)\s+/i, '');
    if (title !== '' && !ctx.titles?.has(person.id)) {
      ctx.titles ??= new Map();
      ctx.titles.set(person.id, title);
    }
    // "Grace Okafor, an economist at a Lagos bank": the description the text gives is the person's role.
    const described = appositionRole(parsed, range.last);
    if (described && !ctx.roles?.has(person.id)) {
      ctx.roles ??= new Map();
      ctx.roles.set(person.id, described);
    }
    const s: Source = {
      name: writtenName(index, person),
      entity: person.id,
      kind: 'person',
      role: person.role ?? ctx.roles?.get(person.id) ?? null,
      country: person.country,
      mention,
    };
    ctx.lastPerson = s;
    return s;
  }
  const outlet = entityOf(
    index,
    ms.find((m) => m.kind === 'outlet'),
  );
  if (!outlet) return null;
  const s: Source = {
    name: outlet.name,
    entity: outlet.id,
    kind: 'outlet',
    role: null,
    country: outlet.country,
    mention,
  };
  ctx.lastOutlet = s;
  return s;
}

/**
 * "Mr. Day said" after "Harold Day" and before "Linda Day": a surname alone whose full name the text gives only
 * later is the person of that surname named before it.
 */
function namedEarlier(
  parsed: Parsed,
  index: MentionIndex,
  named: Mention,
  ctx: SourceContext,
): Source | null {
  if (named.first !== named.last || !named.entity) return null;
  const full = index.mentions.find((m) => m.entity === named.entity && m.first < m.last);
  if (!full || full.start < named.start) return null;
  const surname = parsed.text.slice(named.start, named.end);
  return (
    ctx.people.findLast((p) => p.entity !== named.entity && p.name.split(/\s+/).at(-1) === surname) ?? null
  );
}

const NAME_TITLES = new Set([...nameTitles, ...roleNouns].map((t) => t.toLowerCase().replace(/\.$/, '')));

/**
 * "Rose Day said" after "Harold Day": a capitalised given name before a surname the index reads as a person
 * named before, other than that person's, names somebody else of the same family name.
 */
function otherGivenName(
  parsed: Parsed,
  index: MentionIndex,
  range: Range,
  named: Mention,
  name: string,
): boolean {
  const before = parsed.tokens[named.first - 1];
  if (named.first <= range.first || named.first !== named.last || !before) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(before.text) || NAME_TITLES.has(before.lower) || mentionAt(index, before.i))
    return false;
  const words = name.split(/\s+/);
  return words.length > 1 && !words.slice(0, -1).includes(before.text);
}

/** The token that heads a source's words: "mission" in "Iran's mission to the UN", "sources" in "sources familiar with". */
function sourceHead(parsed: Parsed, range: Range): number {
  const { tokens } = parsed;
  // The head of "Iran's mission to the United Nations" is "mission": the word before the first preposition.
  let headIndex = range.last;
  for (let k = range.first + 1; k <= range.last; k++) {
    if (/^(of|to|for|at|in|with|from)$/.test(tokens[k]?.lower ?? '')) {
      headIndex = k - 1;
      break;
    }
  }
  // "one of the sources", "two of the officials": the group after "of" heads.
  if (/^(one|two|three|some|several|many|most|each|both)$/.test(tokens[headIndex]?.lower ?? '')) {
    headIndex = range.last;
  }
  // "sources familiar with the matter", "officials close to the talks": the noun before the adjective heads.
  while (headIndex > range.first && tokens[headIndex]?.pos === 'ADJ' && tokens[headIndex - 1]?.pos === 'NOUN')
    headIndex--;
  return headIndex;
}

/** Whom "the chancellor" or "the Russian official" points back at: a person named before, or none. */
function roleAntecedent(head: string, country: string | null, ctx: SourceContext): Source | null {
  // "the chancellor": the person last named with that role, else the person last named at all.
  const byRole = ctx.people.findLast(
    (p) => holdsRole(p, head, ctx) && (country === null || p.country === country),
  );
  if (byRole) return byRole;
  // "the senator" after "Grace Okafor, an economist" or after "Alvarez said": a named role that the last person
  // is not known to hold is someone else; "the spokesman" after a foreign minister is too, but a role that
  // fits anyone ("the official") is the last person's when the text gives them no other.
  // A person described since ("a US official") is no antecedent of "the minister": the person last named is.
  const lastNamed = ctx.lastPerson?.kind === 'person' ? ctx.lastPerson : (ctx.people.at(-1) ?? null);
  const otherRole =
    lastNamed !== null && !ANY_ROLE.has(head) && !holdsRole(lastNamed, head, ctx, SINGULAR_ROLE.has(head));
  if (
    lastNamed &&
    !otherRole &&
    (country === null || lastNamed.country === country || lastNamed.country == null)
  ) {
    return lastNamed;
  }
  // "the Russian official" after "Shoigu met Austin": the nearest person who speaks for that country.
  // Not one the text gives another role ("the U.S. senator" is not the president named last).
  const compatible =
    country === null
      ? undefined
      : ctx.people.findLast(
          (p) => p.country === country && (ANY_ROLE.has(head) || holdsRole(p, head, ctx, true)),
        );
  return compatible ?? null;
}

const LEADER_HEADS = new Set(['chief', 'head', 'boss', 'leader', 'chairman', 'chairwoman', 'chair']);

/** The person named last whose role or written title names the body the description's head leads or speaks for. */
function bodyLeader(
  bodyNames: readonly string[],
  range: Range,
  parsed: Parsed,
  head: string,
  ctx: SourceContext,
): Source | undefined {
  const word = parsed.tokens[range.last]?.lower ?? head;
  if (!/^(the|this)$/.test(parsed.tokens[range.first]?.lower ?? '')) return undefined;
  if (!LEADER_HEADS.has(word) && !SINGULAR_ROLE.has(word) && !ROLE_HEADS.has(word)) return undefined;
  const names = bodyNames.map((n) => n.toLowerCase());
  return ctx.people.findLast((p) => {
    const said = `${roleOf(p, ctx) ?? ''} ${p.entity ? (ctx.titles?.get(p.entity) ?? '') : ''}`.toLowerCase();
    return names.some(
      (n) => n.length > 1 && new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(said),
    );
  });
}

/** The person named last whose written title ends in the description's words ("intelligence chief"). */
function titledBefore(described: string, country: string | null, ctx: SourceContext): Source | undefined {
  const words = described.toLowerCase();
  return ctx.people.findLast((p) => {
    const title = p.entity === null ? undefined : ctx.titles?.get(p.entity)?.toLowerCase();
    return (
      title !== undefined &&
      (title === words || title.endsWith(` ${words}`)) &&
      (country === null || p.country === country)
    );
  });
}

/** Heads of a description that any named speaker may be, whatever else the text calls them. */
const ANY_ROLE = new Set(['official', 'representative', 'officer', 'source']);

/**
 * Other words for a role, by the role noun a description uses: a title written short ("Sen. Smith"), and a
 * wider noun ("the top diplomat" is the foreign minister; "the lawmaker" a senator).
 */
const SHORT_TITLES: Readonly<Record<string, RegExp>> = {
  diplomat: /\b(foreign minister|foreign secretary|secretary of state|ambassador|envoy)\b/,
  lawmaker: /\b(senator|sen|rep|representative|congressman|congresswoman|mp|member of parliament|deputy)\b/,
  commander: /\b(general|gen|admiral|adm|colonel|col|chief of staff)\b/,
  envoy: /\b(ambassador|diplomat)\b/,
  senator: /\bsen\b/,
  representative: /\brep\b/,
  general: /\b(gen|lt\.? gen|maj\.? gen)\b/,
  governor: /\bgov\b/,
  colonel: /\bcol\b/,
  admiral: /\badm\b/,
  spokesman: /\bspokes(woman|person)\b/,
  spokeswoman: /\bspokes(man|person)\b/,
  spokesperson: /\bspokes(man|woman)\b/,
};

/** Whether a person's role, or the title the text gives them, has the head ("chief"); `unknown` when they have neither. */
function holdsRole(p: Source, head: string, ctx: SourceContext, unknown = false): boolean {
  const title = p.entity ? ctx.titles?.get(p.entity) : undefined;
  const role = roleOf(p, ctx);
  if (role === null && title === undefined) return unknown;
  const said = `${role ?? ''} ${title ?? ''}`.toLowerCase();
  return said.includes(head) || (SHORT_TITLES[head]?.test(said) ?? false);
}

/** Words naming a state: its people, its government, officials or media of it, or one of its institutions. */
function stateSource(
  countryMention: Mention,
  country: string,
  range: Range,
  last: { readonly pos: string },
  head: string,
  singularRole: boolean,
  bare: string,
  ctx: SourceContext,
  mention: SpanText,
): Source | null {
  const wholeIsCountry = countryMention.first <= range.first + 1 && countryMention.last === range.last;
  if (wholeIsCountry && countryMention.form === 'demonym') {
    const s: Source = { name: bare, entity: country, kind: 'group', role: null, country, mention };
    ctx.lastGroup = s;
    return s;
  }
  if (wholeIsCountry && countryMention.form !== 'adjective') {
    return { name: bare, entity: country, kind: 'government', role: null, country, mention };
  }
  if (ANON_HEADS.has(head)) {
    const kind = GOVERNMENT_HEADS.has(head) ? 'government' : head === 'media' ? 'group' : 'anonymous';
    const s: Source = {
      name: bare,
      entity: kind === 'government' ? country : null,
      kind,
      role: null,
      country,
      mention,
    };
    if (!singularRole) ctx.lastGroup = s;
    return s;
  }
  // "Ukraine's Air Force", "Iran's mission to the United Nations": an institution of that state.
  if (/^(NOUN|PROPN)$/.test(last.pos) && countryMention.last < range.last) {
    return { name: bare, entity: country, kind: 'government', role: null, country, mention };
  }
  return null;
}

const HONORIFIC = /^(mr|mrs|ms|dr|sen|rep)\.?\s+(\S+)$/i;

/** "Mr Lammy" after "David Lammy": the person named in full, not a second person called "Mr Lammy". */
function fullPerson(index: MentionIndex, person: EntityInfo | undefined): EntityInfo | undefined {
  const surname = person && HONORIFIC.exec(person.name)?.[2];
  const full = surname ? index.personBySurname(surname) : undefined;
  return full && full.id !== person?.id ? full : person;
}

const BODY_KINDS = new Set(['country', 'igo', 'organization', 'outlet', 'group']);

/** "Washington sanctioned a company it said had ...": "it" is the state or body that opens the sentence. */
function subjectBody(k: number, parsed: Parsed, index: MentionIndex, ctx: SourceContext): Source | null {
  const { tokens, sentences } = parsed;
  const s = sentences[tokens[k]?.sent ?? -1];
  if (!s) return null;
  let j = s.first;
  while (j < k && tokens[j]?.pos === 'DET') j++;
  const m = mentionAt(index, j);
  if (!m || m.last >= k || !BODY_KINDS.has(m.kind) || m.form === 'adjective' || m.form === 'demonym')
    return null;
  return resolveSource({ first: m.first, last: m.last }, parsed, index, ctx);
}

/** A person's name as the document writes it when it writes it in full, else the gazetteer's. */
export function writtenName(index: MentionIndex, person: EntityInfo): string {
  const written = index.nameAsWritten(person.id);
  return written?.includes(' ') ? written : person.name;
}

/**
 * The outlet a document's URL names when neither the header nor the outlets gazetteer does: the web host
 * itself without "www." ("https://www.unn.ua/news/1" -> "unn.ua"), or null without a web URL.
 */
export function hostOutlet(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return host === '' ? null : host;
}
