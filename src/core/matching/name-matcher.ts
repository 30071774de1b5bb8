/** The screening algorithm over arbitrary people, e.g. names in news reports against the group's members. */
import { createEngine, searchEngine } from './engine.js';
import { explainScore } from './explain.js';
import { buildForm } from './name-form.js';
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD } from './screen.js';
import type { ScreeningOptions } from './screen.js';
import type { NameForm } from './types.js';

export type NameMatch<T> = { record: T; score: number; matchedName: string; explanation: string };

export type NameMatcher<T> = { match(query: string, opts?: ScreeningOptions): NameMatch<T>[] };

export function createNameMatcher<T extends { id: string; names: string[] }>(records: T[]): NameMatcher<T> {
  const forms = records.flatMap((record, owner) =>
    record.names
      .map((name) => buildForm(owner, name, 'person'))
      .filter((form): form is NameForm => form !== null),
  );
  const engine = createEngine(forms);
  return {
    match(query, opts = {}) {
      return searchEngine(engine, query, opts.threshold ?? DEFAULT_THRESHOLD)
        .slice(0, opts.limit ?? DEFAULT_LIMIT)
        .map(({ owner, form, result }) => ({
          record: records[owner]!,
          score: Math.round(result.score * 1000) / 1000,
          matchedName: form.text,
          explanation: explainScore(result),
        }));
    },
  };
}
