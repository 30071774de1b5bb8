/** String similarity on canonical keys and surface spellings, 0..1 (1 = same). */

// Substitutions that stay inside one romanization family cost less than a real typo.
const CHEAP_SUBSTITUTIONS: [string, number][] = [
  ['ou', 0.35], // ㅓ/ㅗ/ㅜ/ㅡ: Chul/Chol, Suk/Sok, Kyung/Kyong
  ['ei', 0.7], // ㅔ/ㅣ
  ['ae', 0.7], // ㅏ/ㅐ
  ['iu', 0.7], // ㅡ/ㅣ
  ['mn', 0.8],
  ['kt', 0.8],
];

const SUBSTITUTION = new Float64Array(128 * 128).fill(1);
for (let c = 0; c < 128; c++) SUBSTITUTION[c * 128 + c] = 0;
for (const [pair, cost] of CHEAP_SUBSTITUTIONS) {
  const a = pair.charCodeAt(0);
  const b = pair.charCodeAt(1);
  SUBSTITUTION[a * 128 + b] = cost;
  SUBSTITUTION[b * 128 + a] = cost;
}

function substitutionCost(a: number, b: number, weighted: boolean): number {
  if (a === b) return 0;
  if (!weighted || a >= 128 || b >= 128) return 1;
  return SUBSTITUTION[a * 128 + b]!;
}

function indelCost(code: number, weighted: boolean): number {
  // y, w and h come and go between systems (Hyon/Hon, Kwang/Kang, Ahn/An).
  return weighted && (code === 121 || code === 119 || code === 104) ? 0.5 : 1;
}

let rowPrevPrev = new Float64Array(64);
let rowPrev = new Float64Array(64);
let rowCurrent = new Float64Array(64);

function ensureCapacity(length: number): void {
  if (rowPrev.length > length) return;
  const size = Math.max(length + 1, rowPrev.length * 2);
  rowPrevPrev = new Float64Array(size);
  rowPrev = new Float64Array(size);
  rowCurrent = new Float64Array(size);
}

/**
 * Weighted Damerau–Levenshtein distance (optimal string alignment); stops early and returns Infinity
 * once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, weighted: boolean, limit = Infinity): number {
  if (a === b) return 0;
  const n = b.length;
  ensureCapacity(n + 1);
  rowPrev[0] = 0;
  for (let j = 1; j <= n; j++) rowPrev[j] = rowPrev[j - 1]! + indelCost(b.charCodeAt(j - 1), weighted);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const deleteCost = indelCost(ca, weighted);
    rowCurrent[0] = rowPrev[0]! + deleteCost;
    let rowMin = rowCurrent[0]!;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let best = rowPrev[j - 1]! + substitutionCost(ca, cb, weighted);
      const del = rowPrev[j]! + deleteCost;
      if (del < best) best = del;
      const ins = rowCurrent[j - 1]! + indelCost(cb, weighted);
      if (ins < best) best = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const transpose = rowPrevPrev[j - 2]! + 1;
        if (transpose < best) best = transpose;
      }
      rowCurrent[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return Infinity;
    const spare = rowPrevPrev;
    rowPrevPrev = rowPrev;
    rowPrev = rowCurrent;
    rowCurrent = spare;
  }
  return rowPrev[n]!;
}

/**
 * 1 − distance / longer length; short strings get no slack for a whole-letter change. Returns 0 for
 * anything below `floor` without finishing the computation.
 */
export function stringSimilarity(a: string, b: string, weighted: boolean, floor = 0): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const shortPenalty = longest <= 3 ? 0.15 : 0;
  const limit = (1 - floor - shortPenalty) * longest;
  if (Math.abs(a.length - b.length) > limit) return 0;
  const distance = editDistance(a, b, weighted, limit);
  if (distance === Infinity) return 0;
  return Math.max(0, 1 - distance / longest - (distance >= 1 ? shortPenalty : 0));
}
