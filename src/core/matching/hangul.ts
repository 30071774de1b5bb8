/** Hangul syllable arithmetic and the two romanizations (North: McCune–Reischauer as the UN list writes it; South: Revised Romanization). */

const SYLLABLE_BASE = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const VOWEL_COUNT = 21;
const FINAL_COUNT = 28;

// Initial consonants in Unicode order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
const INITIAL_NORTH = [
  'k',
  'kk',
  'n',
  't',
  'tt',
  'r',
  'm',
  'p',
  'pp',
  's',
  'ss',
  '',
  'ch',
  'tch',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const INITIAL_NORTH_VOICED = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'tch',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const INITIAL_SOUTH = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
// Vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ (the UN list drops the breves of ŏ/ŭ)
const VOWEL_NORTH = [
  'a',
  'ae',
  'ya',
  'yae',
  'o',
  'e',
  'yo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'u',
  'ui',
  'i',
];
const VOWEL_SOUTH = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
// Finals: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
const FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

const JAMO_RIEUL = 5;
const JAMO_NIEUN = 2;
// Vowels that start with i or y: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ — the South drops an initial ㄹ/ㄴ before them.
const I_LIKE_VOWELS = new Set([2, 3, 6, 7, 12, 17, 20]);

// Two-syllable family names; everything else takes the first syllable as the family name.
const DOUBLE_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방']);

export type Jamo = { initial: number; vowel: number; final: number };

export function isHangulSyllable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= SYLLABLE_BASE && code <= SYLLABLE_LAST;
}

export function hasHangul(text: string): boolean {
  return /[\uac00-\ud7a3]/.test(text);
}

/** Splits a precomposed syllable into its initial, vowel and final indices. */
export function decomposeSyllable(char: string): Jamo | null {
  if (!isHangulSyllable(char)) return null;
  const offset = (char.codePointAt(0) ?? 0) - SYLLABLE_BASE;
  return {
    initial: Math.floor(offset / (VOWEL_COUNT * FINAL_COUNT)),
    vowel: Math.floor(offset / FINAL_COUNT) % VOWEL_COUNT,
    final: offset % FINAL_COUNT,
  };
}

function romanizeSyllable(jamo: Jamo, previous: Jamo | undefined, system: 'north' | 'south'): string {
  let initial: string;
  if (system === 'south') {
    initial = INITIAL_SOUTH[jamo.initial] ?? '';
    // 두음법칙: the South writes a word-initial ㄹ as ㄴ, and drops ㄹ/ㄴ before i/y.
    if (!previous && (jamo.initial === JAMO_RIEUL || jamo.initial === JAMO_NIEUN)) {
      initial = I_LIKE_VOWELS.has(jamo.vowel) ? '' : 'n';
    }
    if (previous?.final === 8 && jamo.initial === JAMO_RIEUL) initial = 'l';
  } else {
    const voiced = previous !== undefined && isVoicedFinal(previous.final);
    initial = (voiced ? INITIAL_NORTH_VOICED : INITIAL_NORTH)[jamo.initial] ?? '';
  }
  const vowel = (system === 'south' ? VOWEL_SOUTH : VOWEL_NORTH)[jamo.vowel] ?? '';
  return initial + vowel + (FINAL[jamo.final] ?? '');
}

function romanizeSyllables(syllables: Jamo[], system: 'north' | 'south'): string[] {
  return syllables.map((jamo, index) => romanizeSyllable(jamo, syllables[index - 1], system));
}

function romanizeWord(syllables: Jamo[], system: 'north' | 'south'): string {
  return romanizeSyllables(syllables, system).join('');
}

function isVoicedFinal(final: number): boolean {
  // After a vowel or a sonorant (ㄴ ㄹ ㅁ ㅇ) McCune–Reischauer voices k/t/p/ch.
  return final === 0 || final === 4 || final === 8 || final === 16 || final === 21;
}

function capitalize(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1);
}

function romanizeName(word: string, system: 'north' | 'south'): string {
  const chars = [...word];
  const familyLength = chars.length >= 3 && DOUBLE_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  const family = chars.slice(0, familyLength).map((c) => decomposeSyllable(c)!);
  const given = chars.slice(familyLength).map((c) => decomposeSyllable(c)!);
  let familyText = romanizeWord(family, system);
  // 이/리 as a family name: the South spells it Lee, never a bare "I".
  if (system === 'south' && familyText === 'i') familyText = 'lee';
  // The North writes the same family names with their ㄹ: 이 → 리 (RI), 노 → 로 (RO).
  if (system === 'north' && (familyText === 'i' || familyText === 'no'))
    familyText = 'r' + familyText.slice(familyText === 'no' ? 1 : 0);
  if (system === 'north') {
    const givenText = romanizeSyllables(given, 'north').join(' ');
    return [familyText, givenText].filter(Boolean).join(' ').toUpperCase();
  }
  return [capitalize(familyText), capitalize(romanizeSyllables(given, 'south').join('-'))]
    .filter(Boolean)
    .join(' ');
}

/**
 * Romanizes Hangul both ways. A run of 2–4 syllables is read as a personal name (family name first);
 * other text is romanized word by word. Non-Hangul characters pass through.
 */
export function romanizeHangul(text: string): { north: string; south: string } {
  const render = (system: 'north' | 'south'): string =>
    text.replace(/[\uac00-\ud7a3]+/g, (run) => {
      const length = [...run].length;
      const looksLikeName = length >= 2 && length <= 4 && !/\s/.test(run);
      if (looksLikeName) return romanizeName(run, system);
      const word = romanizeWord(
        [...run].map((c) => decomposeSyllable(c)!),
        system,
      );
      return system === 'north' ? word.toUpperCase() : capitalize(word);
    });
  return { north: render('north'), south: render('south') };
}
