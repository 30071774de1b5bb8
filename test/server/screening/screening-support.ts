import { readPdfText } from '../../support/pdf-text.js';
import fs from 'node:fs';
import { SHIPPED_LIST_FILE } from '../../../src/server/modules/sanctions/sanctions.list-file.js';
import type { TestApp, TestClient } from '../../support/test-app.js';

export const SHIPPED_LIST_SHA = '1f1b3bfe29a53e7ac7c42ee4e58d6a7d1ebdf7c5e91fd990d3e63aefe0313dea';
export const shippedListXml = (): string => fs.readFileSync(SHIPPED_LIST_FILE, 'utf8');

export interface ListEntrySpec {
  ref: string;
  dataId: string;
  kind: 'individual' | 'entity';
  names: string[];
  aliases?: { quality: string; name: string }[];
  documentNumber?: string;
}

function entryXml(e: ListEntrySpec): string {
  const tag = e.kind === 'individual' ? 'INDIVIDUAL' : 'ENTITY';
  const names = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME']
    .slice(0, e.names.length)
    .map((f, i) => `<${f}>${e.names[i]}</${f}>`)
    .join('');
  const aliases = (e.aliases ?? [])
    .map(
      (a) => `<${tag}_ALIAS><QUALITY>${a.quality}</QUALITY><ALIAS_NAME>${a.name}</ALIAS_NAME></${tag}_ALIAS>`,
    )
    .join('');
  const doc = e.documentNumber
    ? `<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>${e.documentNumber}</NUMBER></INDIVIDUAL_DOCUMENT>`
    : '';
  return `<${tag}><DATAID>${e.dataId}</DATAID><VERSIONNUM>1</VERSIONNUM>${names}<UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>${e.ref}</REFERENCE_NUMBER><LISTED_ON>2016-03-02</LISTED_ON><COMMENTS1>Test entry.</COMMENTS1><NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>${aliases}${doc}</${tag}>`;
}

/** A small consolidated list in the UN's format. */
export function buildListXml(entries: ListEntrySpec[], dateGenerated = '2026-06-01T00:00:00.000Z'): string {
  const individuals = entries
    .filter((e) => e.kind === 'individual')
    .map(entryXml)
    .join('\n');
  const entities = entries
    .filter((e) => e.kind === 'entity')
    .map(entryXml)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="${dateGenerated}"><INDIVIDUALS>${individuals}</INDIVIDUALS><ENTITIES>${entities}</ENTITIES></CONSOLIDATED_LIST>\n`;
}

export function postXml(client: TestClient, path: string, xml: string, type = 'application/xml') {
  return client.request('POST', path, { body: xml, headers: { 'content-type': type } });
}

export async function latestVersionCount(t: TestApp): Promise<{ versions: number; entries: number }> {
  const db = t.runtime.deps.db;
  const versions = await db
    .selectFrom('sanctionsListVersions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const entries = await db
    .selectFrom('sanctionsEntries')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return { versions: Number(versions?.n ?? 0), entries: Number(entries?.n ?? 0) };
}

/** Text shown by a PDF, as a reader shows it, one run a line. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await readPdfText(pdf)).join('\n');
}
