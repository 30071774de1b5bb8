// Korean family names as romanized in Seoul and Pyongyang reporting (Lee/Ri/Rhee/Yi, Park/Pak, Choi/Choe …).
const KOREAN_SURNAMES = (
  'Kim | Lee | Ri | Rhee | Yi | Park | Pak | Choi | Choe | Chung | Jung | Jong | Chong | Kang | ' +
  'Cho | Jo | Yoon | Yun | Jang | Chang | Lim | Im | Rim | Han | Oh | Seo | So | Shin | Sin | Kwon | ' +
  'Hwang | Ahn | An | Song | Yoo | Yu | Ryu | Hong | Jeon | Jon | Chon | Chun | Ko | Koh | Moon | ' +
  'Mun | Son | Bae | Pae | Baek | Paek | Heo | Ho | Nam | Noh | Roh | Ro | Ha | Kwak | Sung | Song | ' +
  'Cha | Joo | Ju | Woo | U | Min | Jin | Thae | Hyon | Hyun | Pyon | Byun | Ryom | Yang | Won | ' +
  'Kong | Ok | Ryong | Suh | Chae | Kye | Ri | Tak'
).split(' | ');
export const KOREAN_SURNAME_SET = new Set(KOREAN_SURNAMES);

// Capitalised words that follow a surname in prose but are no given name ("Kim Said", "Moon Tuesday").
const NOT_GIVEN_NAMES = new Set(
  (
    'Said Says The And For With From Into Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
    'February March April May June July August September October November December Jong-un River Station ' +
    'Administration Government Ministry Committee Party Province City Island University'
  ).split(' '),
);

const SURNAME_ALTERNATION = [...KOREAN_SURNAME_SET].sort((a, b) => b.length - a.length).join('|');
/** "Kim Yong-chol", "Moon Jae-in" (hyphenated) or "Kim Yong Chol", "Ri Yong Ho" (three spaced words). */
export const KOREAN_NAME_PATTERN = new RegExp(
  `\\b(?:${SURNAME_ALTERNATION})\\s(?:[A-Z][a-z]{1,8}-[a-z]{1,8}|[A-Z][a-z]{1,8}\\s[A-Z][a-z]{1,8})\\b(?![-'’][A-Za-z])`,
  'g',
);

// One romanized Korean syllable: initial consonant(s), optional glide, vowels, optional final.
const KOREAN_SYLLABLE =
  /^(?:[bcdghjklmnprstwy]|ch|kk|tt|pp|ss|jj|sh|th|ts|ph|kh|wh)?[wy]?[aeiou]{1,3}(?:ng|n|m|l|k|p|t|r|g|b)?$/i;

/** True for "Kim Yong-chol", "Ri Yong Ho"; false for headline words such as "Kim Holds Talks". */
export function isPlausibleKoreanName(name: string): boolean {
  const given = name.split(/\s+/).slice(1);
  return given.every(
    (word) => !NOT_GIVEN_NAMES.has(word) && word.split('-').every((part) => KOREAN_SYLLABLE.test(part)),
  );
}

// Titles that introduce a name in wire copy, longest first; matched case-insensitively.
const TITLE_HEADS = (
  'Special Representative | Special Envoy | Deputy Assistant Secretary | Assistant Secretary | ' +
  'Deputy Secretary | Secretary of State | Secretary-General | Secretary General | Secretary | ' +
  'First Vice Foreign Minister | Vice Foreign Minister | Foreign Minister | Unification Minister | ' +
  'Defense Minister | Vice Minister | Minister | Vice Chairman | Chairman | Vice President | ' +
  'President | Prime Minister | National Security Adviser | National Security Advisor | Adviser | ' +
  'Advisor | Deputy Spokesperson | Spokesperson | Spokesman | Spokeswoman | Ambassador | ' +
  'Director-General | Director General | Director | Chief of Staff | Chief | Envoy | Senator | ' +
  'Sen. | Rep. | Gen. | Leader | Head | Chief Negotiator | Nuclear Envoy | Counterpart | Official | Mr. | ' +
  'Ms. | Mrs. | Dr. | Representative | Undersecretary | Under Secretary | Commissioner | Premier | Lawmaker'
).split(' | ');
export const TITLE_HEAD_PATTERN = new RegExp(
  `\\b(?:(?:acting|deputy|senior|principal|first)\\s+)*(?:${TITLE_HEADS.map((t) => t.replace(/[.]/g, '\\.')).join('|')})(?![A-Za-z])`,
  'gi',
);

/** Words of a qualifier between a title and the name: "for North Korea", "of State for East Asian …". */
const QUALIFIER_WORD = /^(?:for|of|on|and|the|[A-Z][A-Za-z.'’-]*)$/;
const NAME_WORD = /^[A-Z][a-z]+(?:-[a-z]+)?$/;

/**
 * The name a title introduces: the last two capitalised words of the run after the title (three for a
 * spaced Korean name, one when `knownSurnames` holds it: "Special Representative Biegun").
 */
export function readNameAfterTitle(after: string, knownSurnames: ReadonlySet<string>): string | null {
  const words = after.slice(0, 160).trimStart().split(/\s+/);
  const run: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[,;:.!?)"”’]+$/, '').replace(/['’]s$/, '');
    if (!QUALIFIER_WORD.test(word) || word === '') break;
    run.push(word);
    if (word !== raw.replace(/['’]s$/, '')) break; // punctuation ends the name
    if (run.length > 12) break;
  }
  while (run.length > 0 && !NAME_WORD.test(run.at(-1) ?? '')) run.pop();
  const last = run.at(-1);
  if (!last) return null;
  const three = run.slice(-3);
  if (three.length === 3 && KOREAN_SURNAME_SET.has(three[0] ?? '') && three.every((w) => NAME_WORD.test(w)))
    return three.join(' ');
  const two = run.slice(-2);
  if (
    knownSurnames.has(last) &&
    (two.length < 2 ||
      !NAME_WORD.test(two[0] ?? '') ||
      /^(?:Korea|States|Affairs|Department|House)$/.test(two[0] ?? ''))
  )
    return last;
  if (two.length === 2 && two.every((w) => NAME_WORD.test(w))) return two.join(' ');
  // A title right before one name: "President Trump", "Special Representative Biegun".
  return run.length === 1 ? last : null;
}
