/** Words of organisation names that carry little identity, and the abbreviations they come in. */

// Abbreviation → full word, applied to folded tokens before weighting.
export const ABBREVIATIONS: Record<string, string> = {
  co: 'company',
  cos: 'company',
  coy: 'company',
  comp: 'company',
  corp: 'corporation',
  corpn: 'corporation',
  cooperation: 'corporation',
  ltd: 'limited',
  ltda: 'limited',
  lmt: 'limited',
  inc: 'incorporated',
  intl: 'international',
  intnl: 'international',
  int: 'international',
  dev: 'development',
  devt: 'development',
  shpg: 'shipping',
  shipg: 'shipping',
  mgmt: 'management',
  mgt: 'management',
  natl: 'national',
  nat: 'national',
  assoc: 'associated',
  assn: 'association',
  tech: 'technology',
  dept: 'department',
  govt: 'government',
  mfg: 'manufacturing',
  bros: 'brothers',
  ind: 'industry',
  inds: 'industry',
  industries: 'industry',
  indus: 'industry',
  trade: 'trading',
  trades: 'trading',
  ent: 'enterprise',
  enterprises: 'enterprise',
  svc: 'services',
  svcs: 'services',
  service: 'services',
  grp: 'group',
  hldgs: 'holdings',
  hk: 'hongkong',
  lines: 'line',
  sci: 'science',
  sciences: 'science',
  acad: 'academy',
  admin: 'administration',
  defence: 'defense',
  centre: 'center',
  organisation: 'organization',
  programme: 'program',
  chemicals: 'chemical',
  machines: 'machine',
  electronic: 'electronics',
  forces: 'force',
  bureaux: 'bureau',
};

// Legal forms and joiners: dropping or adding them never changes who is meant.
const LEGAL_FORMS = new Set([
  'company',
  'corporation',
  'limited',
  'incorporated',
  'llc',
  'plc',
  'pte',
  'pty',
  'sa',
  'ag',
  'gmbh',
  'bv',
  'nv',
  'srl',
  'spa',
  'jsc',
  'ojsc',
  'cjsc',
  'ooo',
  'oao',
  'zao',
  'fze',
  'fzco',
  'llp',
  'lp',
  'kk',
  'jv',
  'the',
  'of',
  'and',
  'for',
  'de',
  'del',
  'la',
  'le',
  'des',
  'du',
  'et',
]);

// Country words that the DPRK and its companies add or drop at will.
const COUNTRY_WORDS = new Set([
  'korea',
  'korean',
  'dprk',
  'choson',
  'chosun',
  'dprkn',
  'democratic',
  'peoples',
]);

// Generic trade words: they identify the kind of business, not the business.
const GENERIC_WORDS = new Set([
  'shipping',
  'line',
  'trading',
  'general',
  'international',
  'group',
  'holdings',
  'enterprise',
  'industry',
  'industrial',
  'bank',
  'banking',
  'services',
  'joint',
  'venture',
  'import',
  'export',
  'marine',
  'maritime',
  'development',
  'technology',
  'commercial',
  'credit',
  'global',
  'center',
  'national',
  'management',
  'office',
]);

export type WordClass = 'legal' | 'country' | 'generic' | 'word';

export function expandAbbreviation(token: string): string {
  return ABBREVIATIONS[token] ?? token;
}

export function classifyWord(token: string): WordClass {
  if (LEGAL_FORMS.has(token)) return 'legal';
  if (COUNTRY_WORDS.has(token)) return 'country';
  if (GENERIC_WORDS.has(token)) return 'generic';
  return 'word';
}

export const WORD_CLASS_WEIGHT: Record<WordClass, number> = {
  // Free words: a legal form or a leading "Korea" added or dropped changes nothing.
  legal: 0,
  country: 0,
  generic: 0.35,
  word: 1,
};
