/**
 * The roles pass: the actor and target of an event from the phrases around its trigger (role-phrases.ts),
 * read by the trigger's claim type and direction.
 */
import { mentionAt } from '../mentions.js';
import { reaches, type SentenceSyntax } from '../syntax/index.js';
import { bornRoles, imposedRoles } from './imposed.js';
import {
  coordinated,
  defendersAdjective,
  firstParty,
  joinedAfter,
  partyAt,
  pastDeterminers,
  userFromWeapons,
} from './parties.js';
import { promisedRoles, promiserOf } from './promised.js';
import { type Left, leftRoles, type Right, rightRoles } from './role-phrases.js';
import { inHandsOf } from './triggers.js';
import type { Party, Site } from './types.js';
import { speakerParty } from './voices.js';

/** The roles the grammar around a trigger gives, before the document fills any left empty. */
export interface Roles {
  actor: Party;
  target: Party;
  /** Further subjects joined by "and" or commas: "Washington, London and Paris announced sanctions". */
  coActors: Party[];
  /** Whether a party stood as the subject before the trigger. */
  subjectFound?: boolean;
}

/** The roles pass: the actor and target the trigger's subject, possessor and objects give, by claim type. */
export function rolesFor(site: Site, passive: boolean, nounUse: boolean): Roles {
  const roles = grammarRoles(site, passive, nounUse);
  if (site.trig.type === 'transfer') compoundSupplier(site, roles);
  return roles;
}

/**
 * "Ukraine has used US-supplied HIMARS": the state before the hyphen supplies, the clause's subject
 * receives; "Iranian-supplied weapons headed to the Houthis": where they go, when the clause says it.
 */
function compoundSupplier(site: Site, roles: Roles): void {
  const { k, clause } = site;
  const { index, parsed } = site.input;
  const { tokens } = parsed;
  const compound = tokens[k - 1]?.text === '-' ? mentionAt(index, k - 2) : undefined;
  if (compound?.kind !== 'country' || !compound.entity) return;
  const user = roles.actor;
  roles.actor = compound.entity;
  if (roles.target === compound.entity) roles.target = null;
  const bound = firstParty(index, k + 1, clause.last, (m) =>
    /^(to|for)$/.test(tokens[pastDeterminers(tokens, m, k, /^the$/)]?.lower ?? ''),
  );
  if (!roles.target && bound && bound.entity !== compound.entity) roles.target = bound.entity;
  if (!roles.target && user !== compound.entity) roles.target = user;
  roles.coActors = [];
}

/** The roles as the grammar around the trigger gives them. */
function grammarRoles(site: Site, passive: boolean, nounUse: boolean): Roles {
  const { input, k, trig } = site;
  const { tokens } = input.parsed;
  const left = leftRoles(site, passive, nounUse);
  const { subject, possessive } = left;
  const right = rightRoles(site, nounUse);
  const { byPrep } = right;
  if (trig.type === 'negotiate_transfer' && !nounUse && subject === null && possessive === null)
    return { actor: null, target: null, coActors: [], subjectFound: false };
  if (trig.movesItself || tokens[k]?.lemma === 'be') {
    // "The Patriots have arrived in Ukraine", "Iranian missiles reached Russia", "the missiles are now in
    // Russian hands": the weapons are the subject; "in", the object or the speaker's side receives.
    const hands = tokens[k]?.lemma === 'be' ? inHandsOf(input, k) : null;
    return {
      actor: byPrep.get('from') ?? null,
      target: byPrep.get('in') ?? hands ?? toOf(site, byPrep) ?? right.direct ?? speakerParty(input, k),
      coActors: [],
    };
  }
  const coActors = subject ? coordinated(input.index, tokens, k, site.clause.first, subject) : [];
  switch (trig.type) {
    case 'transfer':
    case 'negotiate_transfer':
      return transferRoles(site, left, right, passive, nounUse, coActors);
    case 'military_use':
      return useRoles(site, left, right, passive, nounUse, coActors);
    default:
      return measureRoles(site, left, right, nounUse, passive ? [] : coActors, passive);
  }
}

