/** Irregular verb forms that matter to the lexicons: past tenses and participles to their base. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  gave: 'give',
  given: 'give',
  sent: 'send',
  sold: 'sell',
  bought: 'buy',
  brought: 'bring',
  got: 'get',
  gotten: 'get',
  shot: 'shoot',
  made: 'make',
  took: 'take',
  taken: 'take',
  sought: 'seek',
  struck: 'strike',
  wrote: 'write',
  written: 'write',
  thought: 'think',
  found: 'find',
  held: 'hold',
  led: 'lead',
  began: 'begin',
  begun: 'begin',
  shown: 'show',
  knew: 'know',
  known: 'know',
  saw: 'see',
  seen: 'see',
  went: 'go',
  gone: 'go',
  did: 'do',
  does: 'do',
  has: 'have',
  had: 'have',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  hit: 'hit',
  fled: 'flee',
  flew: 'fly',
  flown: 'fly',
  arose: 'arise',
  kept: 'keep',
  meant: 'mean',
  put: 'put',
  set: 'set',
};

/** Verb lemma by rule: enough for the trigger and cue lexicons, and far cheaper than a full lemmatiser. */
export function verbLemma(lower: string): string {
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  if (lower.length < 4) return lower;
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('ing')) return stem(lower.slice(0, -3));
  if (lower.endsWith('ed')) return stem(lower.slice(0, -2));
  if (/(sses|shes|ches|xes|zes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

// "shipp" -> "ship", "provid" -> "provide", "launch" stays.
function stem(base: string): string {
  if (DOUBLED.has(base)) return base.slice(0, -1);
  if (E_BASES.has(base)) return `${base}e`;
  return base;
}

const DOUBLED = new Set(['shipp', 'transferr', 'referr', 'equipp', 'hitt', 'gett', 'plann', 'submitt', 'admitt', 'committ', 'bragg', 'stopp', 'dropp']);

const E_BASES = new Set([
  'provid', 'receiv', 'us', 'purchas', 'procur', 'arriv', 'negotiat', 'coordinat', 'donat', 'pledg', 'stat', 'not',
  'declar', 'emphasiz', 'emphasis', 'increas', 'believ', 'argu', 'continu', 'issu', 'mov', 'authoriz', 'approv',
  'releas', 'giv', 'tak', 'mak', 'writ', 'promis', 'accus', 'assur', 'observ', 'describ', 'refut', 'reiterat',
  'indicat', 'disclos', 'estimat', 'conclud', 'retaliat', 'designat', 'caus', 'produc', 'reduc', 'introduc', 'urg',
  'charg', 'fir', 'strik', 'shar', 'acquir', 'refus', 'declin', 'decid', 'prepar', 'manufactur', 'rais', 'alleg',
  'announc', 'underlin', 'acknowledg', 'includ', 'cooperat', 'operat', 'locat', 'replac',
]);
