import type { CreateProposalInput } from '../../../core/contract/proposals.js';
import type { ProposalAction } from '../../../core/workflow/index.js';
import type { ServiceContext } from '../../context.js';
import type { DemoWorld } from '../../demo/seeders.js';
import { buildActor } from '../auth/auth.service.js';
import { findUserByEmail } from '../users/users.repository.js';
import { createProposal, transitionProposal } from './proposals.service.js';

const KR_CHAIR = 'lee.dohoon@mofa.kr.example';
const KR_DELEGATE = 'lee.dongyeol@mofa.kr.example';
const KR_MOU = 'director.exchange@mou.kr.example';
const US_CHAIR = 'stephen.biegun@state.us.example';
const US_DELEGATE = 'alex.wong@state.us.example';

interface DemoStep {
  at: string;
  by: string;
  action: ProposalAction;
  note?: string;
}

interface DemoProposal {
  at: string;
  by: string;
  track: string;
  input: Omit<CreateProposalInput, 'trackId'>;
  steps: DemoStep[];
}

const base = {
  visibility: 'shared' as const,
  classification: 'UNCLASSIFIED',
  reportUnilateral: false,
  note: null,
  fundsTransfers: [],
};

/** The four proposals of scenario.md, in the states the demo story starts from. */
const DEMO_PROPOSALS: DemoProposal[] = [
  {
    at: '2018-11-16T01:00:00.000Z',
    by: KR_MOU,
    track: 'inter_korean',
    input: {
      ...base,
      title: 'Joint inter-Korean railway survey',
      summary:
        'A joint field survey of the Gyeongui line (Kaesong–Sinuiju) and the Donghae line (Mount Kumgang–Tumen River) ' +
        'with the DPRK railway authorities, as agreed at the Pyongyang summit, ahead of reconnecting the railways. ' +
        'A South Korean survey train crosses at Dorasan; fuel and equipment are taken in for the survey only. ' +
        'Needs an exemption from the 1718 Committee.',
      plannedFor: '2018-11-30',
      location: 'Gyeongui and Donghae lines, DPRK (crossing at Dorasan Station)',
      items: [
        {
          description: 'Survey train: rolling stock (passenger, generator, water-tank and fuel-tank cars)',
          hsCode: '8606',
          quantity: 6,
          unit: 'cars',
          valueUsd: null,
          endUser: 'Korail survey team (returns with the train)',
        },
        {
          description: 'Diesel fuel for the survey train (refined petroleum)',
          hsCode: '2710.19',
          quantity: 50_000,
          unit: 'litres',
          valueUsd: 45_000,
          endUser: 'Korail survey team, consumed during the survey',
        },
        {
          description: 'Surveying instruments and track-inspection equipment',
          hsCode: '9015',
          quantity: 1,
          unit: 'set',
          valueUsd: 120_000,
          endUser: 'Korea Railroad Research Institute (returns with the team)',
        },
      ],
      counterparties: [{ name: 'Ministry of Railways of the DPRK', kind: 'organization', country: 'KP' }],
    },
    steps: [
      { at: '2018-11-20T20:00:00.000Z', by: KR_CHAIR, action: 'notify' },
      { at: '2018-11-21T15:00:00.000Z', by: US_DELEGATE, action: 'acknowledge' },
    ],
  },
  {
    at: '2018-12-10T02:00:00.000Z',
    by: KR_MOU,
    track: 'inter_korean',
    input: {
      ...base,
      title: 'Groundbreaking ceremony at Panmun Station',
      summary:
        'Groundbreaking ceremony for reconnecting and modernizing the cross-border roads and railways, with ' +
        'delegations of both Koreas. Equipment for the ceremony is brought in and taken back the same day.',
      plannedFor: '2018-12-26',
      location: 'Panmun Station, Kaesong, DPRK',
      items: [
        {
          description: 'Ceremony stage, sound system and generators (brought back after the ceremony)',
          hsCode: '8518',
          quantity: 1,
          unit: 'set',
          valueUsd: 30_000,
          endUser: 'Ministry of Unification ceremony team',
        },
      ],
      counterparties: [{ name: 'DPRK railway authorities', kind: 'organization', country: 'KP' }],
    },
    steps: [{ at: '2018-12-14T06:00:00.000Z', by: KR_CHAIR, action: 'notify' }],
  },
  {
    at: '2018-12-12T01:00:00.000Z',
    by: KR_DELEGATE,
    track: 'humanitarian',
    input: {
      ...base,
      title: 'US$8 million humanitarian assistance through international agencies',
      summary:
        'Contribution from the Inter-Korean Cooperation Fund to the World Food Programme (nutrition support for ' +
        'children and pregnant women) and UNICEF (vaccines, medicines and nutrition), delivered and monitored by ' +
        'the agencies.',
      plannedFor: '2018-12-28',
      location: 'DPRK, through the agencies',
      items: [],
      counterparties: [
        { name: 'World Food Programme (WFP)', kind: 'organization', country: 'IT' },
        { name: "United Nations Children's Fund (UNICEF)", kind: 'organization', country: 'US' },
      ],
      fundsTransfers: [
        { amount: 4_500_000, currency: 'USD', channel: 'Inter-Korean Cooperation Fund to WFP' },
        { amount: 3_500_000, currency: 'USD', channel: 'Inter-Korean Cooperation Fund to UNICEF' },
      ],
    },
    steps: [
      { at: '2018-12-14T06:30:00.000Z', by: KR_CHAIR, action: 'notify' },
      {
        at: '2018-12-21T03:00:00.000Z',
        by: US_CHAIR,
        action: 'concur',
        note: 'Discussed at the second meeting in Seoul; delivery through the agencies with their monitoring.',
      },
      { at: '2018-12-21T05:00:00.000Z', by: KR_CHAIR, action: 'clear' },
    ],
  },
  {
    at: '2018-12-19T16:00:00.000Z',
    by: US_DELEGATE,
    track: 'humanitarian',
    input: {
      ...base,
      title: 'Resumption of US humanitarian assistance',
      summary:
        'Review of the policy on travel of US aid workers to the DPRK and faster handling of 1718 Committee ' +
        'exemptions for shipments by US non-governmental organizations.',
      plannedFor: null,
      location: null,
      items: [],
      counterparties: [],
    },
    steps: [],
  },
];

