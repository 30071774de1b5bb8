/**
 * Canonical phonetic keys for romanized (mostly Korean) names: every spelling system of one syllable
 * (McCune–Reischauer, Revised Romanization, the usual South Korean spellings) folds to one key.
 */

// Longest first: the scanner tries these at each position.
const VOWELS: [string, string][] = [
  ['yeo', 'yo'],
  ['yae', 'ye'],
  ['yoo', 'yu'],
  ['wae', 'we'],
  ['weo', 'wo'],
  ['eui', 'ui'],
  ['woo', 'u'],
  ['ae', 'e'],
  ['ai', 'e'],
  ['ay', 'e'],
  ['eo', 'o'],
  ['eu', 'u'],
  ['oe', 'we'],
  ['oi', 'we'],
  ['oy', 'we'],
  ['oo', 'u'],
  ['ee', 'i'],
  ['ea', 'i'],
  ['ui', 'ui'],
  ['wu', 'u'],
  ['yi', 'i'],
  ['ya', 'ya'],
  ['ye', 'ye'],
  ['yo', 'yo'],
  ['yu', 'yu'],
  ['wa', 'wa'],
  ['we', 'we'],
  ['wi', 'wi'],
  ['wo', 'wo'],
  ['a', 'a'],
  ['e', 'e'],
  ['i', 'i'],
  ['o', 'o'],
  ['u', 'u'],
];

const CONSONANTS: [string, string][] = [
  ['tch', 'c'],
  ['chh', 'c'],
  ['ch', 'c'],
  ['tsh', 'c'],
  ['ts', 'c'],
  ['tz', 'c'],
  ['dz', 'c'],
  ['zh', 'c'],
  ['kh', 'k'],
  ['gh', 'k'],
  ['ck', 'k'],
  ['th', 't'],
  ['ph', 'p'],
  ['sh', 's'],
  ['rh', 'r'],
  ['j', 'c'],
  ['c', 'c'],
  ['g', 'k'],
  ['k', 'k'],
  ['q', 'k'],
  ['d', 't'],
  ['t', 't'],
  ['b', 'p'],
  ['p', 'p'],
  ['l', 'r'],
  ['r', 'r'],
  ['v', 'w'],
];

const VOWEL_START = /[aeiouy]/;

function isVowelChar(char: string | undefined): boolean {
  return char !== undefined && 'aeiou'.includes(char);
}

// Names repeat (KIM, BANK, CHOL): remember recent keys instead of rescanning.
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** Folds one lowercase Latin token (no apostrophes) to its canonical phonetic key. */
export function canonicalizeToken(token: string): string {
  let key = memo.get(token);
  if (key === undefined) {
    key = scanToken(token);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token, key);
  }
  return key;
}

function scanToken(token: string): string {
  const word = token.replace(/(.)\1+/g, (run, char: string) =>
    'eo'.includes(char) ? run.slice(0, 2) : char,
  );
  const out: string[] = [];
  let i = 0;
  while (i < word.length) {
    const rest = word.slice(i);
    const char = word[i]!;
    if (char === 'h' && isVowelChar(word[i - 1]) && !VOWEL_START.test(word[i + 1] ?? '')) {
      i += 1; // "Hahn", "Nahm", "Oh": a silent h after a vowel
      continue;
    }
    if (char === 'r' && isVowelChar(word[i - 1]) && !VOWEL_START.test(word[i + 1] ?? '')) {
      i += 1; // "Park": an English-style r that only lengthens the vowel
      continue;
    }
    if (char === 'y' || char === 'w') {
      const vowel = VOWELS.find(([from]) => rest.startsWith(from));
      if (vowel && (vowel[0].length > 1 || char === 'y')) {
        out.push(vowel[1] === 'yu' && isNg(word, i + vowel[0].length) ? 'yo' : vowel[1]);
        i += vowel[0].length;
        continue;
      }
      out.push(char === 'y' ? 'i' : 'w');
      i += 1;
      continue;
    }
    const vowel = VOWELS.find(([from]) => rest.startsWith(from));
    if (vowel) {
      let key = vowel[1];
      // "Young", "Youn": ou before n is ㅓ/ㅕ; "Sung", "Jung", "Kyung": u before ng is usually ㅓ/ㅕ too.
      if (rest.startsWith('ou') && word[i + 2] === 'n') key = 'o';
      else if (key === 'u' && vowel[0].length === 1 && isNg(word, i + 1)) key = 'o';
      out.push(key);
      i += vowel[0].length;
      continue;
    }
    const consonant = CONSONANTS.find(([from]) => rest.startsWith(from));
    if (consonant) {
      out.push(consonant[1]);
      i += consonant[0].length;
      continue;
    }
    out.push(char);
    i += 1;
  }
  let key = out.join('');
  // Initial-sound rule: Ri/Lee/Yi/I, Ryu/Yu, Ryong/Yong, Ro/No — an initial r/l is dropped before i/y, else read n.
  if (key.startsWith('r') || key.startsWith('n')) {
    if (/^[rn][iy]/.test(key)) key = key.slice(1);
    else if (key.startsWith('r') && /^r[aeouw]/.test(key)) key = 'n' + key.slice(1);
  }
  if (key.startsWith('yi')) key = key.slice(1);
  return key.replace(/(.)\1+/g, '$1');
}

function isNg(word: string, at: number): boolean {
  return word[at] === 'n' && word[at + 1] === 'g';
}
