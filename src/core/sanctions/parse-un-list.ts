/** Parses the UN Security Council Consolidated List XML into entries, refusing anything suspicious. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ParsedUnList, SanctionsAlias, SanctionsEntry } from './types.js';

export type SanctionsListErrorCode =
  'xml_empty' | 'xml_malformed' | 'xml_wrong_root' | 'xml_doctype_forbidden';

export class SanctionsListError extends Error {
  readonly code: SanctionsListErrorCode;

  constructor(code: SanctionsListErrorCode, message: string) {
    super(message);
    this.name = 'SanctionsListError';
    this.code = code;
  }
}

type XmlNode = { [key: string]: XmlValue };
type XmlValue = string | XmlNode | XmlValue[] | undefined;

function asArray(value: XmlValue): XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function asNode(value: XmlValue): XmlNode | null {
  return value !== undefined && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

const PREDEFINED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and character references, in one pass (no double decoding). */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Text of a leaf, whitespace collapsed; elements with children or attributes read their #text. */
function textOf(value: XmlValue): string {
  if (typeof value === 'string') return decodeXmlText(value).replace(/\s+/g, ' ').trim();
  const node = asNode(value);
  if (node && typeof node['#text'] === 'string') return textOf(node['#text']);
  return '';
}

function texts(value: XmlValue): string[] {
  return asArray(value)
    .map(textOf)
    .filter((text) => text.length > 0);
}

/** Multi-value fields wrap their values in <VALUE>. */
function values(node: XmlNode, field: string): string[] {
  return asArray(node[field]).flatMap((item) => {
    const inner = asNode(item);
    return inner ? texts(inner['VALUE']) : texts(item);
  });
}

function readAliases(node: XmlNode, field: string): SanctionsAlias[] {
  return asArray(node[field]).flatMap((item) => {
    const alias = asNode(item);
    if (!alias) return [];
    const quality = textOf(alias['QUALITY']);
    // Some ALIAS_NAME values hold several names separated by "; ".
    return textOf(alias['ALIAS_NAME'])
      .split(';')
      .map((name) => name.trim())
      .filter((name) => name.length > 0)
      .map((name) => ({ name, quality }));
  });
}

function readDatesOfBirth(node: XmlNode): string[] {
  return asArray(node['INDIVIDUAL_DATE_OF_BIRTH']).flatMap((item) => {
    const date = asNode(item);
    if (!date) return [];
    const exact = textOf(date['DATE']);
    if (exact) return [exact];
    const year = textOf(date['YEAR']);
    if (year) return [year];
    const from = textOf(date['FROM_YEAR']);
    const to = textOf(date['TO_YEAR']);
    if (from || to) return [[from, to].filter(Boolean).join('-')];
    return [];
  });
}

const NAME_FIELDS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

function readEntry(node: XmlNode, kind: 'individual' | 'entity'): SanctionsEntry {
  const nameParts = NAME_FIELDS.map((field) => textOf(node[field])).filter((part) => part.length > 0);
  const individual = kind === 'individual';
  const listedOn = textOf(node['LISTED_ON']);
  const originalScriptName = textOf(node['NAME_ORIGINAL_SCRIPT']);
  return {
    referenceNumber: textOf(node['REFERENCE_NUMBER']),
    dataId: textOf(node['DATAID']),
    kind,
    regime: textOf(node['UN_LIST_TYPE']),
    name: nameParts.join(' ').replace(/\s+/g, ' ').trim(),
    nameParts,
    aliases: readAliases(node, individual ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS'),
    originalScriptName: originalScriptName || null,
    datesOfBirth: individual ? readDatesOfBirth(node) : [],
    nationalities: values(node, 'NATIONALITY'),
    designations: values(node, 'DESIGNATION'),
    titles: values(node, 'TITLE'),
    comments: textOf(node['COMMENTS1']),
    listedOn: listedOn || null,
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities stay as written: no expansion of any kind (DOCTYPEs are refused before parsing anyway).
  processEntities: false,
  trimValues: false,
});

/** Parses the consolidated list; throws SanctionsListError on empty, malformed, DOCTYPE or foreign XML. */
export function parseUnList(xml: string): ParsedUnList {
  if (xml.trim().length === 0) throw new SanctionsListError('xml_empty', 'The list file is empty');
  // Entity-expansion defence: a real list never declares a DOCTYPE or entities.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new SanctionsListError('xml_doctype_forbidden', 'The list declares a DOCTYPE or entities; refused');
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line } = validation.err;
    throw new SanctionsListError('xml_malformed', `The list is not well-formed XML (line ${line}: ${msg})`);
  }
  const document = asNode(parser.parse(xml) as XmlValue);
  const root = document ? asNode(document['CONSOLIDATED_LIST']) : null;
  if (!root) throw new SanctionsListError('xml_wrong_root', 'The root element is not CONSOLIDATED_LIST');
  const individualsNode = asNode(root['INDIVIDUALS']);
  const entitiesNode = asNode(root['ENTITIES']);
  const dateGenerated = typeof root['@_dateGenerated'] === 'string' ? root['@_dateGenerated'] : null;
  return {
    dateGenerated,
    individuals: asArray(individualsNode?.['INDIVIDUAL']).flatMap((item) => {
      const node = asNode(item);
      return node ? [readEntry(node, 'individual')] : [];
    }),
    entities: asArray(entitiesNode?.['ENTITY']).flatMap((item) => {
      const node = asNode(item);
      return node ? [readEntry(node, 'entity')] : [];
    }),
  };
}
