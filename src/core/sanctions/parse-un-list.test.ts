import { sharedDataPath, UN_LIST_FILE } from '../../../test/support/shared-data.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffLists, hashEntry } from './diff-lists.js';
import { SanctionsListError, parseUnList } from './parse-un-list.js';

const REAL_LIST = sharedDataPath(UN_LIST_FILE);
const parsed = parseUnList(readFileSync(REAL_LIST, 'utf8'));

function wrap(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">${body}</CONSOLIDATED_LIST>`;
}

const ONE_INDIVIDUAL = wrap(`<INDIVIDUALS><INDIVIDUAL>
  <DATAID>0012</DATAID><FIRST_NAME> KIM </FIRST_NAME><SECOND_NAME>YONG  CHOL</SECOND_NAME>
  <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.099</REFERENCE_NUMBER><LISTED_ON>2016-03-02</LISTED_ON>
  <COMMENTS1>Ship &amp; crew</COMMENTS1>
  <NATIONALITY><VALUE>DPRK</VALUE></NATIONALITY>
  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Kim Young-Chol; Kim Yong Chol</ALIAS_NAME></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1962</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
  <INDIVIDUAL_DATE_OF_BIRTH><YEAR>0947</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
  <INDIVIDUAL_DOCUMENT><NUMBER>00123</NUMBER></INDIVIDUAL_DOCUMENT>
</INDIVIDUAL></INDIVIDUALS><ENTITIES/>`);

describe('parseUnList on the real list', () => {
  it('reads every entry and the generation date', () => {
    expect(parsed.dateGenerated).toBe('2026-05-08T23:00:06.922Z');
    expect(parsed.individuals).toHaveLength(737);
    expect(parsed.entities).toHaveLength(272);
    expect(parsed.individuals.filter((e) => e.regime === 'DPRK')).toHaveLength(80);
    expect(parsed.entities.filter((e) => e.regime === 'DPRK')).toHaveLength(75);
  });

  it('keeps the family name first and the breve apostrophes as written', () => {
    const entry = parsed.individuals.find((e) => e.referenceNumber === 'KPi.064')!;
    expect(entry).toMatchObject({
      kind: 'individual',
      name: "CH'OE SO’K MIN",
      nameParts: ["CH'OE", 'SO’K MIN'],
      aliases: [{ name: 'Choe Sok Min', quality: 'Low' }],
      datesOfBirth: ['1978-07-25'],
      nationalities: ["Democratic People's Republic of Korea"],
      listedOn: '2017-12-22',
    });
    expect(entry.designations[0]).toBe('Former overseas Foreign Trade Bank representative');
  });

  it('decodes predefined entities and drops empty aliases', () => {
    const entity = parsed.entities.find((e) => e.referenceNumber === 'KPe.055')!;
    expect(entity.name).toBe('CHANG AN SHIPPING & TECHNOLOGY');
    const noAlias = parsed.entities.find((e) => e.referenceNumber === 'IRe.001')!;
    expect(noAlias.aliases).toEqual([]);
  });

  it('keeps every reference number unique', () => {
    const refs = [...parsed.individuals, ...parsed.entities].map((e) => e.referenceNumber);
    expect(new Set(refs).size).toBe(refs.length);
  });
});

describe('parseUnList on crafted XML', () => {
  it('splits "; "-separated aliases, reads year ranges and keeps leading zeros', () => {
    const [entry] = parseUnList(ONE_INDIVIDUAL).individuals;
    expect(entry).toMatchObject({
      dataId: '0012',
      name: 'KIM YONG CHOL',
      aliases: [
        { name: 'Kim Young-Chol', quality: 'Good' },
        { name: 'Kim Yong Chol', quality: 'Good' },
      ],
      datesOfBirth: ['1960-1962', '0947'],
      nationalities: ['DPRK'],
      comments: 'Ship & crew',
    });
  });

  it('reads a list with no entries', () => {
    expect(parseUnList(wrap('<INDIVIDUALS/><ENTITIES/>'))).toEqual({
      dateGenerated: '2026-01-01T00:00:00Z',
      individuals: [],
      entities: [],
    });
  });

  it.each([
    ['', 'xml_empty'],
    ['   \n', 'xml_empty'],
    ['<CONSOLIDATED_LIST><INDIVIDUALS></CONSOLIDATED_LIST>', 'xml_malformed'],
    ['not xml at all', 'xml_malformed'],
    ['<OTHER_LIST><INDIVIDUALS/></OTHER_LIST>', 'xml_wrong_root'],
    [
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><CONSOLIDATED_LIST>&lol2;</CONSOLIDATED_LIST>',
      'xml_doctype_forbidden',
    ],
    [
      '<?xml version="1.0"?><!doctype x SYSTEM "file:///etc/passwd"><CONSOLIDATED_LIST/>',
      'xml_doctype_forbidden',
    ],
    ['<CONSOLIDATED_LIST><!ENTITY x "y"></CONSOLIDATED_LIST>', 'xml_doctype_forbidden'],
  ])('refuses %j with %s', (xml, code) => {
    expect(() => parseUnList(xml)).toThrow(SanctionsListError);
    try {
      parseUnList(xml);
    } catch (error) {
      expect((error as SanctionsListError).code).toBe(code);
    }
  });

  it('leaves undeclared entity references as text instead of expanding them', () => {
    const xml = wrap(
      '<ENTITIES><ENTITY><FIRST_NAME>A &amp;amp; B</FIRST_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></ENTITY></ENTITIES>',
    );
    expect(parseUnList(xml).entities[0]!.name).toBe('A &amp; B');
  });
});

describe('diffLists', () => {
  const entries = parsed.entities.slice(0, 3);
  const stored = entries.map((entry) => ({ referenceNumber: entry.referenceNumber, hash: hashEntry(entry) }));

  it('finds added, removed and changed entries by reference number', () => {
    const changed = { ...entries[1]!, comments: 'Updated' };
    const added = parsed.entities[5]!;
    const diff = diffLists(stored, [changed, entries[2]!, added]);
    expect(diff.added.map((e) => e.referenceNumber)).toEqual([added.referenceNumber]);
    expect(diff.removed).toEqual([entries[0]!.referenceNumber]);
    expect(diff.changed.map((e) => e.referenceNumber)).toEqual([entries[1]!.referenceNumber]);
  });

  it('hashes content, not property order', () => {
    const entry = entries[0]!;
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as typeof entry;
    expect(hashEntry(reordered)).toBe(hashEntry(entry));
    expect(hashEntry({ ...entry, name: entry.name + 'X' })).not.toBe(hashEntry(entry));
    expect(hashEntry(entry)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports nothing for an unchanged list', () => {
    expect(diffLists(stored, entries)).toEqual({ added: [], removed: [], changed: [] });
  });
});
