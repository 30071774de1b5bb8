/** Scores one query against one name form: a monotone alignment of token groups, tried in every rotation. */
import { findSurnameKey } from './surnames.js';
import { stringSimilarity } from './similarity.js';
import type { EvidenceRelation, FormScore, MatchEvidence, NameForm, NameToken } from './types.js';

// A token pair below this is no evidence at all.
const MIN_GROUP_SIMILARITY = 0.7;
const MAX_GROUP = 3;
const GIVEN_STRICTNESS = 1.3;
const ROTATION_PENALTY = 0.02;
const UNMATCHED_FAMILY_FACTOR = 0.55;
const UNMATCHED_GIVEN_FACTOR = 0.45;
// A person's middle names and patronymics are often left out; a missing one counts half.
const MISSING_PERSON_WORD_SHARE = 0.5;

type Group = { surface: string; canons: string[] };

export type QueryView = {
  tokens: NameToken[];
  script: string;
  totalWeight: number;
  /** groups[start * MAX_GROUP + size - 1]: adjacent tokens run together, computed once per query. */
  groups: Group[];
};

type GroupMatch = { similarity: number; relation: EvidenceRelation };

const NO_MATCH: GroupMatch = { similarity: 0, relation: 'missing' };

function joinGroup(tokens: NameToken[], from: number, size: number): Group {
  if (size === 1) return { surface: tokens[from]!.surface, canons: tokens[from]!.canons };
  let surface = '';
  let joined = '';
  for (let k = from; k < from + size; k++) {
    surface += tokens[k]!.surface;
    joined += tokens[k]!.canons[0]!;
  }
  return { surface, canons: [joined] };
}

export function buildGroups(tokens: NameToken[]): Group[] {
  const groups: Group[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let size = 1; size <= MAX_GROUP; size++) {
      groups[start * MAX_GROUP + size - 1] =
        start + size <= tokens.length ? joinGroup(tokens, start, size) : NO_GROUP;
    }
  }
  return groups;
}

const NO_GROUP: Group = { surface: '', canons: [] };
const formGroups = new WeakMap<NameForm, Group[]>();

function groupsOf(form: NameForm): Group[] {
  let groups = formGroups.get(form);
  if (!groups) {
    groups = buildGroups(form.tokens);
    formGroups.set(form, groups);
  }
  return groups;
}

// Per-query memo: many forms share tokens ("KIM", "BANK"), so each pair of spellings is compared once.
let memoWeighted = new Map<string, Map<string, number>>();
let memoPlain = new Map<string, Map<string, number>>();

export function resetSimilarityMemo(): void {
  memoWeighted = new Map();
  memoPlain = new Map();
}

function cachedSimilarity(a: string, b: string, weighted: boolean): number {
  const memo = weighted ? memoWeighted : memoPlain;
  let inner = memo.get(a);
  if (!inner) {
    inner = new Map();
    memo.set(a, inner);
  }
  let value = inner.get(b);
  if (value === undefined) {
    value = stringSimilarity(a, b, weighted, MIN_GROUP_SIMILARITY - 0.05);
    inner.set(b, value);
  }
  return value;
}

function compareGroups(
  form: NameForm,
  entryFrom: number,
  entrySize: number,
  entry: Group,
  probe: Group,
  querySize: number,
): GroupMatch {
  const longest = Math.max(entry.surface.length, probe.surface.length);
  if (Math.abs(entry.surface.length - probe.surface.length) > longest * 0.45 + 1) return NO_MATCH;
  const role = entrySize === 1 ? form.tokens[entryFrom]!.role : 'word';
  if (role === 'family' && querySize === 1) {
    // A spelling of another family name is another person, however close the letters are (Jon/Jo, Ku/Ko).
    const queryFamily = findSurnameKey(probe.surface);
    if (
      queryFamily !== null &&
      !entry.canons.includes(queryFamily) &&
      findSurnameKey(entry.surface) !== queryFamily
    ) {
      return { similarity: 0, relation: 'different-family' };
    }
  }
  const entryParts = entrySize === 1 ? Math.max(1, form.tokens[entryFrom]!.partCanons.length) : entrySize;
  if (entry.surface === probe.surface)
    return { similarity: 1, relation: entryParts === querySize ? 'exact' : 'spacing' };
  let canonical = 0;
  for (const a of entry.canons) {
    for (const b of probe.canons) canonical = Math.max(canonical, a === b ? 1 : cachedSimilarity(a, b, true));
  }
  const surface = cachedSimilarity(entry.surface, probe.surface, false);
  // A one-word name ("Joe") is matched by its spelling: a short sound-alike ("Choe") is another name.
  if (form.tokens.length === 1 && entry.surface.length < 6 && canonical > surface) canonical = surface;
  // Same sound, other letters: a romanization variant ranks just below the exact spelling.
  if (canonical === 1) {
    return { similarity: 0.97 + 0.03 * surface, relation: 'romanization' };
  }
  // The closer spelling wins a tie between two equally close sounds.
  const similarity = 0.99 * Math.max(canonical, surface) + 0.01 * surface;
  if (similarity < MIN_GROUP_SIMILARITY) return NO_MATCH;
  const relation = canonical >= surface ? 'romanization' : 'typo';
  // The given name carries the identity of a Korean name: a near miss there counts for less.
  return {
    similarity: role === 'given' ? Math.max(0, 1 - GIVEN_STRICTNESS * (1 - similarity)) : similarity,
    relation,
  };
}

// Reused buffers: the alignment runs thousands of times a second.
let gainBuffer = new Float64Array(256);
let stepBuffer = new Int32Array(256);
const matchBuffer: (GroupMatch | null)[] = [];

