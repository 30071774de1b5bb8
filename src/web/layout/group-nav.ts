/** One entry of a group's side navigation. Later features (consultations, meetings, …) add one entry each. */
export interface GroupNavEntry {
  key: string;
  /** i18n key of the label, in the `common` namespace. */
  labelKey: string;
  path: (groupId: string) => string;
  /** Active only on exactly this path (the group home), not on the pages below it. */
  end?: boolean;
}

export const groupNav: GroupNavEntry[] = [
  { key: 'home', labelKey: 'nav.overview', path: (g) => `/groups/${g}`, end: true },
  { key: 'people', labelKey: 'nav.people', path: (g) => `/groups/${g}/people` },
  { key: 'tracks', labelKey: 'nav.tracks', path: (g) => `/groups/${g}/tracks` },
  { key: 'papers', labelKey: 'nav.papers', path: (g) => `/groups/${g}/papers` },
];
