import { extractMentions } from './mentions.js';
import type { DateMention, NumberMention } from './mentions.js';

export interface AnalysedPoint {
  text: string;
  /** content stems, synonyms folded together */
  tokens: Set<string>;
  /** first word of the point that gave each stem, to show in notes */
  wordOf: Map<string, string>;
  numbers: NumberMention[];
  dates: DateMention[];
  /** odd number of negations: "did not agree" */
  isNegated: boolean;
}

// Names of the parties, tried before lower-casing because "US" is a country and "us" a pronoun.
const CASED_NAMES: [RegExp, string][] = [
  [/\bU\.S\.(?:A\.)?(?![A-Za-z])|\bUSA?\b/g, ' usa '],
  [/\bD\.P\.R\.K\.?|\bDPRK\b/gi, ' dprk '],
  [/\bR\.O\.K\.?|\bROK\b/g, ' rok '],
  [/\bU\.N\.(?![A-Za-z])|\bUN\b/g, ' un '],
];
const NAME_PHRASES: [RegExp, string][] = [
  [/\bdemocratic people'?s republic of korea\b|\bnorth korean?s?\b|\bpyongyang'?s\b/g, ' dprk '],
  [/\brepublic of korea\b|\bsouth korean?s?\b/g, ' rok '],
  [/\bunited states(?: of america)?\b|\bamericans?\b|\bwashington'?s\b/g, ' usa '],
  [/\bunited nations\b/g, ' un '],
  [/\binter-korean\b|\bbetween the two koreas\b|\btwo koreas\b|\bnorth and south korea\b/g, ' interkorean '],
  [/\bcheong wa dae\b|\bblue house\b/g, ' bluehouse '],
  [/\bwhite house\b/g, ' whitehouse '],
  [/\bmaximum pressure\b/g, ' maximumpressure '],
];

// Canonical word ← the words folded into it (British spellings, synonyms readouts use, irregular forms).
const SYNONYM_GROUPS: [string, string][] = [
  ['railway', 'rail railroad railroads railways'],
  ['aid', 'assistance'],
  ['talk', 'talks negotiations negotiation dialogue dialog'],
  ['implement', 'enforcement enforce enforcing implementation implementing'],
  ['exemption', 'waiver waivers exemptions'],
  ['denuclear', 'denuke'],
  ['nuclear', 'nukes nuke'],
  ['meet', 'met'],
  ['hold', 'held'],
  ['say', 'said'],
  ['make', 'made'],
  ['begin', 'began begun'],
  ['first', 'inaugural'],
  ['organization', 'agencies agency organisations organizations organisation'],
  ['center', 'centre'],
  ['program', 'programme'],
  ['defense', 'defence'],
  ['license', 'licence'],
  ['favor', 'favour'],
  ['honor', 'honour'],
  ['labor', 'labour'],
  ['endeavor', 'endeavour'],
  ['behavior', 'behaviour'],
];
const SYNONYMS = new Map(
  SYNONYM_GROUPS.flatMap(([canonical, words]) => words.split(' ').map((word) => [word, canonical] as const)),
);

// Function words, and words every readout uses ("the two sides discussed") that say nothing about a point.
const STOP_WORDS = new Set(
  (
    'a an the and or but if then than that this these those there here of to in on at by for from with ' +
    'as into onto over under about between through during before after above below up down out off again ' +
    'further once is are was were be been being am have has had having do does did doing will would shall ' +
    'should can could may might must it its they them their theirs he him his she her we us our ours you ' +
    'your i me my which who whom whose what when where why how all any each few more most other some such ' +
    'only own same so too very just also both either s t well including include includes regarding ' +
    'until while because since via per let already yet still upon within ' +
    'side sides two today discuss discussed discussing discussion discussions delegation delegations ' +
    'way ways matter matters issue issues topic topics readout spokesperson statement ' +
    'emphasize emphasized emphasise emphasised stress stressed underscore underscored note noted ' +
    'reaffirm reaffirmed express expressed importance'
  ).split(' '),
);
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'without', 'cannot', 'none']);
const PREFIXES_TO_JOIN = new Set('inter co non re pre post anti ground cross multi de'.split(' '));

/** Tokens naming a party: shared by nearly every point, so they never make two points one topic. */
export const PARTY_TOKENS: ReadonlySet<string> = new Set(['usa', 'rok', 'dprk', 'un']);

/** Porter-like light stemmer: enough to fold plurals, -ed/-ing and -ization/-ize forms together. */
export function stemWord(word: string): string {
  let stem = word
    .replace(/(?<=\p{L}{2})is(e|ed|es|ing|ation|ations)$/u, 'iz$1')
    .replace(/(?<=\p{L}{2})yse(s|d)?$/u, 'yze$1');
  if (stem.length <= 3 || !/^[a-z]+$/.test(stem)) return stem;
  stem = stem.replace(/ie[sd]$/, 'y').replace(/sses$/, 'ss');
  if (/[^suis]s$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.endsWith('eed')) stem = stem.slice(0, -1);
  else {
    const stripped = stem.replace(/(?:ing|ed)$/, '');
    if (stripped !== stem && stripped.length >= 3 && /[aeiouy]/.test(stripped)) {
      stem = /([^aeioulsz])\1$/.test(stripped) ? stripped.slice(0, -1) : stripped;
    }
  }
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  for (const [suffix, replacement, minLength] of [
    ['ization', '', 4],
    ['ation', '', 4],
    ['ment', '', 4],
    ['ness', '', 4],
    ['ly', '', 4],
    ['iz', '', 4],
    ['at', '', 6],
    ['sion', 's', 4],
    ['tion', 't', 4],
  ] as const) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minLength) {
      return stem.slice(0, -suffix.length) + replacement;
    }
  }
  return stem;
}

/** Lower-cased words with party names folded, numbers as #value and hyphenated prefixes joined. */
export function listWords(text: string): string[] {
  let folded = text.replace(/[’‘]/g, "'");
  for (const [pattern, name] of CASED_NAMES) folded = folded.replace(pattern, name);
  folded = folded.toLowerCase();
  for (const [pattern, name] of NAME_PHRASES) folded = folded.replace(pattern, name);
  folded = folded
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, '')
    .replace(/\b(\p{L}+)-(\p{L}+)\b/gu, (whole, first: string, second: string) =>
      PREFIXES_TO_JOIN.has(first) ? first + second : `${first} ${second}`,
    );
  return folded.match(/#[\d.]+|[\p{L}\p{N}]+/gu) ?? [];
}

/** Everything the comparison needs to know about one point. */
export function analysePoint(text: string): AnalysedPoint {
  const { rest, numbers, dates } = extractMentions(text);
  const tokens = new Set<string>();
  const wordOf = new Map<string, string>();
  let negations = 0;
  for (const word of listWords(rest)) {
    if (NEGATIONS.has(word)) negations += 1;
    if (STOP_WORDS.has(word) || NEGATIONS.has(word)) continue;
    const stem = word.startsWith('#') ? word : stemWord(SYNONYMS.get(word) ?? word);
    if (stem.length < 2 && !/\p{Lo}/u.test(stem)) continue;
    tokens.add(stem);
    if (!wordOf.has(stem)) wordOf.set(stem, word.startsWith('#') ? word.slice(1) : word);
  }
  return { text, tokens, wordOf, numbers, dates, isNegated: negations % 2 === 1 };
}