/** The recipient's preposition: "to", "for", "into", or "in" after a verb of placing ("station weapons in Belarus"). */
function toOf(site: Site, byPrep: ReadonlyMap<string, Party>): Party {
  // "station weapons in Belarus", "deploy troops in Russia": where they are placed receives them.
  const placed = /^(station|deploy|base|position|place)$/.test(site.input.parsed.tokens[site.k]?.lemma ?? '')
    ? byPrep.get('in')
    : null;
  return byPrep.get('to') ?? byPrep.get('for') ?? byPrep.get('into') ?? placed ?? null;
}

/** The roles of a transfer or of talks about one: who gives, who receives, and who else gives. */
function transferRoles(
  site: Site,
  { subject, possessive }: Left,
  { byPrep, direct }: Right,
  passive: boolean,
  isNoun: boolean,
  coActors: Party[],
): Roles {
  const { input, k, s, clause, trig } = site;
  const { index, parsed } = input;
  const { tokens } = parsed;
  const from = byPrep.get('from') ?? null;
  const to = toOf(site, byPrep);
  const by = byPrep.get('by') ?? null;
  // "Russia has approached North Korea to request ammunition": the one approached would supply.
  const approached = tokens[k - 1]?.lower === 'to' ? partyAt(index, k - 2, tokens) : undefined;
  if (trig.roles === 'reverse' && approached && tokens[approached.first - 1]?.pos === 'VERB') {
    let asker: Party = null;
    for (let j = approached.first - 2; j >= clause.first && !asker; j--)
      asker = partyAt(index, j, tokens)?.entity ?? null;
    return { actor: approached.entity, target: asker, coActors: [] };
  }
  if (trig.roles === 'reverse')
    return {
      // "asked Berlin for air defences": the one asked is the one who would supply.
      actor:
        from ??
        by ??
        (/^(ask|press|lobby|appeal|urge)$/.test(tokens[k]?.lemma ?? '') ? direct : null) ??
        // "turned to North Korea for shells": the frame's to-phrase is the supplier.
        (trig.frame.actor[0] === 'to' ? (byPrep.get('to') ?? null) : null),
      target: possessive ?? (passive || isNoun ? to : subject) ?? to,
      coActors: [],
    };
  const between = byPrep.get('between') ?? null;
  const and = byPrep.get('and') ?? null;
  // "Pyongyang was preparing 10,000 soldiers to be sent to Russia": who prepares them sends them.
  const toBeSent = passive && tokens[k - 1]?.lower === 'be' && tokens[k - 2]?.lower === 'to';
  let actor =
    from ?? by ?? possessive ?? (toBeSent ? subject : passive || trig.noun || isNoun ? null : subject);
  let target = to ?? direct;
  // "destruction to Ukraine by providing it with weapons": the object pronoun is the state just named.
  if (!target && /^(it|them)$/.test(tokens[k + 1]?.lower ?? '')) {
    target = relativeHost(site, from ?? by ?? possessive ?? subject);
    for (let j = k - 1; j >= s.first && !target; j--) {
      const m = partyAt(index, j, tokens);
      if (m?.kind === 'country' && m.entity !== (from ?? by ?? possessive ?? subject)) target = m.entity;
    }
  }
  if (between && and) {
    if (!target) target = and;
    if (!actor) actor = target === between ? and : between;
  }
  if (byPrep.get('with') && !target && actor) target = byPrep.get('with') ?? null;
  // "Russia is in talks with China over drones", "has never had arms dealings with Russia": the clause's
  // subject is one side of its talks or dealings.
  if (isNoun && !actor && !target && subject && byPrep.get('with')) {
    actor = subject;
    target = byPrep.get('with') ?? null;
  }
  // "from Danish and Dutch stocks": each state joined to the supplier supplies too.
  const fromAlso = actor !== null && actor === from ? joinedAfter(index, tokens, k, clause.last, from) : [];
  return { actor, target, coActors: passive || isNoun ? fromAlso : [...coActors, ...fromAlso] };
}

