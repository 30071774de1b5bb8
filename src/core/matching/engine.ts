/** The matching engine: forms weighted by rarity, an inverted index for candidates, alignment for scores. */
import { buildGroups, resetSimilarityMemo, scoreForm } from './align.js';
import type { QueryView } from './align.js';
import { toOrganizationTokens, tokenizePerson } from './name-form.js';
import { buildNameIndex, findCandidates, queryKeys } from './name-index.js';
import type { NameIndex } from './name-index.js';
import { expandScripts } from './normalize.js';
import type { FormScore, NameForm, NameToken } from './types.js';

const CANDIDATE_LIMIT = 24;

export type MatchEngine = {
  index: NameIndex;
  documentFrequency: Map<string, number>;
};

export type EngineHit = { owner: number; form: NameForm; result: FormScore };

function rarity(engine: MatchEngine, canon: string): number {
  const formCount = Math.max(2, engine.index.forms.length);
  const frequency = engine.documentFrequency.get(canon) ?? 0;
  if (frequency === 0) return 1;
  return 0.5 + (0.5 * Math.log(formCount / frequency)) / Math.log(formCount);
}

function applyWeights(engine: MatchEngine, tokens: NameToken[], isKorean: boolean): void {
  for (const token of tokens) {
    const rare = rarity(engine, token.canons[0]!);
    token.weight = isKorean || token.baseWeight < 1 ? token.baseWeight : token.baseWeight * rare;
  }
}

export function createEngine(forms: NameForm[]): MatchEngine {
  const documentFrequency = new Map<string, number>();
  for (const form of forms) {
    for (const canon of new Set(form.tokens.map((token) => token.canons[0]!))) {
      documentFrequency.set(canon, (documentFrequency.get(canon) ?? 0) + 1);
    }
  }
  const engine: MatchEngine = { index: buildNameIndex(forms), documentFrequency };
  for (const form of forms) applyWeights(engine, form.tokens, form.isKorean);
  return engine;
}

function makeView(engine: MatchEngine, tokens: NameToken[], script: string): QueryView {
  applyWeights(engine, tokens, false);
  const totalWeight = tokens.reduce((sum, token) => sum + token.weight, 0);
  return { tokens, script, totalWeight, groups: buildGroups(tokens) };
}

/** Every owner whose best form scores at least `threshold`, best first. */
export function searchEngine(engine: MatchEngine, query: string, threshold: number): EngineHit[] {
  const views = expandScripts(query).map(({ text, script }) => {
    const person = tokenizePerson(text);
    return {
      person: makeView(engine, person, script),
      organization: makeView(engine, toOrganizationTokens(person), script),
    };
  });
  const keys = new Map<string, number>();
  for (const view of views) {
    // Person tokens at full weight find both kinds; expanded abbreviations ("Intl") add their own keys.
    queryKeys(view.person.tokens, keys);
    const expanded = view.organization.tokens.filter(
      (token, i) => token.surface !== view.person.tokens[i]!.surface,
    );
    if (expanded.length > 0) queryKeys(expanded, keys);
  }
  const best = new Map<number, EngineHit>();
  resetSimilarityMemo();
  for (const formIndex of findCandidates(engine.index, keys, CANDIDATE_LIMIT)) {
    const form = engine.index.forms[formIndex]!;
    for (const view of views) {
      const chosen = form.isOrganization ? view.organization : view.person;
      if (chosen.tokens.length === 0) continue;
      const result = scoreForm(form, chosen);
      const previous = best.get(form.owner);
      if (result.score >= threshold && (!previous || result.score > previous.result.score)) {
        best.set(form.owner, { owner: form.owner, form, result });
      }
    }
  }
  return [...best.values()].sort((a, b) => b.result.score - a.result.score);
}
