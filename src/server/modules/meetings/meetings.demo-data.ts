/** The two rounds of 2018 and their statements, from public reporting (../shared/scenario.md). */

const KR_CHAIR = 'lee.dohoon@mofa.kr.example';
const KR_DELEGATE = 'lee.dongyeol@mofa.kr.example';
const KR_MOU = 'director.exchange@mou.kr.example';
const KR_STAFF = 'secretary@president.kr.example';
const US_CHAIR = 'stephen.biegun@state.us.example';
const US_DELEGATE = 'alex.wong@state.us.example';
const US_LAMBERT = 'mark.lambert@state.us.example';
const US_NSC = 'allison.hooker@nsc.us.example';

export interface DemoMeeting {
  key: string;
  round: number;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  city: string;
  place: string;
  hostParty: string;
  author: string;
  agreedAt: string;
  closedAt: string;
  agenda: { title: string; track: string | null; presenter: string | null }[];
  attendees: { email: string; role: string }[];
  outcomes: {
    kind: 'decision' | 'action_item' | 'note';
    title: string;
    body: string;
    owner?: string;
    dueOn?: string;
    status?: 'open' | 'done' | 'dropped';
  }[];
}

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    key: 'round-1',
    round: 1,
    title: 'First meeting of the ROK–US working group',
    // Afternoon in Washington; it was already the early hours of 21 November in Seoul.
    startsAt: '2018-11-20T19:00:00.000Z',
    endsAt: '2018-11-20T22:00:00.000Z',
    timeZone: 'America/New_York',
    city: 'Washington, DC',
    place: 'Department of State',
    hostParty: 'US',
    author: US_DELEGATE,
    agreedAt: '2018-11-19T20:00:00.000Z',
    closedAt: '2018-11-21T15:00:00.000Z',
    agenda: [
      { title: 'Recent developments', track: null, presenter: null },
      { title: 'Preparations for high-level US–DPRK talks', track: 'denuclearization', presenter: 'US' },
      { title: 'Denuclearization', track: 'denuclearization', presenter: 'US' },
      { title: 'Peace regime', track: 'peace_regime', presenter: 'KR' },
      { title: 'Joint inter-Korean railway survey', track: 'inter_korean', presenter: 'KR' },
      { title: 'Groundbreaking for reconnecting the railways', track: 'inter_korean', presenter: 'KR' },
    ],
    attendees: [
      { email: KR_CHAIR, role: 'Co-chair' },
      { email: KR_DELEGATE, role: 'Delegation member (MOFA)' },
      { email: KR_MOU, role: 'Delegation member (Ministry of Unification)' },
      { email: KR_STAFF, role: 'Delegation member (Cheong Wa Dae)' },
      { email: US_CHAIR, role: 'Co-chair' },
      { email: US_DELEGATE, role: 'Delegation member (State)' },
      { email: US_LAMBERT, role: 'Delegation member (State, EAP)' },
      { email: US_NSC, role: 'Delegation member (NSC)' },
    ],
    outcomes: [
      {
        kind: 'decision',
        title: 'Meet regularly; the second round in Seoul in December',
        body: 'The group formalizes regular, systemic and formal consultation on the shared agenda.',
      },
      {
        kind: 'action_item',
        title: 'Coordinate the 1718 Committee exemption request for the joint railway survey',
        body: 'Fuel and goods for the survey only.',
        owner: US_DELEGATE,
        dueOn: '2018-11-28',
        status: 'done',
      },
      {
        kind: 'note',
        title: 'Inter-Korean projects to comply with UN sanctions',
        body: 'Both sides stressed that cooperation proceeds in compliance with the resolutions.',
      },
    ],
  },
  {
    key: 'round-2',
    round: 2,
    title: 'Second meeting of the ROK–US working group',
    startsAt: '2018-12-21T01:00:00.000Z',
    endsAt: '2018-12-21T03:30:00.000Z',
    timeZone: 'Asia/Seoul',
    city: 'Seoul',
    place: 'Ministry of Foreign Affairs',
    hostParty: 'KR',
    author: KR_DELEGATE,
    agreedAt: '2018-12-19T09:00:00.000Z',
    closedAt: '2018-12-21T09:00:00.000Z',
    agenda: [
      {
        title: 'US$8 million humanitarian assistance shipment through international agencies',
        track: 'humanitarian',
        presenter: 'KR',
      },
      { title: 'Upcoming groundbreaking ceremony at Panmun Station', track: 'inter_korean', presenter: 'KR' },
      { title: 'Denuclearization and the peace regime', track: 'denuclearization', presenter: 'US' },
      { title: 'Sanctions exemptions for inter-Korean projects', track: 'sanctions', presenter: 'US' },
    ],
    attendees: [
      { email: KR_CHAIR, role: 'Co-chair' },
      { email: KR_DELEGATE, role: 'Delegation member (MOFA)' },
      { email: KR_MOU, role: 'Delegation member (Ministry of Unification)' },
      { email: KR_STAFF, role: 'Delegation member (Cheong Wa Dae)' },
      { email: US_CHAIR, role: 'Co-chair' },
      { email: US_DELEGATE, role: 'Delegation member (State)' },
      { email: US_NSC, role: 'Delegation member (White House)' },
    ],
    outcomes: [
      {
        kind: 'decision',
        title: 'Support the US$8 million humanitarian shipment through international agencies',
        body: 'Through international agencies, under the 1718 Committee guidance.',
      },
      {
        kind: 'decision',
        title: 'Groundbreaking at Panmun Station to go ahead on 26 December',
        body: 'With the exemption granted for the goods of the ceremony.',
      },
      {
        kind: 'action_item',
        title: 'Share the groundbreaking ceremony plan and list of goods',
        body: '',
        owner: KR_MOU,
        dueOn: '2018-12-24',
        status: 'done',
      },
      {
        kind: 'action_item',
        title: 'Review travel arrangements for humanitarian aid workers',
        body: 'Report back at the next round.',
        owner: US_DELEGATE,
        dueOn: '2019-01-15',
        status: 'open',
      },
    ],
  },
];

