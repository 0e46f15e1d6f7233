import type { FrameData, TriggerData } from './schema.js';
import { GET, GIVE, GIVING } from './triggers.js';

// The agent nouns of trade: the subject of a linking verb is the supplier ("Israel is a major supplier
// of weapons to Azerbaijan") or the buyer ("India is the largest buyer of Russian arms"); a supplier's
// possessor is its customer ("India's largest arms supplier"), a buyer's its supplier.
const SUPPLIER: FrameData = { actor: ['subject'], target: ['possessor', 'to', 'for'], weapons: ['of'] };
const BUYER: FrameData = { actor: ['possessor', 'from'], target: ['subject'], weapons: ['of'] };

/**
 * Triggers of the arms trade beyond outright sale and gift: loans and leases, re-exports and
 * diversions, weapons taken into service, and the nouns of handing over and donating.
 */
export const tradeTriggerEntries: readonly TriggerData[] = [
  {
    lemma: 'lease',
    pos: 'verb',
    type: 'transfer',
    // Either side leases: "leased drones to Poland" gives, "leased drones from the US" receives.
    frame: {
      actor: ['from', 'subject', 'by'],
      target: ['to', 'indirect', 'for', 'subject'],
      weapons: ['object'],
    },
    examples: [
      {
        text: 'The United States will lease Reaper drones to Poland.',
        claims: ['transfer USA>POL [drone] planned'],
      },
      {
        text: 'Poland will lease Reaper drones from the United States.',
        claims: ['transfer USA>POL [drone] planned'],
      },
      {
        text: 'Greece leased two frigates to Bulgaria in 2023.',
        claims: ['transfer GRC>BGR [naval] asserted'],
      },
    ],
  },
  {
    lemma: 'lend',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Britain lent Challenger tanks to Ukraine.',
        claims: ['transfer GBR>UKR [armored_vehicle] asserted'],
      },
    ],
  },
  {
    lemma: 'loan',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Germany loaned two Patriot batteries to Poland.',
        claims: ['transfer DEU>POL [air_defense] asserted'],
      },
    ],
  },
  {
    lemma: 're-export',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Serbia re-exported artillery shells to Ukraine.',
        claims: ['transfer SRB>UKR [artillery_ammunition] asserted'],
      },
    ],
  },
  {
    lemma: 'reexport',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      { text: 'Italy reexported the howitzers to Ukraine.', claims: ['transfer ITA>UKR [other] asserted'] },
    ],
  },
  {
    lemma: 'divert',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'The Czech Republic diverted Indian shells to Ukraine.',
        claims: ['transfer CZE>UKR [artillery_ammunition] asserted'],
      },
    ],
  },
  {
    lemma: 'redirect',
    pos: 'verb',
    type: 'transfer',
    frame: GIVE,
    examples: [
      {
        text: 'Bulgaria redirected Soviet-era shells to Ukraine.',
        claims: ['transfer BGR>UKR [artillery_ammunition] asserted'],
      },
    ],
  },
  {
    lemma: 'induct',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      {
        text: 'The Philippines inducted BrahMos missiles from India into its navy.',
        claims: ['transfer IND>PHL [cruise_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'donation',
    pos: 'noun',
    forms: ['donation', 'donations'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: "Spain's donation of Leopard tanks to Ukraine was welcomed in Kyiv.",
        claims: ['transfer ESP>UKR [armored_vehicle] asserted'],
      },
    ],
  },
  {
    lemma: 'handover',
    pos: 'noun',
    forms: ['handover', 'handovers'],
    type: 'transfer',
    frame: GIVING,
    examples: [
      {
        text: 'The handover of two frigates to Pakistan by China took place in Shanghai.',
        claims: ['transfer CHN>PAK [naval] asserted'],
      },
    ],
  },
  {
    lemma: 'source',
    pos: 'verb',
    type: 'transfer',
    frame: GET,
    examples: [
      {
        text: 'Azerbaijan sourced most of its drones from Israel.',
        claims: ['transfer ISR>AZE [drone] asserted'],
      },
      {
        text: 'Azerbaijan sources most of its drones from Israel.',
        claims: ['transfer ISR>AZE [drone] asserted'],
        gap: 'wink tags "sources" a noun here, and a noun read as a verb gets no verb group to read roles from',
      },
    ],
  },
  {
    lemma: 'possession',
    pos: 'noun',
    type: 'transfer',
    // Only as what a receiving verb takes ("took possession of"): its subject receives.
    frame: { actor: ['from'], target: ['possessor'], weapons: ['of'] },
    examples: [
      {
        text: 'Russia took possession of Iranian ballistic missiles.',
        claims: ['transfer IRN>RUS [ballistic_missile] asserted'],
      },
    ],
  },
  {
    lemma: 'supplier',
    pos: 'noun',
    forms: ['supplier', 'suppliers'],
    type: 'transfer',
    frame: SUPPLIER,
    examples: [
      {
        text: 'Israel is a major supplier of weapons to Azerbaijan.',
        claims: ['transfer ISR>AZE [] asserted'],
      },
      { text: "Russia remains India's largest arms supplier.", claims: ['transfer RUS>IND [] asserted'] },
      {
        text: 'China has become the main supplier of drones to Ethiopia.',
        claims: ['transfer CHN>ETH [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'exporter',
    pos: 'noun',
    forms: ['exporter', 'exporters'],
    type: 'transfer',
    frame: SUPPLIER,
    examples: [
      {
        text: 'France was the largest exporter of fighter jets to Egypt.',
        claims: ['transfer FRA>EGY [aircraft] asserted'],
      },
    ],
  },
  {
    lemma: 'provider',
    pos: 'noun',
    forms: ['provider', 'providers'],
    type: 'transfer',
    frame: SUPPLIER,
    examples: [
      {
        text: 'Turkey is the main provider of drones to Azerbaijan.',
        claims: ['transfer TUR>AZE [drone] asserted'],
      },
    ],
  },
  {
    lemma: 'buyer',
    pos: 'noun',
    forms: ['buyer', 'buyers'],
    type: 'transfer',
    frame: BUYER,
    examples: [
      {
        text: 'India is the largest buyer of Russian weapons.',
        claims: ['transfer RUS>IND [] asserted'],
      },
    ],
  },
  {
    lemma: 'importer',
    pos: 'noun',
    forms: ['importer', 'importers'],
    type: 'transfer',
    frame: BUYER,
    examples: [
      {
        text: 'Ukraine has become the biggest importer of arms from the United States.',
        claims: ['transfer USA>UKR [] asserted'],
      },
    ],
  },
];
