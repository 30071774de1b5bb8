/** One listed individual or entity of the UN Security Council Consolidated List, all values as text. */
export type SanctionsAlias = { name: string; quality: string };

export type SanctionsEntry = {
  referenceNumber: string;
  dataId: string;
  kind: 'individual' | 'entity';
  /** UN_LIST_TYPE, e.g. "DPRK". */
  regime: string;
  /** The name parts joined in list order, trimmed and single-spaced. */
  name: string;
  nameParts: string[];
  aliases: SanctionsAlias[];
  /** The name in its original script, when the list gives one. */
  originalScriptName: string | null;
  datesOfBirth: string[];
  nationalities: string[];
  designations: string[];
  titles: string[];
  comments: string;
  listedOn: string | null;
};

export type ParsedUnList = {
  dateGenerated: string | null;
  individuals: SanctionsEntry[];
  entities: SanctionsEntry[];
};
