import { GAZETTEER_PATTERN, entryForSpelling, lookUpGazetteer } from './gazetteer.js';

/** Optimal string alignment distance, enough to see "Beigun" for "Biegun". */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((token) => token !== '');
}

function isSameToken(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && editDistance(a, b) <= 1);
}

/** One name is contained in the other ("Biegun" in "Stephen Biegun", "Kim Yong-chol" = "Kim Yong Chol"). */
export function isSamePersonName(a: string, b: string): boolean {
  const [short, long] =
    nameTokens(a).length <= nameTokens(b).length
      ? [nameTokens(a), nameTokens(b)]
      : [nameTokens(b), nameTokens(a)];
  return short.length > 0 && short.every((token) => long.some((other) => isSameToken(token, other)));
}

export function haveCommonPerson(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => isSamePersonName(x, y)));
}

/** Canonical gazetteer names inside a free-text venue ("Ministry of Foreign Affairs, Seoul" → both). */
function canonicalPlaces(venue: string): Set<string> {
  const found = new Set<string>();
  const whole = lookUpGazetteer(venue.trim());
  if (whole) found.add(whole.name);
  for (const match of venue.matchAll(GAZETTEER_PATTERN)) {
    const entry = entryForSpelling(match[0]);
    if (entry) found.add(entry.name);
  }
  return found;
}

/** Same venue, by gazetteer name when both are known ("Blue House" = "Cheong Wa Dae"), else by text. */
export function isSamePlace(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const left = canonicalPlaces(a);
  const right = canonicalPlaces(b);
  if (left.size > 0 && right.size > 0) return [...left].some((name) => right.has(name));
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
