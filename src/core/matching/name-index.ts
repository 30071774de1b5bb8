/** Inverted index from phonetic keys (and their one-deletion neighbours) to name forms: candidate generation. */
import type { NameForm, NameToken } from './types.js';

const MIN_INDEXED_WEIGHT = 0.3;
const DELETION_MIN_LENGTH = 4;
const DELETION_FACTOR = 0.6;
// A key shared by this share of all forms says little; it is only read when nothing rarer matched.
const FREQUENT_SHARE = 0.03;
const FREQUENT_FLOOR = 300;
const RELATIVE_SUPPORT = 0.4;
const MAX_JOINED_LENGTH = 6;
const PART_WEIGHT = 0.5;

export type NameIndex = {
  forms: NameForm[];
  postings: Map<string, Int32Array>;
  frequentLimit: number;
  scratch: Float64Array;
};

/** The lookup keys of one spelling: itself and, when long enough, every one-letter deletion. */
export function keysOf(value: string, out: Map<string, number>, weight: number): void {
  const put = (key: string, w: number): void => {
    if ((out.get(key) ?? 0) < w) out.set(key, w);
  };
  put(value, weight);
  if (value.length < DELETION_MIN_LENGTH) return;
  for (let i = 0; i < value.length; i++)
    put(value.slice(0, i) + value.slice(i + 1), weight * DELETION_FACTOR);
}

/** Coarser than the canonical key, for lookup only: ㅓ/ㅗ/ㅜ/ㅡ merge and glides drop (Suk/Sok, Hyon/Hon). */
export function coarseKey(canon: string): string {
  return canon.replace(/u/g, 'o').replace(/[yhw]/g, '');
}

function tokenKeys(token: NameToken, out: Map<string, number>, weight: number): void {
  for (const canon of token.canons) keysOf(coarseKey(canon), out, weight);
}

export function buildNameIndex(forms: NameForm[]): NameIndex {
  const lists = new Map<string, number[]>();
  forms.forEach((form, formIndex) => {
    const keys = new Map<string, number>();
    for (const token of form.tokens) {
      if (token.baseWeight < MIN_INDEXED_WEIGHT) continue;
      tokenKeys(token, keys, 1);
      // Each syllable of a given name finds it too, typed apart and partly misspelt.
      for (const part of token.partCanons) keysOf(coarseKey(part), keys, PART_WEIGHT);
    }
    for (const key of keys.keys()) {
      const list = lists.get(key);
      if (list) list.push(formIndex);
      else lists.set(key, [formIndex]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [key, list] of lists) postings.set(key, Int32Array.from(list));
  const frequentLimit = Math.max(FREQUENT_FLOOR, Math.floor(forms.length * FREQUENT_SHARE));
  return { forms, postings, frequentLimit, scratch: new Float64Array(forms.length) };
}

/** Query keys: each token and each run of two or three adjacent tokens (a given name typed apart or together). */
export function queryKeys(tokens: NameToken[], keys: Map<string, number> = new Map()): Map<string, number> {
  for (let i = 0; i < tokens.length; i++) {
    let canon = '';
    let weight = 0;
    for (let size = 1; size <= 3 && i + size <= tokens.length; size++) {
      const token = tokens[i + size - 1]!;
      // Only syllable-sized tokens are run together: "Myong Chin" for MYONG-CHIN, not whole words.
      if (size > 1 && token.surface.length > MAX_JOINED_LENGTH) break;
      canon += token.canons[0]!;
      weight = Math.max(weight, token.baseWeight);
      if (weight < MIN_INDEXED_WEIGHT) continue;
      if (size === 1) tokenKeys(token, keys, weight);
      else keysOf(coarseKey(canon), keys, weight);
      if (token.surface.length > MAX_JOINED_LENGTH) break;
    }
  }
  return keys;
}

/** The forms most likely to match, best first, at most `limit`. */
export function findCandidates(index: NameIndex, keys: Map<string, number>, limit: number): number[] {
  const { scratch, postings, frequentLimit } = index;
  const touched: number[] = [];
  const frequent: [Int32Array, number][] = [];
  for (const [key, weight] of keys) {
    const list = postings.get(key);
    if (!list) continue;
    if (list.length > frequentLimit) {
      frequent.push([list, weight]);
      continue;
    }
    for (let k = 0; k < list.length; k++) {
      const form = list[k]!;
      if (scratch[form] === 0) touched.push(form);
      scratch[form] = scratch[form]! + weight;
    }
  }
  if (touched.length === 0) {
    for (const [list, weight] of frequent) {
      for (let k = 0; k < Math.min(list.length, frequentLimit); k++) {
        const form = list[k]!;
        if (scratch[form] === 0) touched.push(form);
        scratch[form] = scratch[form]! + weight;
      }
    }
  }
  // Forms far behind the best-supported one cannot reach the threshold; skip them.
  let top = 0;
  for (const form of touched) if (scratch[form]! > top) top = scratch[form]!;
  let selected = touched.filter((form) => scratch[form]! >= top * RELATIVE_SUPPORT);
  if (selected.length > limit) selected = selected.sort((a, b) => scratch[b]! - scratch[a]!).slice(0, limit);
  for (const form of touched) scratch[form] = 0;
  return selected;
}
