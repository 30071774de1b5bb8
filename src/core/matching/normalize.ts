/** Text folding and tokenization shared by the index and the queries. */
import { hasHangul, romanizeHangul } from './hangul.js';

// Kontsevich-style Russian Cyrillic → Latin (Korean names in Russian sources, Russian names in the list).
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'u',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
};

const APOSTROPHES = /['’‘`´ʼʻ′"“”]/g;

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

export function transliterateCyrillic(text: string): string {
  // Kontsevich writes aspiration with х after the stop: Чхве = Ch'oe, Пхеньян = P'yŏngyang.
  const aspirated = text.replace(/([чЧкКтТпП])[хХ]/g, '$1');
  return aspirated.replace(/[\u0400-\u04ff]/g, (char) => {
    const lower = char.toLowerCase();
    return CYRILLIC[lower] ?? lower;
  });
}

/**
 * Lowercases, strips accents and McCune–Reischauer breves (ŏ → o, ŭ → u) and apostrophes
 * ("CH'OE", "SO’K"), and turns every other non-letter into a space.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits folded text into tokens; a run of CJK ideographs stays one token. */
export function tokenize(folded: string): string[] {
  return folded.split(' ').filter((token) => token.length > 0);
}

/** Tokens with the words as typed beside them, for explanations ("Choi" rather than "choi"). */
export function tokenizeWithDisplay(text: string): { token: string; display: string }[] {
  return text.split(/[\s\-‐‑–—_,.;:/()[\]&+]+/).flatMap((word) => {
    const tokens = tokenize(foldText(word));
    return tokens.map((token) => ({ token, display: tokens.length === 1 ? word.trim() : token }));
  });
}

/** The spellings a query should be tried under: as typed, and romanized when it holds Hangul or Cyrillic. */
export function expandScripts(text: string): { text: string; script: string }[] {
  const variants: { text: string; script: string }[] = [];
  if (hasHangul(text)) {
    const { north, south } = romanizeHangul(text);
    variants.push({ text: north, script: 'Hangul (North romanization)' });
    variants.push({ text: south, script: 'Hangul (South romanization)' });
    return variants;
  }
  variants.push({ text, script: '' });
  if (hasCyrillic(text))
    variants.push({ text: transliterateCyrillic(text), script: 'Cyrillic (transliterated)' });
  return variants;
}

export function isLatinToken(token: string): boolean {
  return /^[a-z0-9]+$/.test(token);
}
