export type Tense = 'past' | 'future';

// "will be held", "is set to", "was scheduled to", "would" report a plan: the date lies after the report.
const FUTURE_CUES =
  /\b(?:(?:will|shall|would)(?:\s+(?:not|be|have|also|again|then|likely|soon))*(?:\s+[a-z]+)?|'ll|plans? to|planning to|planned for|(?:is|are|was|were|be) (?:set|scheduled|slated|expected|due|going|planned) (?:to|for)|scheduled for|set for|to be held|upcoming|intends? to|aims? to|hopes? to)\b/gi;
const PAST_CUES =
  /\b(?:said|says|say|told|met|held|had|was|were|did|went|came|began|took|gave|made|spoke|left|(?!(?:need|proceed|exceed|succeed|speed|feed|seed|breed|indeed|embed)\b)[a-z]{3,}ed)\b/g;
const CLAUSE_BREAK = /[,;:—–]|\s--\s/g;

interface Cue {
  start: number;
  end: number;
  tense: Tense;
}

function findCues(text: string): Cue[] {
  const future = [...text.matchAll(FUTURE_CUES)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    tense: 'future' as const,
  }));
  const past = [...text.matchAll(PAST_CUES)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, tense: 'past' as const }))
    // "was scheduled to" is a future cue, not the past "was".
    .filter((cue) => !future.some((f) => cue.start < f.end && f.start < cue.end));
  return [...future, ...past];
}

function nearest(cues: readonly Cue[], from: number, to: number): Cue | undefined {
  let best: Cue | undefined;
  let bestDistance = Infinity;
  for (const cue of cues) {
    const distance = cue.end <= from ? from - cue.end : cue.start >= to ? cue.start - to : 0;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Whether a date expression in a sentence points before or after the report: the nearest tense cue in
 * its clause decides, then the nearest in the sentence; news narrates the past, so past is the default.
 */
export function detectTense(sentence: string, from: number, to: number): Tense {
  const cues = findCues(sentence);
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= from) clauseStart = m.index + m[0].length;
    else if (m.index >= to) {
      clauseEnd = m.index;
      break;
    }
  }
  const inClause = cues.filter((cue) => cue.start >= clauseStart && cue.end <= clauseEnd);
  return (nearest(inClause, from, to) ?? nearest(cues, from, to))?.tense ?? 'past';
}
