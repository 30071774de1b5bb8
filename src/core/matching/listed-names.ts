/** The spellings under which one list entry can be found: its name, its aliases, their parenthetical parts. */

const REFERENCE_IN_NAME = /\(\s*[A-Z]{2}[ie]\.\d{3}\s*\)/i;
const PARENTHETICAL = /\(([^()]*)\)/g;

function isAcronym(text: string): boolean {
  return /^[A-Z0-9]{2,8}$/.test(text.trim());
}

function isNonLatin(text: string): boolean {
  return /[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(text);
}

/**
 * "DAEDONG CREDIT BANK (DCB)" → the name without the parenthesis and "DCB";
 * "LEADER (HONG KONG) INTERNATIONAL" → with and without "HONG KONG"; "Jin Tiesan (金铁三)" → both scripts.
 */
export function expandListedName(raw: string): string[] {
  // An alias carrying another entry's reference number ("… (KPE.018)") points at that entry; it is not a name of this one.
  if (REFERENCE_IN_NAME.test(raw)) return [];
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const names = new Set<string>();
  const inner = [...text.matchAll(PARENTHETICAL)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
  const outside = text.replace(PARENTHETICAL, ' ').replace(/\s+/g, ' ').trim();
  if (outside) names.add(outside);
  if (inner.length === 0) return [...names];
  for (const part of inner) {
    if (isAcronym(part) || isNonLatin(part)) names.add(part);
  }
  if (!inner.every((part) => isAcronym(part) || isNonLatin(part))) {
    names.add(text.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim());
  }
  return [...names];
}
