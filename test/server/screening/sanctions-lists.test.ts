import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  createTestApp,
  KR_CHAIR,
  testDbKind,
  US_DELEGATE,
  type TestApp,
} from '../../support/test-app.js';
import {
  buildListXml,
  latestVersionCount,
  postXml,
  SHIPPED_LIST_SHA,
  shippedListXml,
} from './screening-support.js';

interface VersionJson {
  id: string;
  sha256: string;
  individualCount: number;
  entityCount: number;
  isLatest: boolean;
  created?: boolean;
  dateGenerated: string | null;
  diffSummary: { added: number; removed: number; changed: number };
  diff?: {
    previousVersionId: string | null;
    added: { referenceNumber: string }[];
    removed: { referenceNumber: string }[];
    changed: { referenceNumber: string }[];
  };
}
interface ScreenJson {
  results: {
    query: string;
    matches: { referenceNumber: string; score: number; explanation: string; kind: string; regime: string }[];
  }[];
}
interface ErrorJson {
  error: { code: string; message: string; details?: { fields?: { field: string }[] } };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe(`sanctions lists and screening (${testDbKind()})`, () => {
  it('loads the shipped UN list at demo start, and re-importing it changes nothing', async () => {
    const list = (await (await t.as(US_DELEGATE)).get('/sanctions/lists')).json<{ items: VersionJson[] }>();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      sha256: SHIPPED_LIST_SHA,
      individualCount: 737,
      entityCount: 272,
      isLatest: true,
      dateGenerated: '2026-05-08T23:00:06.922Z',
    });
    const before = await latestVersionCount(t);
    const admin = await t.as(ADMIN);
    const again = await postXml(admin, '/sanctions/lists', shippedListXml(), 'text/xml');
    expect(again.statusCode).toBe(200);
    expect(again.json<VersionJson>()).toMatchObject({ created: false, id: list.items[0]!.id });
    expect(await latestVersionCount(t)).toEqual(before);
  });

  it('screens names: listed DPRK names in other romanizations are found, group officials are not', async () => {
    const kr = await t.as(KR_CHAIR);
    const res = await kr.post('/sanctions/screen', {
      names: [
        'Choe Sok-min',
        'Sok Min Choe',
        'KIM YONG CHOL',
        'Lee Do-hoon',
        'Stephen Biegun',
        'Alex Wong',
        'Allison Hooker',
      ],
    });
    expect(res.statusCode).toBe(200);
    const [choe, reversed, kim, ...officials] = res.json<ScreenJson>().results;
    expect(choe!.matches[0]).toMatchObject({
      referenceNumber: 'KPi.064',
      regime: 'DPRK',
      kind: 'individual',
    });
    expect(choe!.matches[0]!.explanation.length).toBeGreaterThan(0);
    expect(reversed!.matches[0]!.referenceNumber).toBe('KPi.064');
    expect(kim!.matches[0]).toMatchObject({ referenceNumber: 'KPi.024', score: 1 });
    for (const official of officials) expect(official.matches, official.query).toEqual([]);
  });

