import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AppShell, PublicShell } from '../layout/app-shell.js';
import { GroupLayout } from '../layout/group-frame.js';

/** React.lazy for a page module with a named export: each page is its own chunk. */
function page<M>(load: () => Promise<M>, name: keyof M): ComponentType {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return Lazy;
}

const LoginPage = page(() => import('./login.js'), 'LoginPage');
const RootRedirect = page(() => import('./root-redirect.js'), 'RootRedirect');
const GroupHomePage = page(() => import('./group-home.js'), 'GroupHomePage');
const PeoplePage = page(() => import('./people.js'), 'PeoplePage');
const TracksPage = page(() => import('./tracks.js'), 'TracksPage');
const PapersPage = page(() => import('./papers.js'), 'PapersPage');
const NewPaperPage = page(() => import('./paper-new.js'), 'NewPaperPage');
const PaperPage = page(() => import('./paper.js'), 'PaperPage');
const EditPaperPage = page(() => import('./paper-edit.js'), 'EditPaperPage');
const SearchPage = page(() => import('./search.js'), 'SearchPage');
const AccountPage = page(() => import('./account.js'), 'AccountPage');
const NotificationsPage = page(() => import('./notifications.js'), 'NotificationsPage');
const NotFoundPage = page(() => import('./not-found.js'), 'NotFoundPage');

/** Pages under /groups/:groupId, shown beside the group's side navigation (add the nav entry in layout/group-nav.ts). */
export const groupRoutes: RouteObject[] = [
  { index: true, Component: GroupHomePage },
  { path: 'people', Component: PeoplePage },
  { path: 'tracks', Component: TracksPage },
  { path: 'papers', Component: PapersPage },
  { path: 'papers/new', Component: NewPaperPage },
];

/** Pages of a signed-in user outside one group's frame. */
export const signedInRoutes: RouteObject[] = [
  { index: true, Component: RootRedirect },
  { path: 'groups/:groupId', Component: GroupLayout, children: groupRoutes },
  { path: 'papers/:paperId', Component: PaperPage },
  { path: 'papers/:paperId/edit', Component: EditPaperPage },
  { path: 'search', Component: SearchPage },
  { path: 'account', Component: AccountPage },
  { path: 'notifications', Component: NotificationsPage },
  { path: '*', Component: NotFoundPage },
];

export const routes: RouteObject[] = [
  { path: '/login', Component: PublicShell, children: [{ index: true, Component: LoginPage }] },
  { path: '/', Component: AppShell, children: signedInRoutes },
];
