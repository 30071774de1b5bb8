import type { Source } from '../../../core/contract/sources.js';

export type MentionType = 'person' | 'place' | 'organization' | 'date';

export interface Mention {
  text: string;
  type: MentionType;
}

export type Segment = { kind: 'plain'; text: string } | { kind: 'mark'; text: string; type: MentionType };

/** Every phrase the server extracted from a source, by type. */
export function mentionsOf(source: Pick<Source, 'people' | 'places' | 'dates'>): Mention[] {
  return [
    ...source.people.flatMap((p) => p.mentions.map((text) => ({ text, type: 'person' as const }))),
    ...source.places.flatMap((p) => p.mentions.map((text) => ({ text, type: p.kind }))),
    ...source.dates.map((d) => ({ text: d.text, type: 'date' as const })),
  ].filter((m) => m.text.trim() !== '');
}

const WORD = /[\p{L}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !WORD.test(char);
}

/**
 * Splits the text into plain runs and marked mentions. Longer phrases win where they overlap
 * ("Ministry of Unification" over a place inside it), and a phrase inside a longer word is not marked.
 */
export function segmentText(text: string, mentions: readonly Mention[]): Segment[] {
  const sorted = [...mentions].sort((a, b) => b.text.length - a.text.length);
  const taken: Array<{ start: number; end: number; type: MentionType }> = [];
  for (const mention of sorted) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(mention.text, from);
      if (start < 0) break;
      const end = start + mention.text.length;
      from = start + 1;
      if (!isBoundary(text, start - 1) || !isBoundary(text, end)) continue;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end, type: mention.type });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of taken) {
    if (span.start > at) segments.push({ kind: 'plain', text: text.slice(at, span.start) });
    segments.push({ kind: 'mark', text: text.slice(span.start, span.end), type: span.type });
    at = span.end;
  }
  if (at < text.length) segments.push({ kind: 'plain', text: text.slice(at) });
  return segments;
}
