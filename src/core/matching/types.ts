/** Shared shapes of the matching engine. */

export type TokenRole = 'family' | 'given' | 'word';

export type NameToken = {
  /** As written in the source name (for explanations), e.g. "SO’K MIN". */
  display: string;
  /** Folded spelling without spaces, e.g. "sokmin". */
  surface: string;
  /** Canonical phonetic keys (one per way of reading the spacing), e.g. ["sokmin"]. */
  canons: string[];
  /** Canonical keys of the written parts when the token joins several ("SOK", "MIN"), for lookup. */
  partCanons: string[];
  role: TokenRole;
  /** Organisation word class weight before rarity, see vocabulary.ts. */
  baseWeight: number;
  weight: number;
};

export type NameForm = {
  owner: number;
  text: string;
  tokens: NameToken[];
  /** Family name + given name structure: the family name must agree, the given name carries the weight. */
  isKorean: boolean;
  isOrganization: boolean;
};

export type EvidenceRelation =
  'exact' | 'spacing' | 'romanization' | 'typo' | 'different-family' | 'missing' | 'extra';

export type MatchEvidence = {
  role: TokenRole;
  listed: string;
  query: string;
  relation: EvidenceRelation;
  similarity: number;
};

export type FormScore = {
  score: number;
  orderSwapped: boolean;
  script: string;
  evidence: MatchEvidence[];
};