export interface DemoStatement {
  kind: 'readout' | 'announcement';
  meeting: string | null;
  matter: string | null;
  party: string;
  author: string;
  title: string;
  body: string;
  createdAt: string;
  sharedAt: string | null;
  clearedBy: string;
  publishedAt: string;
}

export const DEMO_STATEMENTS: DemoStatement[] = [
  {
    kind: 'announcement',
    meeting: null,
    matter: 'working-group-formation',
    party: 'US',
    author: US_DELEGATE,
    title: 'United States and Republic of Korea to form a working group',
    body: [
      '- Special Representative Biegun, in Seoul, and his counterpart agreed to form a working group.',
      '- The working group will strengthen coordination on denuclearization, sanctions implementation and inter-Korean cooperation that complies with UN sanctions.',
    ].join('\n'),
    createdAt: '2018-10-30T08:00:00.000Z',
    sharedAt: null,
    clearedBy: US_CHAIR,
    publishedAt: '2018-10-30T10:00:00.000Z',
  },
  {
    kind: 'announcement',
    meeting: null,
    matter: 'working-group-formation',
    party: 'KR',
    author: KR_STAFF,
    title: 'Cheong Wa Dae confirms the ROK–US working group',
    body: [
      '- The Republic of Korea and the United States will form a working group on North Korea.',
      '- The group will coordinate on denuclearization, the peace regime and inter-Korean cooperation.',
    ].join('\n'),
    createdAt: '2018-10-30T12:00:00.000Z',
    sharedAt: null,
    clearedBy: KR_CHAIR,
    publishedAt: '2018-10-30T14:00:00.000Z',
  },
  {
    kind: 'readout',
    meeting: 'round-1',
    matter: null,
    party: 'US',
    author: US_DELEGATE,
    title: 'US readout: first meeting of the US–ROK working group',
    body: [
      '- Special Representative Biegun and Special Representative Lee Do-hoon launched the working group in Washington.',
      '- The two sides discussed preparations for high-level talks between the United States and the DPRK.',
      '- The United States stressed the importance of enforcing UN Security Council sanctions until final, fully verified denuclearization.',
      '- The two sides discussed the joint inter-Korean railway survey.',
      '- The group ensures that neither side takes an action the other has had no chance to comment on.',
    ].join('\n'),
    createdAt: '2018-11-20T22:30:00.000Z',
    sharedAt: '2018-11-20T23:00:00.000Z',
    clearedBy: US_CHAIR,
    publishedAt: '2018-11-20T23:45:00.000Z',
  },
  {
    kind: 'readout',
    meeting: 'round-1',
    matter: null,
    party: 'KR',
    author: KR_DELEGATE,
    title: 'KR readout: first meeting of the ROK–US working group',
    body: [
      '- Special Representative Lee Do-hoon and Special Representative Biegun launched the working group in Washington.',
      '- The two sides discussed preparations for high-level talks between the United States and the DPRK.',
      '- The United States expressed strong support for the joint inter-Korean railway survey.',
      '- The two sides discussed the groundbreaking ceremony for reconnecting the railways and roads.',
      '- The two sides agreed to hold the next meeting in Seoul in December.',
    ].join('\n'),
    createdAt: '2018-11-20T23:00:00.000Z',
    sharedAt: '2018-11-21T00:00:00.000Z',
    clearedBy: KR_CHAIR,
    publishedAt: '2018-11-21T01:30:00.000Z',
  },
];
