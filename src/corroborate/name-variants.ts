/**
 * One person's name written in several transliterations ("Alyaksandr Lukashenka", "Alexander Lukashenko",
 * "Aleksandr Lukashenko"; "Volodymyr Zelensky", "Vladimir Zelenskiy") reduced to one key, so that the origins
 * of a claim count the person once. The rule is small and general: the same first letter of the given name,
 * and the same consonants in the given name and in the family name, once the spellings that transliterations
 * trade (x/ks, kh/h, w/v, ph/f, c/k, y/i, doubled letters) are read alike.
 */
export function nameKey(name: string): string | null {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, '')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
  if (words.length < 2) return null;
  const given = words[0] as string;
  const family = words[words.length - 1] as string;
  const g = consonants(given);
  const f = consonants(family);
  // Too few consonants to tell two people apart ("Ian Lee", "Ann Lee").
  if (g.length < 2 || f.length < 2 || g.length + f.length < 5) return null;
  return `${transliterated(given)[0]}${g}|${f}`;
}

/** The spellings that transliterations of one sound trade, written one way. */
function transliterated(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'j')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ck/g, 'k')
    .replace(/c(?=[^ehi]|$)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/g/g, 'h');
}

/** A word's consonants after transliteration, with doubled letters once. */
function consonants(word: string): string {
  return transliterated(word)
    .replace(/[aeiouj]/g, '')
    .replace(/(.)\1+/g, '$1');
}
