export interface GazetteerEntry {
  name: string;
  kind: 'place' | 'organization';
  /** other spellings found in reporting, matched case-sensitively */
  aliases: readonly string[];
}

/** How Korean-language copy writes the same places and bodies (particles attach after them: "서울에서"). */
const HANGUL_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Seoul: ['서울'],
  Washington: ['워싱턴'],
  Pyongyang: ['평양'],
  Panmunjom: ['판문점'],
  Kaesong: ['개성'],
  'Panmun Station': ['판문역'],
  Sinuiju: ['신의주'],
  Dorasan: ['도라산역', '도라산'],
  Singapore: ['싱가포르'],
  'New York': ['뉴욕'],
  Hanoi: ['하노이'],
  Beijing: ['베이징'],
  Tokyo: ['도쿄'],
  Moscow: ['모스크바'],
  'Mount Kumgang': ['금강산'],
  'North Korea': ['북한', '북측'],
  'South Korea': ['한국', '남측'],
  'United States': ['미국'],
  China: ['중국'],
  Japan: ['일본'],
  Russia: ['러시아'],
  'Cheong Wa Dae': ['청와대'],
  'White House': ['백악관'],
  'State Department': ['국무부', '미 국무부'],
  'Ministry of Unification': ['통일부'],
  'Ministry of Foreign Affairs': ['외교부'],
  'UN Security Council': ['유엔 안전보장이사회', '안보리'],
  '1718 Committee': ['대북제재위원회'],
  'United Nations': ['유엔'],
  KCNA: ['조선중앙통신'],
  Yonhap: ['연합뉴스'],
  'Rodong Sinmun': ['노동신문'],
  'Committee for the Peaceful Reunification of the Country': ['조국평화통일위원회', '조평통'],
};
/** Places and organizations of the Korean Peninsula file, with the spellings wire services use. */
const ENGLISH_GAZETTEER: readonly GazetteerEntry[] = [
  { name: 'Seoul', kind: 'place', aliases: [] },
  {
    name: 'Washington',
    kind: 'place',
    aliases: ['Washington, D.C.', 'Washington, DC', 'Washington DC', 'Washington D.C.', 'WASHINGTON'],
  },
  { name: 'Pyongyang', kind: 'place', aliases: ['PYONGYANG'] },
  { name: 'Panmunjom', kind: 'place', aliases: ['Panmunjeom', 'truce village of Panmunjom'] },
  { name: 'Kaesong', kind: 'place', aliases: ['Gaeseong'] },
  { name: 'Panmun Station', kind: 'place', aliases: ['Panmun station'] },
  { name: 'Sinuiju', kind: 'place', aliases: ['Sinuiju City'] },
  { name: 'Dorasan', kind: 'place', aliases: ['Dorasan Station', 'Dorasan station'] },
  { name: 'Singapore', kind: 'place', aliases: [] },
  { name: 'New York', kind: 'place', aliases: ['New York City', 'NEW YORK'] },
  { name: 'Hanoi', kind: 'place', aliases: [] },
  { name: 'Beijing', kind: 'place', aliases: ['BEIJING'] },
  { name: 'Tokyo', kind: 'place', aliases: ['TOKYO'] },
  { name: 'Moscow', kind: 'place', aliases: [] },
  { name: 'Vladivostok', kind: 'place', aliases: [] },
  { name: 'Busan', kind: 'place', aliases: ['Pusan'] },
  { name: 'Punggye-ri', kind: 'place', aliases: ['Punggye-ri nuclear test site', 'Punggyeri'] },
  { name: 'Yongbyon', kind: 'place', aliases: ['Yongbyon nuclear complex'] },
  { name: 'Sohae', kind: 'place', aliases: ['Tongchang-ri'] },
  { name: 'Mount Kumgang', kind: 'place', aliases: ['Mt. Kumgang', 'Mount Geumgang', 'Kumgangsan'] },
  { name: 'DMZ', kind: 'place', aliases: ['Demilitarized Zone', 'demilitarized zone'] },
  {
    name: 'North Korea',
    kind: 'place',
    aliases: ['DPRK', 'N. Korea', "Democratic People's Republic of Korea", 'the North'],
  },
  { name: 'South Korea', kind: 'place', aliases: ['ROK', 'S. Korea', 'Republic of Korea'] },
  { name: 'United States', kind: 'place', aliases: ['U.S.', 'US', 'USA', 'United States of America'] },
  { name: 'China', kind: 'place', aliases: [] },
  { name: 'Japan', kind: 'place', aliases: [] },
  { name: 'Russia', kind: 'place', aliases: [] },
  {
    name: 'Cheong Wa Dae',
    kind: 'organization',
    aliases: ['Blue House', 'Chong Wa Dae', 'presidential office Cheong Wa Dae'],
  },
  { name: 'White House', kind: 'organization', aliases: [] },
  {
    name: 'State Department',
    kind: 'organization',
    aliases: ['Department of State', 'U.S. State Department', 'US State Department'],
  },
  { name: 'Ministry of Unification', kind: 'organization', aliases: ['Unification Ministry', 'MOU'] },
  { name: 'Ministry of Foreign Affairs', kind: 'organization', aliases: ['Foreign Ministry', 'MOFA'] },
  { name: 'Ministry of National Defense', kind: 'organization', aliases: ['Defense Ministry'] },
  { name: 'National Security Council', kind: 'organization', aliases: ['NSC'] },
  {
    name: 'UN Security Council',
    kind: 'organization',
    aliases: ['U.N. Security Council', 'UNSC', 'United Nations Security Council', 'Security Council'],
  },
  {
    name: '1718 Committee',
    kind: 'organization',
    aliases: ['1718 Sanctions Committee', 'sanctions committee', 'Sanctions Committee'],
  },
  { name: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'] },
  {
    name: "Workers' Party of Korea",
    kind: 'organization',
    aliases: ['WPK', 'Workers’ Party of Korea', 'ruling Workers’ Party'],
  },
  { name: 'CIA', kind: 'organization', aliases: ['Central Intelligence Agency'] },
  { name: 'KCNA', kind: 'organization', aliases: ['Korean Central News Agency'] },
  { name: 'Yonhap', kind: 'organization', aliases: ['Yonhap News Agency'] },
  { name: 'Rodong Sinmun', kind: 'organization', aliases: ['Rodong Shinmun'] },
  { name: 'Korea Herald', kind: 'organization', aliases: ['The Korea Herald'] },
  { name: 'Associated Press', kind: 'organization', aliases: ['AP'] },
  { name: 'Reuters', kind: 'organization', aliases: [] },
  {
    name: 'Committee for the Peaceful Reunification of the Country',
    kind: 'organization',
    aliases: ['Committee for the Peaceful Reunification of Korea', 'CPRK'],
  },
  { name: 'Korean Peninsula', kind: 'place', aliases: ['Korean peninsula'] },
];

export const GAZETTEER: readonly GazetteerEntry[] = ENGLISH_GAZETTEER.map((entry) => ({
  ...entry,
  aliases: [...entry.aliases, ...(HANGUL_SPELLINGS[entry.name] ?? [])],
}));

/** The Korean spelling of a gazetteer name, for titles of events read from Korean copy. */
export function koreanSpellingOf(name: string): string {
  return HANGUL_SPELLINGS[name]?.[0] ?? name;
}

/** News outlets: they print the story (in the dateline), they are not who made the statement in it. */
export const OUTLETS: ReadonlySet<string> = new Set([
  'KCNA',
  'Yonhap',
  'Rodong Sinmun',
  'Korea Herald',
  'Associated Press',
  'Reuters',
]);

const BY_LOWER_NAME = new Map<string, GazetteerEntry>();
for (const entry of GAZETTEER) {
  for (const spelling of [entry.name, ...entry.aliases]) BY_LOWER_NAME.set(spelling.toLowerCase(), entry);
}

/** The gazetteer entry for a spelling, ignoring case ("blue house" → Cheong Wa Dae). */
export function lookUpGazetteer(spelling: string): GazetteerEntry | undefined {
  return BY_LOWER_NAME.get(spelling.toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Datelines print the city in capitals: "SEOUL, Dec. 21 (Yonhap)".
const SPELLINGS = GAZETTEER.flatMap((entry) =>
  [entry.name, ...entry.aliases, ...(entry.kind === 'place' ? [entry.name.toUpperCase()] : [])].map(
    (spelling) => ({
      spelling,
      entry,
    }),
  ),
);
const BY_SPELLING = new Map(SPELLINGS.map(({ spelling, entry }) => [spelling, entry]));

/** One alternation, longest spelling first, so "Washington, D.C." wins over "Washington". */
export const GAZETTEER_PATTERN = new RegExp(
  `(?<![A-Za-z.])(?:${[...BY_SPELLING.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![A-Za-z$])`,
  'g',
);

export function entryForSpelling(spelling: string): GazetteerEntry | undefined {
  return BY_SPELLING.get(spelling);
}
