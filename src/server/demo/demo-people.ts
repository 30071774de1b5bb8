/** The parties, agencies and accounts of ../shared/scenario.md, exactly as its table lists them. */
export const DEMO_PARTIES = [
  { code: 'KR', nameEn: 'Republic of Korea', nameKo: '대한민국', timeZone: 'Asia/Seoul' },
  { code: 'US', nameEn: 'United States', nameKo: '미국', timeZone: 'America/New_York' },
] as const;

export const DEMO_AGENCIES = [
  { party: 'KR', code: 'MOFA', nameEn: 'Ministry of Foreign Affairs', nameKo: '외교부' },
  { party: 'KR', code: 'MOU', nameEn: 'Ministry of Unification', nameKo: '통일부' },
  { party: 'KR', code: 'CWD', nameEn: 'Cheong Wa Dae (the Blue House)', nameKo: '청와대' },
  { party: 'US', code: 'STATE', nameEn: 'Department of State', nameKo: '국무부' },
  { party: 'US', code: 'NSC', nameEn: 'National Security Council', nameKo: '국가안보회의' },
] as const;

export interface DemoAccount {
  email: string;
  displayName: string;
  nameVariants: string[];
  party: string | null;
  agency: string | null;
  title: string | null;
  clearance: string;
  role: 'co_chair' | 'delegate' | 'staff' | 'observer' | null;
  isAdmin?: boolean;
  isAuditor?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'lee.dohoon@mofa.kr.example',
    displayName: 'Lee Do-hoon',
    nameVariants: ['이도훈', 'Lee Do Hoon', 'Lee Dohoon', 'Rhee Do-hoon'],
    party: 'KR',
    agency: 'MOFA',
    title: 'Special Representative for Korean Peninsula Peace and Security Affairs',
    clearance: 'CONFIDENTIAL',
    role: 'co_chair',
  },
  {
    email: 'lee.dongyeol@mofa.kr.example',
    displayName: 'Lee Dong-yeol',
    nameVariants: ['이동열', 'Lee Dong Yeol', 'Lee Dong-ryeol'],
    party: 'KR',
    agency: 'MOFA',
    title: 'Director-General for the Korean Peninsula Peace Regime',
    clearance: 'CONFIDENTIAL',
    role: 'delegate',
  },
  {
    email: 'director.exchange@mou.kr.example',
    displayName: 'Director, Inter-Korean Exchange and Cooperation',
    nameVariants: [],
    party: 'KR',
    agency: 'MOU',
    title: 'Division Director, Inter-Korean Exchange and Cooperation',
    clearance: 'SBU',
    role: 'delegate',
  },
  {
    email: 'secretary@president.kr.example',
    displayName: 'Secretary, Office of the President',
    nameVariants: [],
    party: 'KR',
    agency: 'CWD',
    title: 'Secretary, Cheong Wa Dae',
    clearance: 'SBU',
    role: 'staff',
  },
  {
    email: 'stephen.biegun@state.us.example',
    displayName: 'Stephen Biegun',
    nameVariants: ['Steve Biegun', 'Stephen E. Biegun', '스티븐 비건'],
    party: 'US',
    agency: 'STATE',
    title: 'Special Representative for North Korea',
    clearance: 'CONFIDENTIAL',
    role: 'co_chair',
  },
  {
    email: 'alex.wong@state.us.example',
    displayName: 'Alex Wong',
    nameVariants: ['Alex N. Wong', '알렉스 웡'],
    party: 'US',
    agency: 'STATE',
    title: 'Deputy Assistant Secretary of State for North Korea',
    clearance: 'CONFIDENTIAL',
    role: 'delegate',
  },
  {
    email: 'mark.lambert@state.us.example',
    displayName: 'Mark Lambert',
    nameVariants: ['Mark Lambert', '마크 램버트'],
    party: 'US',
    agency: 'STATE',
    title: 'Acting Deputy Assistant Secretary of State for East Asian and Pacific Affairs',
    clearance: 'SBU',
    role: 'delegate',
  },
  {
    email: 'allison.hooker@nsc.us.example',
    displayName: 'Allison Hooker',
    nameVariants: ['앨리슨 후커'],
    party: 'US',
    agency: 'NSC',
    title: 'Korean Peninsula Director, National Security Council',
    clearance: 'CONFIDENTIAL',
    role: 'delegate',
  },
  {
    email: 'admin@lockstep.example',
    displayName: 'Lockstep Administrator',
    nameVariants: [],
    party: null,
    agency: null,
    title: 'Administrator',
    clearance: 'UNCLASSIFIED',
    role: null,
    isAdmin: true,
  },
  {
    email: 'auditor@lockstep.example',
    displayName: 'Lockstep Auditor',
    nameVariants: [],
    party: null,
    agency: null,
    title: 'Auditor',
    clearance: 'UNCLASSIFIED',
    role: null,
    isAuditor: true,
  },
];
