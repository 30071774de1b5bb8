/** One entry of a group's side navigation. Later features (consultations, meetings, …) add one entry each. */
export interface GroupNavEntry {
  key: string;
  /** i18n key of the label, in the `common` namespace. */
  labelKey: string;
  path: (groupId: string) => string;
  /** Active only on exactly this path (the group home), not on the pages below it. */
  end?: boolean;
}

// In the order of the group's work: what waits on clearance first, then meetings and what is said, then context.
export const groupNav: GroupNavEntry[] = [
  { key: 'home', labelKey: 'nav.overview', path: (g) => `/groups/${g}`, end: true },
  { key: 'proposals', labelKey: 'nav.proposals', path: (g) => `/groups/${g}/proposals` },
  { key: 'screening', labelKey: 'nav.screening', path: (g) => `/groups/${g}/screening` },
  { key: 'meetings', labelKey: 'nav.meetings', path: (g) => `/groups/${g}/meetings` },
  { key: 'statements', labelKey: 'nav.statements', path: (g) => `/groups/${g}/statements` },
  { key: 'dashboard', labelKey: 'nav.dashboard', path: (g) => `/groups/${g}/dashboard` },
  { key: 'timeline', labelKey: 'nav.timeline', path: (g) => `/groups/${g}/timeline` },
  { key: 'sources', labelKey: 'nav.sources', path: (g) => `/groups/${g}/sources` },
  { key: 'papers', labelKey: 'nav.papers', path: (g) => `/groups/${g}/papers` },
  { key: 'people', labelKey: 'nav.people', path: (g) => `/groups/${g}/people` },
  { key: 'tracks', labelKey: 'nav.tracks', path: (g) => `/groups/${g}/tracks` },
];
