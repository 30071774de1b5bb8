/** Turns a name as written into weighted tokens: Korean family/given structure, organisation words. */
import { canonicalizeToken } from './canonical.js';
import { foldText, isLatinToken, tokenize, tokenizeWithDisplay } from './normalize.js';
import { findSurnameKey } from './surnames.js';
import type { NameForm, NameToken, TokenRole } from './types.js';
import { WORD_CLASS_WEIGHT, classifyWord, expandAbbreviation } from './vocabulary.js';

export const FAMILY_WEIGHT = 0.6;
export const GIVEN_WEIGHT = 1.4;

export type NameShape = 'korean-person' | 'person' | 'organization';

export function canonicalOf(surface: string): string {
  return isLatinToken(surface) ? canonicalizeToken(surface) : surface;
}

function makeToken(display: string, parts: string[], role: TokenRole, baseWeight: number): NameToken {
  const surface = parts.join('');
  const joined = parts.map(canonicalOf).join('');
  const whole = canonicalOf(surface);
  const canons = joined === whole ? [joined] : [joined, whole];
  const partCanons = parts.length > 1 ? parts.map(canonicalOf) : [];
  return { display, surface, canons, partCanons, role, baseWeight, weight: baseWeight };
}

/** Tokens of a personal name in written order, every token weighing 1 before rarity. */
export function tokenizePerson(text: string): NameToken[] {
  return tokenizeWithDisplay(text).map(({ token, display }) => makeToken(display, [token], 'word', 1));
}

/** Tokens of an organisation name: abbreviations expanded, legal forms and country words light. */
export function tokenizeOrganization(text: string): NameToken[] {
  return toOrganizationTokens(tokenizePerson(text));
}

/** Re-reads personal-name tokens as organisation words, reusing every token that does not change. */
export function toOrganizationTokens(tokens: NameToken[]): NameToken[] {
  return tokens.map((token) => {
    const word = expandAbbreviation(token.surface);
    const weight = WORD_CLASS_WEIGHT[classifyWord(word)];
    if (word === token.surface) return { ...token, baseWeight: weight, weight };
    return makeToken(token.display, [word], 'word', weight);
  });
}

function splitDisplay(text: string): string[] {
  return text
    .replace(/[-‐‑–]/g, ' ')
    .split(/\s+/)
    .filter((part) => foldText(part).length > 0);
}

/**
 * A Korean name: the family name and one given-name token (the UN list spaces or hyphens given names
 * at random, "MYONG-CHIN" / "CHUN RYONG"). `familyFirst` false reads "Chang-Su Han".
 */
export function tokenizeKorean(text: string, familyFirst: boolean): NameToken[] | null {
  const words = splitDisplay(text);
  if (words.length < 2 || words.length > 4) return null;
  const family = familyFirst ? words[0]! : words[words.length - 1]!;
  const given = familyFirst ? words.slice(1) : words.slice(0, -1);
  const familyParts = tokenize(foldText(family));
  const givenParts = given.flatMap((word) => tokenize(foldText(word)));
  if (familyParts.length !== 1 || givenParts.length === 0) return null;
  if (![...familyParts, ...givenParts].every(isLatinToken)) return null;
  return [
    makeToken(family, familyParts, 'family', FAMILY_WEIGHT),
    makeToken(given.join(' '), givenParts, 'given', GIVEN_WEIGHT),
  ];
}

/** Reads a personal name as Korean when its first (or else last) word is a Korean family-name spelling. */
export function guessKoreanTokens(text: string, familyHint?: string): NameToken[] | null {
  const words = splitDisplay(text).map((word) => foldText(word).replace(/ /g, ''));
  if (words.length < 2 || words.length > 4) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const hintKey = familyHint === undefined ? null : canonicalOf(foldText(familyHint).replace(/ /g, ''));
  const isFamily = (word: string): boolean =>
    (hintKey !== null && canonicalOf(word) === hintKey) || findSurnameKey(word) !== null;
  if (isFamily(first)) return tokenizeKorean(text, true);
  if (isFamily(last)) return tokenizeKorean(text, false);
  return null;
}

export function buildForm(
  owner: number,
  text: string,
  shape: NameShape,
  familyHint?: string,
): NameForm | null {
  let tokens: NameToken[] | null = null;
  if (shape === 'korean-person') tokens = guessKoreanTokens(text, familyHint) ?? tokenizePerson(text);
  else if (shape === 'person') tokens = guessKoreanTokens(text) ?? tokenizePerson(text);
  else tokens = tokenizeOrganization(text);
  if (tokens.length === 0) return null;
  const isKorean = tokens.some((token) => token.role === 'family');
  return { owner, text, tokens, isKorean, isOrganization: shape === 'organization' };
}
