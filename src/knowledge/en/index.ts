import type { ClaimType } from '../../domain/extraction.js';
import { claimTypes } from '../claim-types.js';
import { verbForms } from './inflect.js';
import { irregularVerbs } from './irregular.js';
import { lightVerbs } from './light-verbs.js';
import { type Frame, LightVerbEntry, type StatusCueData, TriggerEntry } from './schema.js';
import { statusCues } from './status-cues.js';
import { triggerEntries } from './triggers.js';
import { breadthTriggerEntries } from './triggers-breadth.js';
import { tradeTriggerEntries } from './triggers-trade.js';

export {
  type Frame,
  type FrameRole,
  LightVerbEntry,
  PackExample,
  type StatusCueClass,
  type StatusCueData,
  TriggerEntry,
} from './schema.js';

/** An event trigger as the extractor reads it: its claim type, its frame and whether it is a noun. */
export interface Trigger {
  readonly type: ClaimType;
  /** `forward`: the subject (or possessor) gives, "to X" receives; `reverse`: the subject receives. */
  readonly roles: 'forward' | 'reverse';
  readonly noun: boolean;
  readonly frame: Frame;
  readonly lemma: string;
  /** The word itself tells an act to come ("pledged"). */
  readonly planned: boolean;
  /** Whether it tells an event only with weapons named or pointed back at. */
  readonly requiresWeapon: boolean;
  /** Its parties act on each other ("cooperation between Iran and Russia"). */
  readonly symmetric: boolean;
  /** Its weapons must be its object, or its subject when passive. */
  readonly weaponObject: boolean;
  /** Its destination must name a state, not a city. */
  readonly stateDestination: boolean;
  /** Its noun asks the one it names: who receives it would supply ("received an order from Egypt"). */
  readonly request: boolean;
  /** Its weapons are its subject: weapons that move by themselves ("missiles arrived in Russia"). */
  readonly movesItself: boolean;
}

/** The English language pack, checked entry by entry when it is first read. */
export interface LanguagePack {
  readonly triggers: readonly TriggerEntry[];
  /** Triggers by verb lemma or by noun form; one key names one trigger. */
  readonly triggerByWord: ReadonlyMap<string, Trigger>;
  /** Every inflected form of the pack's verbs and of the irregular verbs, to its lemma. */
  readonly verbLemmaByForm: ReadonlyMap<string, string>;
  /** The status cues: negation, hedges, plans, refusals, non-confirmation, dismissal, halts. */
  readonly statusCues: StatusCueData;
  /** Verbs that lend their subject to a noun of the event they hold ("took delivery of"). */
  readonly lightVerbs: readonly LightVerbEntry[];
  /** The lemmas of the light verbs whose subject receives what the noun moves. */
  readonly receivingVerbs: ReadonlySet<string>;
  /** The lemmas of the verbs whose object or in-phrase receives what their subject, a noun of the event, moves. */
  readonly destinationVerbs: ReadonlySet<string>;
  /** The lemmas of the verbs that impose the noun in their with- or under-phrase on their object ("placed X under sanctions"). */
  readonly imposingVerbs: ReadonlySet<string>;
  /** The lemmas of the verbs whose subject bears the noun it holds ("Iran faces sanctions"). */
  readonly bearingVerbs: ReadonlySet<string>;
  /** The lemmas of the verbs whose subject threatens with the noun they hold ("vowed a crushing response"). */
  readonly promisingVerbs: ReadonlySet<string>;
  /** The lemmas of the verbs that refer a matter to an international body they name ("asked the IAEA to"). */
  readonly referringVerbs: ReadonlySet<string>;
}

let pack: LanguagePack | undefined;

/** The English language pack, parsed with its schemas once. */
export function englishPack(): LanguagePack {
  if (pack) return pack;
  const triggers = [...triggerEntries, ...tradeTriggerEntries, ...breadthTriggerEntries].map((e) =>
    TriggerEntry.parse(e),
  );
  const triggerByWord = new Map<string, Trigger>();
  for (const e of triggers) {
    // The receiver is the subject ("Russia received") or the possessor ("India's acquisition").
    const reverse = e.frame.target[0] === 'subject' || e.frame.target[0] === 'possessor';
    const trigger: Trigger = {
      type: e.type,
      roles: reverse ? 'reverse' : 'forward',
      noun: e.pos === 'noun',
      frame: e.frame,
      lemma: e.lemma,
      planned: e.planned === true,
      requiresWeapon: e.requiresWeapon ?? claimTypes[e.type].triggersNeedWeapons,
      symmetric: e.symmetric === true,
      weaponObject: e.weaponObject === true,
      stateDestination: e.stateDestination === true,
      request: e.request === true || e.type === 'negotiate_transfer',
      movesItself: e.frame.weapons[0] === 'subject',
    };
    for (const key of e.pos === 'verb' ? [e.lemma] : (e.forms ?? [e.lemma])) {
      if (triggerByWord.has(key)) throw new Error(`language pack: "${key}" names two triggers`);
      triggerByWord.set(key, trigger);
    }
  }
  const verbLemmaByForm = new Map<string, string>();
  const verbs = [
    ...triggers.filter((e) => e.pos === 'verb').map((e) => e.lemma),
    ...Object.keys(irregularVerbs),
  ];
  for (const lemma of verbs) for (const form of verbForms(lemma)) verbLemmaByForm.set(form, lemma);
  const light = lightVerbs.map((e) => LightVerbEntry.parse(e));
  const receivingVerbs = new Set(light.filter((e) => e.role === 'receiver').map((e) => e.lemma));
  const destinationVerbs = new Set(light.filter((e) => e.role === 'destination').map((e) => e.lemma));
  const imposingVerbs = new Set(light.filter((e) => e.role === 'imposer').map((e) => e.lemma));
  const bearingVerbs = new Set(light.filter((e) => e.role === 'bearer').map((e) => e.lemma));
  const promisingVerbs = new Set(light.filter((e) => e.role === 'promiser').map((e) => e.lemma));
  const referringVerbs = new Set(light.filter((e) => e.role === 'referrer').map((e) => e.lemma));
  pack = {
    bearingVerbs,
    promisingVerbs,
    referringVerbs,
    imposingVerbs,
    triggers,
    triggerByWord,
    verbLemmaByForm,
    statusCues,
    lightVerbs: light,
    receivingVerbs,
    destinationVerbs,
  };
  return pack;
}
