import { irregularVerbs } from './irregular.js';

const VOWEL = /[aeiou]/;

// A final consonant after one vowel may double before -ed and -ing ("ship", "equip", "channel"):
// both spellings are given, since British and American news differ ("channelled", "channeled").
function doubles(lemma: string): boolean {
  const n = lemma.length;
  const last = lemma[n - 1] ?? '';
  return (
    n >= 3 &&
    !VOWEL.test(last) &&
    !/[wxy]/.test(last) &&
    VOWEL.test(lemma[n - 2] ?? '') &&
    !VOWEL.test(lemma[n - 3] ?? '')
  );
}

/** The inflected forms of a verb lemma: -s, -ed, -ing and any irregular past forms, the lemma first. */
export function verbForms(lemma: string): string[] {
  const forms = new Set<string>([lemma, ...(irregularVerbs[lemma] ?? [])]);
  const last = lemma.slice(-1);
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (last === 'y' && !VOWEL.test(lemma.at(-2) ?? '')) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (last === 'e') {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWEL.test(lemma.at(-2) ?? '')) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
    if (doubles(lemma)) {
      forms.add(`${lemma}${last}ed`);
      forms.add(`${lemma}${last}ing`);
    }
    // A final -ic takes a k before the ending ("trafficked", "trafficking").
    if (lemma.endsWith('ic')) {
      forms.add(`${lemma}ked`);
      forms.add(`${lemma}king`);
    }
  }
  return [...forms];
}

/** The singular and plural of a noun lemma. */
export function nounForms(lemma: string): string[] {
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (lemma.endsWith('y') && !VOWEL.test(lemma.at(-2) ?? '')) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}