function ensureBuffers(size: number): void {
  if (gainBuffer.length >= size) return;
  gainBuffer = new Float64Array(size * 2);
  stepBuffer = new Int32Array(size * 2);
}

/** Best alignment of one rotation: dynamic programming over (entry tokens used, query tokens used). */
function alignRotation(
  form: NameForm,
  view: QueryView,
  matches: (GroupMatch | undefined)[],
  offset: number,
): number {
  const m = form.tokens.length;
  const n = view.tokens.length;
  const width = n + 1;
  const cells = (m + 1) * width;
  ensureBuffers(cells);
  gainBuffer.fill(-1, 0, cells);
  gainBuffer[0] = 0;
  const entryGroups = groupsOf(form);
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      const here = gainBuffer[i * width + j]!;
      if (here < 0) continue;
      if (i < m && here > gainBuffer[(i + 1) * width + j]!) {
        gainBuffer[(i + 1) * width + j] = here;
        stepBuffer[(i + 1) * width + j] = 4; // skip an entry token
      }
      if (j < n && here > gainBuffer[i * width + j + 1]!) {
        gainBuffer[i * width + j + 1] = here;
        stepBuffer[i * width + j + 1] = 1; // skip a query token
      }
      const start = (j + offset) % n;
      for (let a = 1; a <= MAX_GROUP && i + a <= m; a++) {
        // Groups never wrap around the rotation point: they are contiguous in the query as typed.
        for (let b = 1; b <= MAX_GROUP && j + b <= n && start + b <= n; b++) {
          if (a > 1 && b > 1) continue;
          const key = (i * MAX_GROUP + a - 1) * n * MAX_GROUP + start * MAX_GROUP + b - 1;
          let match = matches[key];
          if (match === undefined) {
            const entry = entryGroups[i * MAX_GROUP + a - 1]!;
            match = compareGroups(form, i, a, entry, view.groups[start * MAX_GROUP + b - 1]!, b);
            matches[key] = match;
          }
          if (match.similarity <= 0) continue;
          let weight = 0;
          for (let k = i; k < i + a; k++) weight += form.tokens[k]!.weight;
          for (let k = start; k < start + b; k++) weight += view.tokens[k]!.weight;
          const at = (i + a) * width + j + b;
          const value = here + match.similarity * weight;
          if (value > gainBuffer[at]!) {
            gainBuffer[at] = value;
            stepBuffer[at] = a * 4 + b;
            matchBuffer[at] = match;
          }
        }
      }
    }
  }
  return gainBuffer[cells - 1]!;
}

function describeTokens(tokens: NameToken[], from: number, size: number, offset: number): string {
  const parts: string[] = [];
  for (let k = from; k < from + size; k++) parts.push(tokens[(k + offset) % tokens.length]!.display);
  return parts.join(' ');
}

function traceEvidence(form: NameForm, view: QueryView, offset: number): MatchEvidence[] {
  const width = view.tokens.length + 1;
  const evidence: MatchEvidence[] = [];
  let i = form.tokens.length;
  let j = view.tokens.length;
  while (i > 0 || j > 0) {
    const step = stepBuffer[i * width + j]!;
    const match = step === 4 || step === 1 ? null : matchBuffer[i * width + j]!;
    const entrySize = step >> 2;
    const querySize = step & 3;
    i -= entrySize;
    j -= querySize;
    evidence.unshift({
      role: entrySize > 0 ? form.tokens[i]!.role : 'word',
      listed: describeTokens(form.tokens, i, entrySize, 0),
      query: describeTokens(view.tokens, j, querySize, offset),
      relation: match ? match.relation : entrySize > 0 ? 'missing' : 'extra',
      similarity: match ? match.similarity : 0,
    });
  }
  return evidence;
}

function missingWeight(form: NameForm, item: MatchEvidence): number {
  const token = form.tokens.find((candidate) => candidate.display === item.listed);
  return token ? token.weight : 0;
}

/** Scores a query view against a form; 0 when nothing lines up. */
export function scoreForm(form: NameForm, view: QueryView): FormScore {
  const n = view.tokens.length;
  let entryWeight = 0;
  for (const token of form.tokens) entryWeight += token.weight;
  const total = entryWeight + view.totalWeight;
  let best: FormScore = { score: 0, orderSwapped: false, script: view.script, evidence: [] };
  if (total <= 0 || n === 0) return best;
  const matches: (GroupMatch | undefined)[] = [];
  // As written, or with the last word moved to the front ("Sok Min Choe" for CHOE SOK MIN).
  const offsets = form.isOrganization || n === 1 ? [0] : [0, n - 1];
  for (const offset of offsets) {
    const gain = alignRotation(form, view, matches, offset);
    if (gain / total + 0.5 <= best.score) continue;
    const evidence = traceEvidence(form, view, offset);
    let denominator = total;
    if (!form.isKorean && !form.isOrganization) {
      for (let k = 0; k < evidence.length; k++) {
        const item = evidence[k]!;
        if (item.relation === 'missing')
          denominator -= (1 - MISSING_PERSON_WORD_SHARE) * missingWeight(form, item);
      }
    }
    let score = gain / denominator - (offset > 0 ? ROTATION_PENALTY : 0);
    if (form.isKorean) {
      const matched = (role: string): boolean => evidence.some((e) => e.role === role && e.similarity > 0);
      if (!matched('family')) score *= UNMATCHED_FAMILY_FACTOR;
      if (!matched('given')) score *= UNMATCHED_GIVEN_FACTOR;
    }
    if (score > best.score) best = { score, orderSwapped: offset > 0, script: view.script, evidence };
  }
  return best;
}
