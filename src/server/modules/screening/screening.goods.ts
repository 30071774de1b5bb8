import type { ProposalItem } from '../../../core/contract/proposals.js';
import type { GoodsMeasureView } from '../../../core/contract/screening.js';
import {
  findGoodsMeasures,
  HsCodeError,
  normalizeHsCode,
  requiresExemption,
} from '../../../core/goods/find-goods-measures.js';
import type { GoodsMeasure } from '../../../core/goods/goods-measures.js';

export function presentMeasure(m: GoodsMeasure): GoodsMeasureView {
  return {
    id: m.id,
    resolution: m.resolution,
    paragraph: m.paragraph,
    kind: m.kind,
    title: m.title,
    description: m.description,
    citation: m.citation,
    exceptions: m.exceptions ?? [],
  };
}

export interface StoredGoodsFinding {
  itemIndex: number;
  description: string;
  hsCode: string | null;
  measures: GoodsMeasureView[];
  requiresExemption: boolean;
  problem: string | null;
}

/** The measures each item falls under, by its HS code. */
export function findGoodsFindings(items: readonly ProposalItem[]): StoredGoodsFinding[] {
  return items.map((item, itemIndex) => {
    const base = { itemIndex, description: item.description, hsCode: item.hsCode };
    if (!item.hsCode) {
      return {
        ...base,
        measures: [],
        requiresExemption: false,
        problem: 'No HS code given: the goods cannot be checked',
      };
    }
    try {
      const measures = findGoodsMeasures(item.hsCode);
      return {
        ...base,
        measures: measures.map(presentMeasure),
        requiresExemption: requiresExemption(measures),
        problem: null,
      };
    } catch (error) {
      if (error instanceof HsCodeError)
        return { ...base, measures: [], requiresExemption: false, problem: error.message };
      throw error;
    }
  });
}

export interface Coverage {
  description: string;
  hsCode: string;
  measureIds: string[];
}

/** What an exemption request asks for: each item under a measure, with the measures it hits. */
export function coverageOf(items: readonly ProposalItem[]): Coverage[] {
  return findGoodsFindings(items)
    .filter((f) => f.hsCode !== null && f.measures.length > 0)
    .map((f) => ({ description: f.description, hsCode: f.hsCode!, measureIds: f.measures.map((m) => m.id) }));
}

function sameCode(a: string, b: string): boolean {
  try {
    return normalizeHsCode(a) === normalizeHsCode(b);
  } catch {
    return false;
  }
}

export interface ApprovedExemption {
  id: string;
  approvedOn: string | null;
  validUntil: string | null;
  covers: Coverage[];
}

/** True when the exemption is in force on `date` (YYYY-MM-DD) and covers every measure the item hits. */
export function exemptionCovers(
  exemption: ApprovedExemption,
  finding: StoredGoodsFinding,
  date: string,
): boolean {
  if (!exemption.approvedOn || !exemption.validUntil) return false;
  if (date < exemption.approvedOn || date > exemption.validUntil) return false;
  const hsCode = finding.hsCode;
  if (!hsCode) return false;
  return exemption.covers.some(
    (c) => sameCode(c.hsCode, hsCode) && finding.measures.every((m) => c.measureIds.includes(m.id)),
  );
}
