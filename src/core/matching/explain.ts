/** Human-readable evidence: "family name CHOE = Choi (romanization variant); given name SOK MIN ≈ Seok Mean". */
import type { FormScore, MatchEvidence } from './types.js';

function label(evidence: MatchEvidence): string {
  if (evidence.role === 'family') return 'family name ';
  if (evidence.role === 'given') return 'given name ';
  return '';
}

function describe(evidence: MatchEvidence): string | null {
  const who = label(evidence);
  switch (evidence.relation) {
    case 'exact':
      return `${who}${evidence.listed} = ${evidence.query}`;
    case 'spacing':
      return `${who}${evidence.listed} = ${evidence.query} (spacing)`;
    case 'romanization':
      return evidence.similarity >= 0.97
        ? `${who}${evidence.listed} = ${evidence.query} (romanization variant)`
        : `${who}${evidence.listed} ≈ ${evidence.query} (romanization variant, ${evidence.similarity.toFixed(2)})`;
    case 'typo':
      return `${who}${evidence.listed} ≈ ${evidence.query} (spelling differs, ${evidence.similarity.toFixed(2)})`;
    case 'different-family':
      return `${who}${evidence.listed} ≠ ${evidence.query} (another family name)`;
    case 'missing':
      return `"${evidence.listed}" not in the query`;
    case 'extra':
      return `"${evidence.query}" not in the listed name`;
  }
}

export function explainScore(result: FormScore): string {
  const parts = result.evidence.map(describe).filter((part): part is string => part !== null);
  if (result.orderSwapped) parts.push('order swapped');
  if (result.script) parts.push(`read from ${result.script}`);
  return parts.join('; ');
}