/**
 * "Russia attacked Kyiv with drones that Iran had sent it": in a relative clause, an object pronoun
 * stands for the subject of the clause the relative clause hangs in, not for the nearest name.
 */
function relativeHost(site: Site, actor: Party): Party {
  const syntax = site.syntax?.();
  if (!syntax || site.k > syntax.last) return null;
  const own = syntax.verbs.find((v) => v.head === site.k);
  const clause = own ? syntax.clauses[own.clause] : undefined;
  if (clause?.kind !== 'relative' || clause.parent === null) return null;
  const host = syntax.verbs.find((v) => v.clause === clause.parent && v.roles.subject !== null);
  const subject = host?.roles.subject;
  if (!subject || subject.members.length > 0) return null;
  const m = partyAt(site.input.index, subject.head, site.input.parsed.tokens);
  return m?.entity && m.entity !== actor ? m.entity : null;
}

/** The roles of a use: who fires and at whom, or, for an interception, whom the interceptor defends. */
function useRoles(
  site: Site,
  { subject, possessive }: Left,
  { byPrep, direct, firstObject }: Right,
  passive: boolean,
  isNoun: boolean,
  coActors: Party[],
): Roles {
  const { input, k, clause, trig } = site;
  const by = byPrep.get('by') ?? null;
  // "Ukraine's air force shot down 30 drones launched by Russia": the interceptor is the one attacked.
  if (trig.roles === 'reverse')
    return {
      actor: by,
      target:
        possessive ??
        (passive
          ? null
          : (subject ?? defendersAdjective(input.index, input.parsed.tokens, k, clause.first))) ??
        speakerParty(input, k),
      coActors: [],
    };
  return {
    actor:
      possessive ??
      (passive ? (by ?? platformUser(site, true)) : isNoun ? null : (subject ?? platformUser(site, false))),
    target:
      // "Houthi targets were struck by Israeli jets": a passive use's subject is what was hit; not a party
      // of a relative clause on it ("the bombs that Washington sold ... were dropped on").
      (passive && subject !== speakerParty(input, k) && !inRelativeOnly(site, subject) ? subject : null) ??
      direct ??
      byPrep.get('against') ??
      byPrep.get('on') ??
      byPrep.get('at') ??
      byPrep.get('in') ??
      firstObject,
    coActors,
  };
}

/**
 * Whether a party is named, left of the trigger, only inside a relative clause on the subject ("The bombs
 * that Washington sold to the kingdom were dropped"): a "that", "which" or "who" after a noun, with a verb
 * of its own before the trigger.
 */
function inRelativeOnly(site: Site, party: Party): boolean {
  const { k, clause } = site;
  const { tokens } = site.input.parsed;
  const syntax = site.syntax?.();
  // The syntax layer tells the clauses apart also when the relative clause opens with "which", where the
  // words of the trigger's clause begin.
  if (syntax && k <= syntax.last && party !== null) return namedOnlyOutside(site, syntax, party);
  let r = -1;
  for (let j = k - 1; j > clause.first; j--) {
    if (
      /^(that|which|who)$/.test(tokens[j]?.lower ?? '') &&
      /^(NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '')
    ) {
      r = j;
      break;
    }
  }
  if (r < 0 || !tokens.slice(r + 1, k).some((t) => t.pos === 'VERB')) return false;
  for (let j = clause.first; j < r; j++)
    if (partyAt(site.input.index, j, tokens)?.entity === party) return false;
  return true;
}

/** Whether each mention of the party before the trigger stands in a clause that does not belong to its event. */
function namedOnlyOutside(site: Site, syntax: SentenceSyntax, party: string): boolean {
  const { index, parsed } = site.input;
  let named = false;
  for (let j = site.s.first; j < site.k; j++) {
    const m = partyAt(index, j, parsed.tokens);
    if (!m) continue;
    if (m.entity === party) {
      if (reaches(syntax, site.k, j)) return false;
      named = true;
    }
    j = m.last;
  }
  return named;
}

