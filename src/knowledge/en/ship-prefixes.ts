/**
 * The prefixes navies write before a ship's name ("USS Mason", "HMS Richmond"), with the state whose navy uses
 * each: a name after one is a ship, which may report (its crew, its navy) but is never a person.
 */
export const shipPrefixes: Readonly<Record<string, string>> = {
  USS: 'USA',
  USNS: 'USA',
  HMS: 'GBR',
  RFA: 'GBR',
  HMCS: 'CAN',
  HMAS: 'AUS',
  HMNZS: 'NZL',
  INS: 'IND',
  TCG: 'TUR',
  ROKS: 'KOR',
  JS: 'JPN',
  FS: 'FRA',
  FGS: 'DEU',
  HNLMS: 'NLD',
  HDMS: 'DNK',
  HNoMS: 'NOR',
  HSwMS: 'SWE',
  ITS: 'ITA',
  ESPS: 'ESP',
  NRP: 'PRT',
  ORP: 'POL',
  KRI: 'IDN',
  BRP: 'PHL',
  PNS: 'PAK',
  ARA: 'ARG',
  BNS: 'BGD',
  RSS: 'SGP',
  HTMS: 'THA',
  KD: 'MYS',
  ENS: 'EGY',
  HS: 'GRC',
};

/** Whether a word is a navy's prefix to a ship's name. */
export function isShipPrefix(word: string): boolean {
  return Object.hasOwn(shipPrefixes, word);
}
