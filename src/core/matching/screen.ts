/** Screening names against the UN consolidated list. */
import type { SanctionsEntry } from '../sanctions/types.js';
import { createEngine, searchEngine } from './engine.js';
import type { MatchEngine } from './engine.js';
import { explainScore } from './explain.js';
import { expandListedName } from './listed-names.js';
import { buildForm, tokenizeKorean } from './name-form.js';
import type { NameForm, MatchEvidence } from './types.js';

/** Score at or above which a name is reported as a possible match. */
export const DEFAULT_THRESHOLD = 0.8;
export const DEFAULT_LIMIT = 10;

export type ScreeningIndex = { entries: SanctionsEntry[]; engine: MatchEngine };

export type ScreeningMatch = {
  referenceNumber: string;
  name: string;
  matchedName: string;
  kind: SanctionsEntry['kind'];
  regime: string;
  score: number;
  explanation: string;
  evidence: MatchEvidence[];
};

export type ScreeningOptions = { threshold?: number; limit?: number };

function isKoreanPerson(entry: SanctionsEntry): boolean {
  if (entry.kind !== 'individual') return false;
  return entry.regime === 'DPRK' || entry.nationalities.some((nationality) => /korea/i.test(nationality));
}

function formsOf(entry: SanctionsEntry, owner: number): NameForm[] {
  const forms: NameForm[] = [];
  const korean = isKoreanPerson(entry);
  const shape = entry.kind === 'entity' ? 'organization' : korean ? 'korean-person' : 'person';
  const family = entry.nameParts[0];
  // FIRST_NAME holds the family name of a Korean individual.
  const primaryTokens = korean && entry.nameParts.length >= 2 ? tokenizeKorean(entry.name, true) : null;
  if (primaryTokens && family && primaryTokens[0]!.display === family.trim()) {
    forms.push({ owner, text: entry.name, tokens: primaryTokens, isKorean: true, isOrganization: false });
  }
  const names = [entry.name, ...entry.aliases.map((alias) => alias.name)];
  if (entry.originalScriptName) names.push(entry.originalScriptName);
  const seen = new Set(forms.map((form) => form.text));
  for (const name of names.flatMap(expandListedName)) {
    if (seen.has(name)) continue;
    seen.add(name);
    const form = buildForm(owner, name, shape, family);
    if (form) forms.push(form);
  }
  return forms;
}

export function buildScreeningIndex(entries: SanctionsEntry[]): ScreeningIndex {
  const forms = entries.flatMap((entry, owner) => formsOf(entry, owner));
  return { entries, engine: createEngine(forms) };
}

/** Listed entries that the query may name, best first, only those scoring at least the threshold. */
export function screenName(
  index: ScreeningIndex,
  query: string,
  opts: ScreeningOptions = {},
): ScreeningMatch[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  return searchEngine(index.engine, query, threshold)
    .slice(0, limit)
    .map(({ owner, form, result }) => {
      const entry = index.entries[owner]!;
      return {
        referenceNumber: entry.referenceNumber,
        name: entry.name,
        matchedName: form.text,
        kind: entry.kind,
        regime: entry.regime,
        score: Math.round(result.score * 1000) / 1000,
        explanation: explainScore(result),
        evidence: result.evidence,
      };
    });
}
