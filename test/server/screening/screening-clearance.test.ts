import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindExpiringExemptions } from '../../../src/server/modules/exemptions/exemptions.reminders.js';
import {
  createTestApp,
  KR_CHAIR,
  KR_DELEGATE,
  KR_MOU,
  testDbKind,
  US_CHAIR,
  US_DELEGATE,
  type TestApp,
  type TestClient,
} from '../../support/test-app.js';
import { pdfText } from './screening-support.js';

interface HitJson {
  id: string;
  counterpartyName: string;
  referenceNumber: string;
  disposition: { disposition: string; reason: string; party: string | null } | null;
  history: { disposition: string }[];
  abilities: { disposition: boolean };
}
interface ScreeningJson {
  run: {
    listVersionId: string | null;
    reason: string;
    hits: HitJson[];
    goods: { hsCode: string | null; measures: { id: string }[]; coveredBy: string | null }[];
    blockers: { code: string; message: string }[];
  } | null;
}
interface ExemptionJson {
  id: string;
  status: string;
  validUntil: string | null;
  approvedOn: string | null;
  sections: Record<string, string>;
  covers: { hsCode: string; measureIds: string[] }[];
  abilities: { edit: boolean; submit: boolean; decide: boolean };
}
interface ErrorJson {
  error: {
    code: string;
    message: string;
    details?: { fields?: { field: string }[]; reasons?: { code: string; message: string }[] };
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function draft(client: TestClient, extra: Record<string, unknown>): Promise<string> {
  const res = await client.post(`/groups/${t.groupId}/proposals`, {
    title: 'Test cooperation project',
    summary: 'A project with a DPRK counterpart.',
    plannedFor: '2018-12-10',
    location: 'Kaesong, DPRK',
    items: [],
    counterparties: [],
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** Notified by KR, concurred by the US: only the screening conditions can hold it back. */
async function readyToClear(id: string): Promise<void> {
  const steps: [string, string][] = [
    [KR_CHAIR, 'notify'],
    [US_CHAIR, 'concur'],
  ];
  for (const [who, action] of steps) {
    const res = await (await t.as(who)).post(`/proposals/${id}/transitions`, { action });
    if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.statusCode} ${res.body}`);
  }
}

/** The clearance rule reports every screening blocker in one reason. */
function screeningReason(reasons: { code: string; message: string }[] | undefined): string {
  return reasons?.find((r) => r.code === 'blocked_by_screening')?.message ?? '';
}

const clear = async (id: string) =>
  (await t.as(KR_CHAIR)).post(`/proposals/${id}/transitions`, { action: 'clear' });
const screening = async (client: TestClient, id: string) =>
  (await client.get(`/proposals/${id}/screening`)).json<ScreeningJson>();

describe(`screening in the consultation workflow (${testDbKind()})`, () => {
  it('screens the demo railway survey and finds its fuel and rolling stock under measures', async () => {
    const us = await t.as(US_DELEGATE);
    const list = (await us.get(`/groups/${t.groupId}/proposals`)).json<{
      items: { id: string; title: string }[];
    }>();
    const survey = list.items.find((p) => p.title === 'Joint inter-Korean railway survey')!;
    const view = await screening(us, survey.id);
    expect(view.run?.listVersionId).not.toBeNull();
    expect(view.run?.hits).toEqual([]);
    const byCode = new Map(view.run!.goods.map((g) => [g.hsCode, g.measures.map((m) => m.id)]));
    expect(byCode.get('8606')).toContain('unscr-2397-7-transport');
    expect(byCode.get('2710.19')).toContain('unscr-2397-5-refined-petroleum');
    expect(view.run!.blockers.map((b) => b.code)).toContain('exemption_required');
    const requests = (await us.get(`/proposals/${survey.id}/exemption-requests`)).json<{
      items: ExemptionJson[];
    }>();
    expect(requests.items).toHaveLength(1);
    expect(requests.items[0]).toMatchObject({
      status: 'submitted',
      abilities: { edit: false, decide: false },
    });
    expect(requests.items[0]!.sections.justification).toContain('S/RES/2397 (2017)');
  });

  it('holds back a proposal whose counterparty hits the list until a hit is dispositioned', async () => {
    const kr = await t.as(KR_DELEGATE);
    const id = await draft(kr, {
      counterparties: [
        { name: 'Korea Mining Development Trading Corp.', kind: 'organization', country: 'KP' },
      ],
    });
    // A draft is the proposing party's alone: its screening too.
    expect((await (await t.as(US_DELEGATE)).get(`/proposals/${id}/screening`)).statusCode).toBe(404);
    const first = await screening(kr, id);
    const hit = first.run!.hits.find((h) => h.referenceNumber === 'KPe.001')!;
    expect(hit).toMatchObject({ disposition: null, abilities: { disposition: true } });
    expect(
      (
        await (
          await t.as(US_DELEGATE)
        ).post(`/screening-hits/${hit.id}/disposition`, {
          disposition: 'false_positive',
          reason: 'Not the same company at all.',
        })
      ).statusCode,
    ).toBe(404);

    await readyToClear(id);
    const blocked = await clear(id);
    expect(blocked.statusCode).toBe(409);
    const reasons = blocked.json<ErrorJson>().error.details?.reasons ?? [];
    expect(screeningReason(reasons)).toContain('without a disposition');
    expect(screeningReason(reasons)).toContain('KPe.001');

    const us = await t.as(US_DELEGATE);
    const short = await us.post(`/screening-hits/${hit.id}/disposition`, {
      disposition: 'false_positive',
      reason: 'no',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json<ErrorJson>().error.details?.fields?.map((f) => f.field)).toContain('body.reason');
    const mou = await t.as(KR_MOU);
    expect(
      (
        await mou.post(`/screening-hits/${hit.id}/disposition`, {
          disposition: 'true_match',
          reason: 'It is the listed arms exporter.',
        })
      ).statusCode,
    ).toBe(200);

    const trueMatch = await clear(id);
    expect(trueMatch.statusCode).toBe(409);
    expect(screeningReason(trueMatch.json<ErrorJson>().error.details?.reasons)).toContain(
      'recorded as a true match',
    );

    // The partner may re-disposition; the history is kept and both parties see it.
    const redo = await us.post(`/screening-hits/${hit.id}/disposition`, {
      disposition: 'false_positive',
      reason: 'Registration number differs from KOMID; a different mining firm.',
    });
    expect(redo.statusCode).toBe(200);
    const seenByKr = (await screening(kr, id)).run!.hits.find((h) => h.id === hit.id)!;
    expect(seenByKr.disposition).toMatchObject({ disposition: 'false_positive', party: 'US' });
    expect(seenByKr.history.map((h) => h.disposition)).toEqual(['true_match', 'false_positive']);

    // A re-screen keeps the disposition of the same name and entry.
    const again = await kr.post(`/proposals/${id}/screening`);
    expect(again.statusCode).toBe(200);
    expect(
      again.json<ScreeningJson>().run!.hits.find((h) => h.referenceNumber === 'KPe.001')?.disposition
        ?.disposition,
    ).toBe('false_positive');
    expect((await clear(id)).statusCode).toBe(200);

    const audit = await t.runtime.deps.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'screening.disposition')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('re-screens when the counterparties change', async () => {
    const kr = await t.as(KR_DELEGATE);
    const id = await draft(kr, {
      counterparties: [{ name: 'Pyongyang Trading Office', kind: 'organization', country: 'KP' }],
    });
    expect((await screening(kr, id)).run!.hits).toEqual([]);
    const edit = await kr.patch(`/proposals/${id}`, {
      counterparties: [{ name: 'Kim Yong Chol', kind: 'person', country: 'KP' }],
    });
    expect(edit.statusCode).toBe(200);
    const after = await screening(kr, id);
    expect(after.run).toMatchObject({ reason: 'material_edit' });
    expect(after.run!.hits.map((h) => h.referenceNumber)).toContain('KPi.024');
  });

  it('blocks goods under a measure until an exemption is approved and valid on the planned date', async () => {
    const kr = await t.as(KR_DELEGATE);
    const id = await draft(kr, {
      items: [
        {
          description: 'Diesel fuel',
          hsCode: '2710.19',
          quantity: 20000,
          unit: 'litres',
          valueUsd: 18000,
          endUser: 'Korail',
        },
        {
          description: 'Rice',
          hsCode: '1006.30',
          quantity: 100,
          unit: 'tonnes',
          valueUsd: 50000,
          endUser: 'WFP',
        },
      ],
    });
    await readyToClear(id);
    const blocked = await clear(id);
    expect(blocked.statusCode).toBe(409);
    const reasons = blocked.json<ErrorJson>().error.details?.reasons ?? [];
    expect(screeningReason(reasons)).toContain(
      'Item "Diesel fuel" (HS 2710.19) falls under UN sanctions measures',
    );
    expect(screeningReason(reasons)).not.toContain('Rice');

    // The partner cannot request it; the proposing party drafts one prefilled from the proposal.
    expect((await (await t.as(US_DELEGATE)).post(`/proposals/${id}/exemption-requests`, {})).statusCode).toBe(
      403,
    );
    const created = await kr.post(`/proposals/${id}/exemption-requests`, {});
    expect(created.statusCode).toBe(201);
    const req = created.json<ExemptionJson>();
    expect(req.covers).toEqual([
      {
        description: 'Diesel fuel',
        hsCode: '2710.19',
        measureIds: expect.arrayContaining(['unscr-2397-5-refined-petroleum']) as unknown,
      },
    ]);
    expect(req.sections.goods).toContain('HS 2710.19');
    expect(req.sections.goods).toContain('20,000 litres');

    const edited = await kr.patch(`/exemption-requests/${req.id}`, {
      sections: { monitoring: 'WFP field monitors visit every site weekly.' },
    });
    expect(edited.json<ExemptionJson>().sections.monitoring).toBe(
      'WFP field monitors visit every site weekly.',
    );
    // A draft is not decided; a delegate does not decide.
    expect(
      (await (await t.as(KR_CHAIR)).patch(`/exemption-requests/${req.id}`, { status: 'approved' }))
        .statusCode,
    ).toBe(409);
    expect((await kr.patch(`/exemption-requests/${req.id}`, { status: 'submitted' })).statusCode).toBe(200);
    expect(
      (await kr.patch(`/exemption-requests/${req.id}`, { sections: { nature: 'late edit' } })).statusCode,
    ).toBe(409);
    expect((await kr.patch(`/exemption-requests/${req.id}`, { status: 'approved' })).statusCode).toBe(403);

    const chair = await t.as(KR_CHAIR);
    const tooLong = await chair.patch(`/exemption-requests/${req.id}`, {
      status: 'approved',
      approvedOn: '2018-11-20',
      validUntil: '2019-09-01',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<ErrorJson>().error.details?.fields?.map((f) => f.field)).toEqual(['body.validUntil']);
    // Approved, but expiring before the planned date: still blocked.
    const short = await chair.patch(`/exemption-requests/${req.id}`, {
      status: 'approved',
      approvedOn: '2018-11-20',
      validUntil: '2018-12-01',
    });
    expect(short.statusCode).toBe(200);
    const stillBlocked = await clear(id);
    expect(stillBlocked.statusCode).toBe(409);
    expect(screeningReason(stillBlocked.json<ErrorJson>().error.details?.reasons)).toContain(
      'valid on 2018-12-10',
    );

    const second = (await kr.post(`/proposals/${id}/exemption-requests`, {})).json<ExemptionJson>();
    await kr.patch(`/exemption-requests/${second.id}`, { status: 'submitted' });
    const approved = await chair.patch(`/exemption-requests/${second.id}`, {
      status: 'approved',
      approvedOn: '2018-11-20',
    });
    expect(approved.json<ExemptionJson>()).toMatchObject({
      status: 'approved',
      approvedOn: '2018-11-20',
      validUntil: '2019-05-20',
    });
    const view = await screening(await t.as(US_DELEGATE), id);
    expect(view.run!.goods.find((g) => g.hsCode === '2710.19')?.coveredBy).toBe(second.id);
    expect((await clear(id)).statusCode).toBe(200);

    // 30 days before expiry the proposing party is reminded, once.
    t.clock.set('2019-04-25T00:00:00.000Z');
    await remindExpiringExemptions(t.runtime.deps);
    await remindExpiringExemptions(t.runtime.deps);
    const reminders = await t.runtime.deps.db
      .selectFrom('notifications')
      .select(['userId'])
      .where('kind', '=', 'exemption_request.expiring')
      .where('recordId', '=', id)
      .execute();
    const krChairId = t.world.users.get(KR_CHAIR);
    expect(reminders.filter((r) => r.userId === krChairId)).toHaveLength(1);
    expect(reminders.some((r) => r.userId === t.world.users.get(US_CHAIR))).toBe(false);
    t.clock.set('2018-11-15T00:00:00.000Z');
  });

  it('writes the request as a PDF letter to the 1718 Committee with the marking on every page', async () => {
    const us = await t.as(US_DELEGATE);
    const list = (await us.get(`/groups/${t.groupId}/proposals`)).json<{
      items: { id: string; title: string }[];
    }>();
    const survey = list.items.find((p) => p.title === 'Joint inter-Korean railway survey')!;
    const [request] = (await us.get(`/proposals/${survey.id}/exemption-requests`)).json<{
      items: ExemptionJson[];
    }>().items;
    const res = await us.get(`/exemption-requests/${request!.id}/document.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = Buffer.from(res.body, 'latin1');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/v1/exemption-requests/${request!.id}/document.pdf`,
      headers: { cookie: us.cookie! },
    });
    const text = await pdfText(raw.rawPayload);
    expect(text).toContain('Republic of Korea');
    expect(text).toContain(
      'To the Chair of the Security Council Committee established pursuant to resolution 1718 (2006)',
    );
    expect(text).toContain('Why an exemption is needed');
    expect(text).toContain('UNCLASSIFIED');
    expect((await t.anonymous.get(`/exemption-requests/${request!.id}/document.pdf`)).statusCode).toBe(401);
  });

  it('lets the demo approve the railway survey exemption and clear the survey', async () => {
    const chair = await t.as(KR_CHAIR);
    const list = (await chair.get(`/groups/${t.groupId}/proposals`)).json<{
      items: { id: string; title: string }[];
    }>();
    const survey = list.items.find((p) => p.title === 'Joint inter-Korean railway survey')!;
    const [request] = (await chair.get(`/proposals/${survey.id}/exemption-requests`)).json<{
      items: ExemptionJson[];
    }>().items;
    expect(request!.abilities.decide).toBe(true);
    const approved = await chair.patch(`/exemption-requests/${request!.id}`, {
      status: 'approved',
      approvedOn: '2018-11-23',
    });
    expect(approved.statusCode).toBe(200);
    const view = await screening(chair, survey.id);
    expect(view.run!.blockers).toEqual([]);
  });
});