  it('refuses bad screening requests and signed-out callers', async () => {
    const kr = await t.as(KR_CHAIR);
    const tooMany = await kr.post('/sanctions/screen', {
      names: Array.from({ length: 101 }, (_, i) => `Name ${i}`),
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json<ErrorJson>().error.details?.fields?.map((f) => f.field)).toContain('body.names');
    expect((await t.anonymous.post('/sanctions/screen', { names: ['Kim'] })).statusCode).toBe(401);
    expect((await t.anonymous.get('/sanctions/lists')).statusCode).toBe(401);
  });

  it.each([
    ['2710.19', ['unscr-2397-5-refined-petroleum', 'unscr-2270-31-aviation-fuel'], true],
    ['8606', ['unscr-2397-7-transport'], true],
    ['9302', ['unscr-1718-8-arms'], true],
    ['1006.30', [], false],
  ])('answers the goods measures for HS %s', async (hsCode, ids, exempt) => {
    const res = await (
      await t.as(US_DELEGATE)
    ).get(`/sanctions/goods-rules?hsCode=${encodeURIComponent(hsCode)}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ measures: { id: string; citation: string }[]; requiresExemption: boolean }>();
    for (const id of ids) expect(body.measures.map((m) => m.id)).toContain(id);
    if (ids.length === 0) expect(body.measures).toEqual([]);
    expect(body.requiresExemption).toBe(exempt);
    for (const m of body.measures) expect(m.citation).toMatch(/S\/RES\/\d{4}/);
  });

  it('names hsCode when it is not numeric', async () => {
    const res = await (await t.as(US_DELEGATE)).get('/sanctions/goods-rules?hsCode=diesel');
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorJson>().error.details?.fields?.map((f) => f.field)).toEqual(['query.hsCode']);
  });

  it.each([
    ['a wrong root', '<?xml version="1.0"?><SANCTIONS><INDIVIDUALS/></SANCTIONS>', 400, 'xml_wrong_root'],
    [
      'an entity expansion (billion laughs)',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol2;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>',
      400,
      'xml_doctype_forbidden',
    ],
    ['malformed XML', '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL></INDIVIDUALS>', 400, 'xml_malformed'],
    ['an empty body', '   ', 400, 'xml_empty'],
    [
      'a list without entries',
      '<CONSOLIDATED_LIST dateGenerated="x"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>',
      400,
      'list_empty',
    ],
  ])('refuses %s and changes nothing', async (_what, xml, status, code) => {
    const before = await latestVersionCount(t);
    const res = await postXml(await t.as(ADMIN), '/sanctions/lists', xml);
    expect(res.statusCode).toBe(status);
    expect(res.json<ErrorJson>().error.code).toBe(code);
    expect(await latestVersionCount(t)).toEqual(before);
  });

  it('refuses a body over 20 MB with 413, and imports only for administrators', async () => {
    const before = await latestVersionCount(t);
    const huge = `<CONSOLIDATED_LIST>${'x'.repeat(21 * 1024 * 1024)}</CONSOLIDATED_LIST>`;
    const res = await postXml(await t.as(ADMIN), '/sanctions/lists', huge);
    expect(res.statusCode).toBe(413);
    expect(res.json<ErrorJson>().error.code).toBe('payload_too_large');
    const byChair = await postXml(
      await t.as(KR_CHAIR),
      '/sanctions/lists',
      buildListXml([{ ref: 'KPi.900', dataId: '1', kind: 'individual', names: ['KIM', 'TEST'] }]),
    );
    expect(byChair.statusCode).toBe(403);
    expect(await latestVersionCount(t)).toEqual(before);
  });

  it('imports a new version with aliases and leading zeros kept, and shows the diff against the previous one', async () => {
    const admin = await t.as(ADMIN);
    const v1 = await postXml(
      admin,
      '/sanctions/lists',
      buildListXml([
        {
          ref: 'KPi.901',
          dataId: '0007001',
          kind: 'individual',
          names: ['PAK', 'TO CHUN'],
          aliases: [
            { quality: 'Good', name: 'Pak Do-chun; Pak To-ch’un' },
            { quality: '', name: '' },
            { quality: 'Low', name: 'Park Do Chun' },
          ],
          documentNumber: '000123456',
        },
        { ref: 'KPe.901', dataId: '0007002', kind: 'entity', names: ['KOREA TEST TRADING CORPORATION'] },
      ]),
    );
    expect(v1.statusCode).toBe(201);
    const first = v1.json<VersionJson>();
    expect(first).toMatchObject({ created: true, individualCount: 1, entityCount: 1, isLatest: true });
    // Against the shipped list: both are new, all 1009 of the shipped list are gone.
    expect(first.diff!.added.map((a) => a.referenceNumber).sort()).toEqual(['KPe.901', 'KPi.901']);
    expect(first.diff!.removed).toHaveLength(1009);

    const row = await t.runtime.deps.db
      .selectFrom('sanctionsEntries')
      .selectAll()
      .where('versionId', '=', first.id)
      .where('referenceNumber', '=', 'KPi.901')
      .executeTakeFirstOrThrow();
    expect(row.dataId).toBe('0007001');
    expect(JSON.parse(row.aliases)).toEqual([
      { name: 'Pak Do-chun', quality: 'Good' },
      { name: 'Pak To-ch’un', quality: 'Good' },
      { name: 'Park Do Chun', quality: 'Low' },
    ]);
    const screened = await (await t.as(KR_CHAIR)).post('/sanctions/screen', { names: ['Pak Do Chun'] });
    expect(screened.json<ScreenJson>().results[0]!.matches[0]!.referenceNumber).toBe('KPi.901');

    const v2 = await postXml(
      admin,
      '/sanctions/lists',
      buildListXml([
        {
          ref: 'KPi.901',
          dataId: '0007001',
          kind: 'individual',
          names: ['PAK', 'TO CHUN'],
          aliases: [{ quality: 'Good', name: 'Pak Do-chun' }],
        },
        { ref: 'KPi.902', dataId: '0007003', kind: 'individual', names: ['RI', 'MYONG SU'] },
      ]),
    );
    expect(v2.statusCode).toBe(201);
    const second = v2.json<VersionJson>();
    expect(second.diff).toMatchObject({
      previousVersionId: first.id,
      added: [{ referenceNumber: 'KPi.902' }],
      removed: [{ referenceNumber: 'KPe.901' }],
      changed: [{ referenceNumber: 'KPi.901' }],
    });
    const detail = await (await t.as(US_DELEGATE)).get(`/sanctions/lists/${second.id}`);
    expect(detail.json<VersionJson>()).toMatchObject({
      isLatest: true,
      diffSummary: { added: 1, removed: 1, changed: 1 },
    });
    const versions = (await (await t.as(US_DELEGATE)).get('/sanctions/lists')).json<{
      items: VersionJson[];
    }>();
    expect(versions.items.map((v) => v.id).slice(0, 2)).toEqual([second.id, first.id]);
    expect((await (await t.as(US_DELEGATE)).get('/sanctions/lists/nope')).statusCode).toBe(404);
  });
});

// Its own database: the tests above expect the shipped list to be the latest version.
describe(`simultaneous sanctions list imports (${testDbKind()})`, () => {
  let u: TestApp;
  beforeAll(async () => {
    u = await createTestApp();
  });
  afterAll(async () => u?.close());

  it('imports the same new file sent twice at once as one version, and two different files as two in turn', async () => {
    const admin = await u.as(ADMIN);
    const before = await latestVersionCount(u);
    const list = (ref: string) =>
      buildListXml([
        { ref, dataId: ref.replace(/\D/g, ''), kind: 'individual', names: ['RI', 'SIMULTANEOUS'] },
      ]);
    const same = list('KPi.951');
    const [a, b] = await Promise.all([
      postXml(admin, '/sanctions/lists', same),
      postXml(admin, '/sanctions/lists', same),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json<VersionJson>().id).toBe(b.json<VersionJson>().id);
    expect((await latestVersionCount(u)).versions).toBe(before.versions + 1);

    const [c, d] = await Promise.all([
      postXml(admin, '/sanctions/lists', list('KPi.952')),
      postXml(admin, '/sanctions/lists', list('KPi.953')),
    ]);
    expect([c.statusCode, d.statusCode]).toEqual([201, 201]);
    const versions = (await admin.get('/sanctions/lists')).json<{ items: VersionJson[] }>().items;
    expect(
      versions
        .slice(0, 2)
        .map((v) => v.id)
        .sort(),
    ).toEqual([c.json<VersionJson>().id, d.json<VersionJson>().id].sort());
    expect(versions.filter((v) => v.isLatest)).toHaveLength(1);
  });
});
