/**
 * The claims of one trigger: its passes run in order over typed, read-only hand-offs (gates, weapons,
 * roles, document links, quantity, time, status) and give one draft per actor and target.
 */
import type { Trigger } from '../../knowledge/en/index.js';
import { triggerFor } from '../lexicon.js';
import type { Sentence, Token } from '../text.js';
import { timeIn } from '../time.js';
import { claimStatus } from './claim-status.js';
import { clauseOf } from './clause.js';
import { antecedentsOf, type Cast, claimWeapons, linkRoles } from './document-links.js';
import { isEvent, lacksWeapons, reachesNoState } from './gates.js';
import { partyAt, sanctionedParties } from './parties.js';
import { claimQuantity } from './quantities.js';
import { rolesFor } from './roles.js';
import { promisedTo } from './story.js';
import type { ClaimInputs, Draft, Party, Site, Span } from './types.js';
import { readWeapons } from './weapons.js';

/** Where a trigger stands and what it reads: its clause without the sentence's "if" clauses, and its key word. */
export function siteAt(
  input: ClaimInputs,
  s: Sentence,
  k: number,
  trig: Trigger,
  conditional: boolean,
  drafts: readonly Draft[],
  condActor: Party,
  otherConds: readonly Readonly<Span>[],
): Site {
  const t = input.parsed.tokens[k] as Token;
  const clause = clauseOf(input.parsed, s, k);
  // A main clause's roles are not read from its "if" clause.
  for (const c of otherConds) {
    if (c.last < k && c.last >= clause.first) clause.first = c.last + 1;
    if (c.first > k && c.first <= clause.last) clause.last = c.first - 1;
  }
  const key = t.pos === 'NOUN' ? t.lower : t.lemma;
  return { input, s, k, t, trig, key, clause, conditional, condActor, drafts };
}

/** Whether a weapon's name starts the object after the verb at `k`, past determiners, numbers and adjectives. */
function weaponObjectAt(tokens: readonly Token[], k: number, right: readonly { first: number }[]): boolean {
  let j = k + 1;
  while (/^(DET|NUM|ADJ)$/.test(tokens[j]?.pos ?? '') && j < k + 4) j++;
  if (right.some((m) => m.first >= k + 1 && m.first <= j)) return true;
  // "ban the sale of weapons to Israel": a noun of transfer whose of-phrase holds the weapons.
  const noun = tokens[j]?.pos === 'NOUN' ? triggerFor(tokens[j]?.lower ?? '') : undefined;
  return (
    noun?.type === 'transfer' &&
    tokens[j + 1]?.lower === 'of' &&
    right.some((m) => m.first >= j + 2 && m.first <= j + 4)
  );
}

/** The drafts of the event at a site, or null when the trigger tells none there. */
export function draftAt(site: Site): Draft[] | null {
  const { input, s, k, t, trig } = site;
  if (!isEvent(site) || reachesNoState(site)) return null;
  const reading = readWeapons(site);
  if (lacksWeapons(site, reading)) return null;
  // "dropped bombs on", not "dropped its request for F-16s": the weapons must be the verb's object.
  if (trig.weaponObject && !reading.passive && !weaponObjectAt(input.parsed.tokens, k, reading.weaponsRight))
    return null;
  const roles = rolesFor(site, reading.passive, reading.nounUse);
  // "Analysts discussed ...": a negotiation needs a party that negotiates.
  if (trig.type === 'negotiate_transfer' && !trig.noun && t.pos === 'VERB' && roles.subjectFound === false)
    return null;
  const ants = antecedentsOf(site, reading);
  const cast: Cast = {
    actor: roles.actor,
    target: roles.target,
    weapons: claimWeapons(site, reading, ants),
    inferred: [],
  };
  if (!linkRoles(site, reading, ants, cast)) return null;
  const status = claimStatus(site, cast.actor);
  if (status === 'planned') promisedTo(site, cast);
  const { actor, target } = cast;
  const quantity = claimQuantity(input.parsed, reading);
  // "sanctions on ... companies in Iran and Russia": each state named among the sanctioned is a target.
  const moreTargets =
    trig.type === 'sanction' && target
      ? sanctionedParties(input.index, input.parsed.tokens, k, site.clause.last).filter(
          (p) => p !== target && p !== actor,
        )
      : [];
  const first: Draft = {
    type: trig.type,
    actor,
    target,
    weapons: cast.weapons,
    status,
    trigger: k,
    sent: s.i,
    quantity,
    time: timeIn(input.parsed, s, input.published),
    anaphoric: reading.anaphoric,
    // Every draft has the same fields from the start: one shape for the engine's inline caches.
    echo: false,
    asked: false,
    inferred: cast.inferred.filter((r) => cast[r] !== null),
  };
  requested(site, first);
  const out = [first];
  for (const a of roles.coActors) if (a !== actor) out.push({ ...first, actor: a });
  for (const p of moreTargets) out.push({ ...first, target: p });
  return out;
}

/**
 * "Ukraine pressed Germany to supply Taurus missiles": a transfer that a verb of asking (a pack trigger
 * whose frame takes the one asked as its object) asks of its object is a request, made by the asker.
 */
function requested(site: Site, d: Draft): void {
  const { tokens } = site.input.parsed;
  const { k } = site;
  if (site.trig.type !== 'transfer' || tokens[k - 1]?.lower !== 'to') return;
  // "Britain is in talks to sell jets to Turkey": a transfer that talks aim at is their subject.
  const talks = tokens[k - 2];
  const aim = talks?.pos === 'NOUN' ? triggerFor(talks.lower) : undefined;
  if (aim?.noun && aim.type === 'negotiate_transfer' && tokens[k - 3]?.lower === 'in') {
    d.type = 'negotiate_transfer';
    if (d.status === 'planned') d.status = 'asserted';
    return;
  }
  const asked = partyAt(site.input.index, k - 2, tokens);
  if (!asked?.entity || asked.entity !== d.actor) return;
  const verb = tokens[asked.first - 1];
  const asking = verb?.pos === 'VERB' ? triggerFor(verb.lemma) : undefined;
  if (asking?.type !== 'negotiate_transfer' || asking.frame.actor[0] !== 'object') return;
  let asker: Party = null;
  for (let j = asked.first - 2; j >= site.s.first && !asker; j--)
    asker = partyAt(site.input.index, j, tokens)?.entity ?? null;
  d.type = 'negotiate_transfer';
  if (asker && asker !== d.actor) d.target = asker;
  if (d.status === 'planned') d.status = 'asserted';
}
