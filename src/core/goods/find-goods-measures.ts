/** Which UN measures on supplies to the DPRK apply to an HS code. */
import { goodsMeasures } from './goods-measures.js';
import type { GoodsMeasure } from './goods-measures.js';

export class HsCodeError extends Error {
  readonly code = 'hs_code_invalid';

  constructor(message: string) {
    super(message);
    this.name = 'HsCodeError';
  }
}

/** "2710.19.4" → "2710194"; throws HsCodeError unless the code is 2–10 digits with optional dots or spaces. */
export function normalizeHsCode(hsCode: string): string {
  const digits = hsCode.trim().replace(/[.\s]/g, '');
  if (!/^\d{2,10}$/.test(digits)) throw new HsCodeError(`Not an HS code: "${hsCode}"`);
  return digits;
}

/**
 * Measures whose HS prefixes cover the code, or that a shorter code could fall under (a heading "2710"
 * may be aviation fuel). Throws HsCodeError for anything that is not digits (with dots).
 */
export function findGoodsMeasures(hsCode: string): GoodsMeasure[] {
  const code = normalizeHsCode(hsCode);
  return goodsMeasures.filter((measure) =>
    measure.hsPrefixes.some((prefix) => code.startsWith(prefix) || prefix.startsWith(code)),
  );
}

/** True when any measure applies, so the supply needs a 1718 Committee exemption (or fits a stated exception). */
export function requiresExemption(measures: readonly GoodsMeasure[]): boolean {
  return measures.some((measure) => measure.kind === 'ban' || measure.kind === 'embargo');
}