/** The roles of a sanction, a threat, a referral, coordination or another act. */
function measureRoles(
  site: Site,
  { subject, possessive }: Left,
  { byPrep, direct, firstObject }: Right,
  isNoun: boolean,
  coActors: Party[],
  passive = false,
): Roles {
  const { input, k, clause, trig } = site;
  // "Niger was sanctioned by ECOWAS", "Israel was threatened by Iran": the by-phrase acts on the subject.
  if (passive && !trig.noun && (trig.type === 'sanction' || trig.type === 'threaten') && subject)
    return { actor: byPrep.get('by') ?? null, target: subject, coActors: [] };
  switch (trig.type) {
    case 'sanction': {
      const imposed = trig.noun
        ? (imposedRoles(site, byPrep.get('by') ?? null) ?? bornRoles(site, byPrep.get('from') ?? null))
        : null;
      if (imposed) return { ...imposed, coActors: [] };
      return {
        actor: subject ?? possessive,
        target: byPrep.get('against') ?? byPrep.get('on') ?? direct ?? firstObject,
        coActors,
      };
    }
    case 'threaten': {
      const v = isNoun ? promiserOf(site) : -1;
      if (v >= 0)
        return { ...promisedRoles(site, v, byPrep.get('against') ?? byPrep.get('to') ?? null), coActors: [] };
      if (isNoun) {
        // "would make Germany a party to the conflict": the party named before the noun is the one threatened.
        return {
          actor: possessive ?? speakerParty(input, k) ?? subject,
          target:
            byPrep.get('against') ??
            byPrep.get('on') ??
            (subject !== speakerParty(input, k) ? subject : null),
          coActors: [],
        };
      }
      return {
        actor: subject ?? possessive ?? speakerParty(input, k),
        target: byPrep.get('against') ?? byPrep.get('on') ?? direct,
        coActors,
      };
    }
    case 'refer_international': {
      // "The strikes were referred to the ICC by Ukraine", "UN experts were invited by Ukraine".
      const by = passive ? (byPrep.get('by') ?? null) : null;
      if (by) {
        const body = firstParty(input.index, clause.first, clause.last, (m) => m.kind === 'igo');
        return {
          actor: by,
          target: body?.entity ?? null,
          coActors: joinedAfter(input.index, input.parsed.tokens, k, clause.last, by),
        };
      }
      const igo = firstParty(input.index, k + 1, clause.last, (m) => m.kind === 'igo');
      return { actor: subject ?? speakerParty(input, k), target: igo?.entity ?? null, coActors };
    }
    case 'coordinate':
      return { actor: subject ?? speakerParty(input, k), target: byPrep.get('with') ?? null, coActors };
    default:
      return { actor: subject, target: toOf(site, byPrep), coActors };
  }
}

/** Weapons that carry others and are crewed by the state whose adjective they bear. */
const PLATFORMS = new Set(['aircraft', 'naval', 'armored_vehicle']);

/**
 * "Russian aircraft dropped guided bombs", "struck by Israeli F-35 jets": a crewed platform as the agent
 * of a use is used by the state of its plain adjective (a missile's adjective names its maker instead).
 */
function platformUser(site: Site, passive: boolean): Party {
  const { index, parsed } = site.input;
  const { tokens } = parsed;
  let j = site.k - 1;
  if (passive) {
    if (tokens[site.k + 1]?.lower !== 'by') return null;
    j = site.k + 2;
    while (j <= site.clause.last && !mentionAt(index, j)?.weaponClass) j++;
  } else while (j > site.clause.first && /^(AUX|ADV)$/.test(tokens[j]?.pos ?? '')) j--;
  const w = mentionAt(index, j);
  if (!w?.weaponClass || !PLATFORMS.has(w.weaponClass)) return null;
  if (!passive && w.last !== j) return null;
  return userFromWeapons(index, [w]);
}
