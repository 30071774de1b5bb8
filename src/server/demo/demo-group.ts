/** The demo group of ../shared/scenario.md: a historical scenario reconstructed from public reporting (2018). */
export const DEMO_GROUP = {
  nameEn: 'ROK–US Working Group on North Korea',
  nameKo: '한미 워킹그룹',
  note: 'Historical scenario reconstructed from public reporting (2018).',
  mandate: [
    '"Regular, systemic and formal" communication between the Republic of Korea and the United States on:',
    '',
    '- denuclearization;',
    '- the peace regime;',
    '- sanctions implementation (UN Security Council resolutions);',
    '- inter-Korean cooperation that complies with UN sanctions;',
    '- humanitarian assistance.',
    '',
    'Peace efforts and denuclearization are to move "in parallel", "in lockstep", in "tandem": neither side takes an',
    'action the other is unaware of or has had no chance to comment on.',
  ].join('\n'),
};

export const DEMO_TRACKS = [
  {
    key: 'denuclearization',
    nameEn: 'Denuclearization',
    nameKo: '비핵화',
    description: 'Final, fully verified denuclearization of the Korean Peninsula.',
  },
  {
    key: 'peace_regime',
    nameEn: 'Peace regime',
    nameKo: '평화체제',
    description: 'Building a lasting peace regime on the Korean Peninsula.',
  },
  {
    key: 'inter_korean',
    nameEn: 'Inter-Korean cooperation',
    nameKo: '남북협력',
    description: 'Inter-Korean projects that comply with UN sanctions.',
  },
  {
    key: 'sanctions',
    nameEn: 'Sanctions implementation',
    nameKo: '제재 이행',
    description: 'Implementation of UN Security Council resolutions.',
  },
  {
    key: 'humanitarian',
    nameEn: 'Humanitarian assistance',
    nameKo: '인도적 지원',
    description: 'Humanitarian assistance through international agencies.',
  },
] as const;

export interface DemoDocument {
  title: string;
  kind: 'non_paper' | 'talking_points' | 'briefing' | 'other';
  visibility: 'shared' | 'party';
  party: string;
  classification: string;
  author: string;
  createdAt: string;
  body: string;
}

export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    title: 'Non-paper: terms of reference of the working group',
    kind: 'non_paper',
    visibility: 'shared',
    party: 'US',
    classification: 'UNCLASSIFIED',
    author: 'stephen.biegun@state.us.example',
    createdAt: '2018-11-01T14:00:00.000Z',
    body: [
      '## Purpose',
      '',
      'The working group formalizes consultation between the two governments so that the sides do not "talk past',
      'each other" and neither takes an action the other has had no chance to comment on.',
      '',
      '## Co-chairs',
      '',
      '- Special Representative for Korean Peninsula Peace and Security Affairs (ROK)',
      '- Special Representative for North Korea (US)',
      '',
      '## Agenda',
      '',
      '1. Denuclearization and the peace regime',
      '2. Sanctions implementation',
      '3. Inter-Korean cooperation consistent with UN Security Council resolutions',
      '4. Humanitarian assistance',
    ].join('\n'),
  },
  {
    title: 'KR talking points for the first meeting (Washington)',
    kind: 'talking_points',
    visibility: 'party',
    party: 'KR',
    classification: 'SBU',
    author: 'lee.dongyeol@mofa.kr.example',
    createdAt: '2018-11-18T09:00:00.000Z',
    body: [
      '## Talking points (KR only)',
      '',
      '- Seek US understanding for the **joint inter-Korean railway survey** before the end of November.',
      '- The survey needs fuel and equipment: we will request an exemption from the 1718 Committee together.',
      '- Stress that inter-Korean cooperation supports, and does not run ahead of, denuclearization.',
      '- Raise the groundbreaking ceremony for reconnecting the railways planned for late December.',
    ].join('\n'),
  },
  {
    title: 'US talking points: sanctions enforcement',
    kind: 'talking_points',
    visibility: 'party',
    party: 'US',
    classification: 'SBU',
    author: 'alex.wong@state.us.example',
    createdAt: '2018-11-18T15:00:00.000Z',
    body: [
      '## Talking points (US only)',
      '',
      '- Sanctions stay in place until final, fully verified denuclearization.',
      '- Any inter-Korean project must be screened and, where needed, exempted by the 1718 Committee.',
    ].join('\n'),
  },
  {
    title: 'Briefing: preparations for high-level US–DPRK talks',
    kind: 'briefing',
    visibility: 'shared',
    party: 'US',
    classification: 'CONFIDENTIAL',
    author: 'allison.hooker@nsc.us.example',
    createdAt: '2018-11-19T20:00:00.000Z',
    body: [
      '## Status',
      '',
      'The meeting between the Secretary of State and Vice Chairman Kim Yong-chol planned for 8 November in New York',
      '"will take place at a later date". Working-level contacts continue.',
    ].join('\n'),
  },
];
