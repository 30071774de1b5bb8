import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, KR_CHAIR, US_DELEGATE, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

interface Listed {
  id: string;
  title: string;
  clearance: { canClear: boolean; reasons: { code: string; message: string }[] };
}

describe('the proposals list and screening', () => {
  it('shows on each list row the same clearance as the proposal itself, screening included', async () => {
    const kr = await t.as(KR_CHAIR);
    const make = async (title: string, extra: Record<string, unknown>) => {
      const res = await kr.post(`/groups/${t.groupId}/proposals`, {
        title,
        plannedFor: '2019-02-01',
        ...extra,
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json<{ id: string }>().id;
      expect((await kr.post(`/proposals/${id}/transitions`, { action: 'notify' })).statusCode).toBe(200);
      return id;
    };
    const listed = await make('Meeting with a listed person', {
      counterparties: [{ name: 'Choe Sok Min', kind: 'person', country: 'KP' }],
    });
    const fuel = await make('Fuel delivery', {
      items: [
        {
          description: 'Diesel',
          hsCode: '2710.19',
          quantity: 10,
          unit: 't',
          valueUsd: 9000,
          endUser: 'Korail',
        },
      ],
    });
    const clean = await make('Survey instruments', {
      items: [
        {
          description: 'Theodolites',
          hsCode: '9015.20',
          quantity: 2,
          unit: 'pcs',
          valueUsd: 5000,
          endUser: 'Korail',
        },
      ],
    });
    for (const email of [KR_CHAIR, US_DELEGATE]) {
      const client = await t.as(email);
      const list = (await client.get(`/groups/${t.groupId}/proposals?status=notified&limit=200`)).json<{
        items: Listed[];
      }>().items;
      for (const id of [listed, fuel, clean]) {
        const row = list.find((p) => p.id === id)!;
        const detail = (await client.get(`/proposals/${id}`)).json<Listed>();
        expect(row.clearance, `${email} ${row.title}`).toEqual(detail.clearance);
      }
      const byId = new Map(list.map((p) => [p.id, p]));
      expect(JSON.stringify(byId.get(listed)!.clearance.reasons)).toContain('KPi.064');
      expect(JSON.stringify(byId.get(fuel)!.clearance.reasons)).toContain('2710.19');
      expect(JSON.stringify(byId.get(clean)!.clearance.reasons)).not.toMatch(/screening|exemption/i);
    }
  });
});