/** Runs the proposals' demo through the service, each step as its 2018 actor at its 2018 time. */
export async function seedDemoProposals(ctx: ServiceContext, world: DemoWorld): Promise<void> {
  const actors = new Map<string, ServiceContext['actor']>();
  const as = async (email: string, at: string): Promise<ServiceContext> => {
    if (!actors.has(email)) {
      const user = await findUserByEmail(ctx.db, email);
      if (!user) throw new Error(`demo user ${email} is missing`);
      actors.set(email, await buildActor(ctx, user, { method: 'system' }));
    }
    const fixed = new Date(at);
    return { ...ctx, actor: actors.get(email) ?? null, clock: { now: () => fixed } };
  };
  const pendingBefore = new Set(
    (
      await ctx.db
        .selectFrom('outbox')
        .select('id')
        .where('kind', '=', 'email')
        .where('doneAt', 'is', null)
        .execute()
    ).map((r) => r.id),
  );
  for (const demo of DEMO_PROPOSALS) {
    const input: CreateProposalInput = { ...demo.input, trackId: world.tracks.get(demo.track) ?? null };
    const id = await createProposal(await as(demo.by, demo.at), world.groupId, input);
    for (const step of demo.steps) {
      await transitionProposal(await as(step.by, step.at), id, {
        action: step.action,
        note: step.note ?? null,
      });
    }
  }
  // The 2018 notices are history: keep them in the app, but send no e-mail for them.
  const created = (
    await ctx.db
      .selectFrom('outbox')
      .select('id')
      .where('kind', '=', 'email')
      .where('doneAt', 'is', null)
      .execute()
  )
    .map((r) => r.id)
    .filter((id) => !pendingBefore.has(id));
  for (let i = 0; i < created.length; i += 200) {
    await ctx.db
      .updateTable('outbox')
      .set({ doneAt: ctx.clock.now().toISOString(), lastError: 'demo data: not sent' })
      .where('id', 'in', created.slice(i, i + 200))
      .execute();
  }
}
