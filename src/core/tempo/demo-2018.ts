import type { TempoMilestone, TempoPair } from './types.js';

// Suggestion data for the demo group: a historical scenario reconstructed from public reporting (2018).
// Weights are a judgement, chosen so that with a 20-point tolerance the pair breaches in November 2018
// (inter-Korean cooperation ahead) once the Pompeo – Kim Yong-chol talks are postponed, and not before.

export interface DemoMilestone extends TempoMilestone {
  title: string;
  targetDate: string | null;
}

export const DEMO_2018_TRACKS = [
  { id: 'inter-korean', key: 'inter_korean', name: { en: 'Inter-Korean cooperation', ko: '남북 협력' } },
  { id: 'denuclearization', key: 'denuclearization', name: { en: 'Denuclearization', ko: '비핵화' } },
] as const;

export const DEMO_2018_PAIR: TempoPair = {
  id: 'inter-korean-vs-denuclearization',
  trackA: 'inter-korean',
  trackB: 'denuclearization',
  tolerance: 20,
};

function achieved(id: string, trackId: string, title: string, weight: number, on: string): DemoMilestone {
  return { id, trackId, title, weight, status: 'achieved', achievedOn: on, reversedOn: null, targetDate: on };
}

function planned(id: string, trackId: string, title: string, weight: number): DemoMilestone {
  return {
    id,
    trackId,
    title,
    weight,
    status: 'planned',
    achievedOn: null,
    reversedOn: null,
    targetDate: null,
  };
}

export const DEMO_2018_MILESTONES: readonly DemoMilestone[] = [
  achieved('ik-summit-apr', 'inter-korean', 'Inter-Korean summit, Panmunjom', 3, '2018-04-27'),
  achieved('ik-summit-may', 'inter-korean', 'Inter-Korean summit, Panmunjom (second)', 2, '2018-05-26'),
  achieved('ik-summit-sep', 'inter-korean', 'Inter-Korean summit, Pyongyang', 3, '2018-09-18'),
  achieved('ik-railway-survey', 'inter-korean', 'Joint inter-Korean railway survey begins', 3, '2018-11-30'),
  achieved('ik-groundbreaking', 'inter-korean', 'Groundbreaking at Panmun Station, Kaesong', 3, '2018-12-26'),
  planned('ik-railways-reconnected', 'inter-korean', 'Cross-border railways reconnected and running', 4),
  achieved(
    'dn-test-halt',
    'denuclearization',
    'North announces halt to nuclear and ICBM tests',
    2,
    '2018-04-20',
  ),
  achieved('dn-punggye-ri', 'denuclearization', 'Punggye-ri test site tunnels demolished', 2, '2018-05-24'),
  achieved('dn-singapore', 'denuclearization', 'Singapore joint statement', 4, '2018-06-12'),
  {
    id: 'dn-high-level-talks',
    trackId: 'denuclearization',
    title: 'High-level US–DPRK talks (Pompeo – Kim Yong-chol), postponed',
    weight: 3,
    status: 'reversed',
    achievedOn: null,
    reversedOn: '2018-11-07',
    targetDate: '2018-11-08',
  },
  planned('dn-second-summit', 'denuclearization', 'Second US–DPRK summit', 4),
  planned('dn-declaration', 'denuclearization', 'Declaration of nuclear programmes', 5),
  planned('dn-yongbyon', 'denuclearization', 'Verified dismantlement at Yongbyon', 5),
];
