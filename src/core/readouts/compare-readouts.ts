import { diffDates, diffNumbers } from './mentions.js';
import { analysePoint, PARTY_TOKENS } from './normalise.js';
import type { AnalysedPoint } from './normalise.js';
import { splitIntoPoints } from './split-points.js';

export interface Readout {
  party: string;
  body: string;
}

export interface MatchedPoints {
  a: string;
  b: string;
  /** 0..1 */
  similarity: number;
}

export interface ReadoutComparison {
  /** points both made */
  both: MatchedPoints[];
  /** points only the first readout made */
  onlyA: string[];
  onlyB: string[];
  /** the same topic put differently, or with a different number, date or negation */
  different: (MatchedPoints & { note: string })[];
}

export interface CompareOptions {
  /** from this similarity on, two points say the same thing (unless a number, date or negation differs) */
  sameThreshold?: number;
  /** below this similarity, two points are not about the same thing */
  topicThreshold?: number;
}

const DEFAULT_SAME = 0.5;
const DEFAULT_TOPIC = 0.15;

/**
 * Same topic: two content words in common besides the parties' names (one if a point has only one),
 * so that "sanctions relief" and "maximum pressure through sanctions" are not one point.
 */
function isSameTopic(a: AnalysedPoint, b: AnalysedPoint): boolean {
  const content = (point: AnalysedPoint) => [...point.tokens].filter((token) => !PARTY_TOKENS.has(token));
  const contentA = content(a);
  const shared = contentA.filter((token) => b.tokens.has(token)).length;
  return shared >= Math.min(2, contentA.length, content(b).length) && shared > 0;
}

/**
 * Rarer words weigh more: a word in most points of a readout ("the United States …") tells little apart.
 * Counted within each readout, so that a word once on each side is as rare as it gets.
 */
function weighWords(pointsA: AnalysedPoint[], pointsB: AnalysedPoint[]): (token: string) => number {
  const countIn = (points: AnalysedPoint[]) => {
    const counts = new Map<string, number>();
    for (const point of points)
      for (const token of point.tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const countsA = countIn(pointsA);
  const countsB = countIn(pointsB);
  const size = Math.max(pointsA.length, pointsB.length, 1);
  return (token) => 1 + Math.log(size / Math.max(countsA.get(token) ?? 1, countsB.get(token) ?? 1));
}

/** Weighted cosine of two token sets. */
function measureSimilarity(a: AnalysedPoint, b: AnalysedPoint, weightOf: (token: string) => number): number {
  let shared = 0;
  let normA = 0;
  let normB = 0;
  for (const token of a.tokens) {
    const weight = weightOf(token) ** 2;
    normA += weight;
    if (b.tokens.has(token)) shared += weight;
  }
  for (const token of b.tokens) normB += weightOf(token) ** 2;
  return normA === 0 || normB === 0 ? 0 : shared / Math.sqrt(normA * normB);
}

/** Why two matched points differ, or null when they say the same thing. */
function describeDifference(a: AnalysedPoint, b: AnalysedPoint, labels: [string, string]): string | null {
  const notes: string[] = [];
  const mention = (label: string, texts: string[]) =>
    `${label} mentions ${texts.length ? texts.join(', ') : 'none'}`;
  const numbers = diffNumbers(a.numbers, b.numbers);
  if (a.numbers.length && b.numbers.length && (numbers.onlyA.length || numbers.onlyB.length)) {
    notes.push(`${mention(labels[0], numbers.onlyA)}, ${mention(labels[1], numbers.onlyB)}`);
  }
  const dates = diffDates(a.dates, b.dates);
  if (a.dates.length && b.dates.length && (dates.onlyA.length || dates.onlyB.length)) {
    notes.push(`${mention(labels[0], dates.onlyA)}, ${mention(labels[1], dates.onlyB)}`);
  }
  if (a.isNegated !== b.isNegated)
    notes.push(`negation differs: ${a.isNegated ? labels[0] : labels[1]} negates`);
  return notes.length ? notes.join('; ') : null;
}

/** "put differently: KR says relief, encourage; US says stay, verified" from each side's rarest own words. */
function describeWording(
  a: AnalysedPoint,
  b: AnalysedPoint,
  labels: [string, string],
  weightOf: (token: string) => number,
): string {
  const ownWords = (point: AnalysedPoint, other: AnalysedPoint) =>
    [...point.tokens]
      .filter((token) => !other.tokens.has(token) && !token.startsWith('#'))
      .sort((x, y) => weightOf(y) - weightOf(x))
      .slice(0, 3)
      .map((token) => point.wordOf.get(token) ?? token);
  const parts = [
    [labels[0], ownWords(a, b)],
    [labels[1], ownWords(b, a)],
  ] as const;
  const said = parts
    .filter(([, words]) => words.length)
    .map(([label, words]) => `${label} says ${words.join(', ')}`);
  return said.length ? `put differently: ${said.join('; ')}` : 'put differently';
}

/**
 * Points both readouts made, points only one made, and points put differently. Points are bullet items
 * and sentences; each point of one readout is matched to at most one of the other, best matches first.
 */
export function compareReadouts(a: Readout, b: Readout, options: CompareOptions = {}): ReadoutComparison {
  const sameThreshold = options.sameThreshold ?? DEFAULT_SAME;
  const topicThreshold = options.topicThreshold ?? DEFAULT_TOPIC;
  const labels: [string, string] =
    a.party && b.party && a.party !== b.party ? [a.party, b.party] : ['A', 'B'];
  const pointsA = splitIntoPoints(a.body)
    .map(analysePoint)
    .filter((point) => point.tokens.size > 0);
  const pointsB = splitIntoPoints(b.body)
    .map(analysePoint)
    .filter((point) => point.tokens.size > 0);
  const weightOf = weighWords(pointsA, pointsB);

  const candidates: { i: number; j: number; similarity: number }[] = [];
  pointsA.forEach((pointA, i) =>
    pointsB.forEach((pointB, j) => {
      const similarity = measureSimilarity(pointA, pointB, weightOf);
      if (similarity >= topicThreshold && isSameTopic(pointA, pointB)) candidates.push({ i, j, similarity });
    }),
  );
  // Greedy best-first assignment; ties go to the earlier points so the result is stable.
  candidates.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  const partnerOfA = new Map<number, { j: number; similarity: number }>();
  const takenB = new Set<number>();
  for (const candidate of candidates) {
    if (partnerOfA.has(candidate.i) || takenB.has(candidate.j)) continue;
    partnerOfA.set(candidate.i, candidate);
    takenB.add(candidate.j);
  }

  const result: ReadoutComparison = { both: [], onlyA: [], onlyB: [], different: [] };
  pointsA.forEach((pointA, i) => {
    const partner = partnerOfA.get(i);
    const pointB = partner && pointsB[partner.j];
    if (!partner || !pointB) {
      result.onlyA.push(pointA.text);
      return;
    }
    const match = { a: pointA.text, b: pointB.text, similarity: Math.round(partner.similarity * 100) / 100 };
    const difference = describeDifference(pointA, pointB, labels);
    if (difference) result.different.push({ ...match, note: difference });
    else if (partner.similarity >= sameThreshold) result.both.push(match);
    else result.different.push({ ...match, note: describeWording(pointA, pointB, labels, weightOf) });
  });
  pointsB.forEach((pointB, j) => {
    if (!takenB.has(j)) result.onlyB.push(pointB.text);
  });
  return result;
}
