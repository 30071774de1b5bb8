/** Korean family names: which spellings name a family, so that Jon ≠ Jo and Ku ≠ Ko. */
import { canonicalizeToken } from './canonical.js';
import { romanizeHangul } from './hangul.js';

// The common family names (about 99% of Koreans), in Hangul; romanized both ways below.
const SURNAMES_HANGUL =
  '김이리박최정강조윤장임림한오서신권황안송전홍유류고문양손배백허노로남심하곽성차주우구민나라진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌갈계팽승간상시';

// Spellings in use besides the two romanizations (South Korean passports, the press).
const EXTRA_SPELLINGS: Record<string, string[]> = {
  이: ['lee', 'yi', 'rhee', 'rhie', 'li'],
  박: ['park', 'bak', 'pack'],
  최: ['choi', 'chwe', 'choy'],
  정: ['jung', 'chung', 'jeong', 'cheong'],
  조: ['jo', 'joe', 'cho'],
  장: ['jang', 'chang'],
  전: ['jeon', 'jun', 'chun'],
  유: ['yoo', 'you'],
  류: ['ryoo', 'yoo', 'lyu', 'ryu'],
  윤: ['yoon'],
  임: ['lim', 'im', 'rim'],
  오: ['oh'],
  한: ['hahn'],
  안: ['ahn'],
  신: ['shin'],
  손: ['sohn'],
  노: ['roh', 'noh'],
  문: ['moon'],
  구: ['koo', 'goo'],
  주: ['joo', 'ju', 'choo'],
  우: ['woo'],
  심: ['shim'],
  성: ['sung'],
  홍: ['hong'],
  권: ['kwon', 'gwon'],
  황: ['hwang'],
  곽: ['kwak'],
  고: ['koh', 'go'],
  김: ['gim'],
  강: ['gang'],
};

const INITIAL_SWAPS: [RegExp, string][] = [
  [/^ch/, 'j'],
  [/^j/, 'ch'],
  [/^k/, 'g'],
  [/^g/, 'k'],
  [/^t/, 'd'],
  [/^d/, 't'],
  [/^p/, 'b'],
  [/^b/, 'p'],
];

// The North writes ㅈ/ㄱ/ㄷ/ㅂ unvoiced and the South voiced, so Chong/Jong, Kang/Gang name one family.
function withInitialVariants(spelling: string): string[] {
  const swapped = INITIAL_SWAPS.filter(([pattern]) => pattern.test(spelling)).map(([pattern, to]) =>
    spelling.replace(pattern, to),
  );
  return [spelling, ...swapped];
}

function buildSurnameTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const hangul of SURNAMES_HANGUL) {
    const { north, south } = romanizeHangul(hangul);
    const spellings = [north, south, ...(EXTRA_SPELLINGS[hangul] ?? [])].map((s) => s.toLowerCase());
    const key = canonicalizeToken(north.toLowerCase());
    for (const spelling of spellings.flatMap(withInitialVariants))
      if (!table.has(spelling)) table.set(spelling, key);
  }
  return table;
}

const SURNAME_KEYS = buildSurnameTable();

/** The canonical key of a family-name spelling, or null when the spelling is no Korean family name. */
export function findSurnameKey(surface: string): string | null {
  return SURNAME_KEYS.get(surface) ?? null;
}
