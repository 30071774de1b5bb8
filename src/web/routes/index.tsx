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
const DashboardPage = page(() => import('./dashboard.js'), 'DashboardPage');
const PapersPage = page(() => import('./papers.js'), 'PapersPage');
const ProposalsPage = page(() => import('./proposals.js'), 'ProposalsPage');
const NewProposalPage = page(() => import('./proposal-new.js'), 'NewProposalPage');
const ProposalPage = page(() => import('./proposal.js'), 'ProposalPage');
const EditProposalPage = page(() => import('./proposal-edit.js'), 'EditProposalPage');
const SurprisesPage = page(() => import('./surprises.js'), 'SurprisesPage');
const NewPaperPage = page(() => import('./paper-new.js'), 'NewPaperPage');
const PaperPage = page(() => import('./paper.js'), 'PaperPage');
const EditPaperPage = page(() => import('./paper-edit.js'), 'EditPaperPage');
const SearchPage = page(() => import('./search.js'), 'SearchPage');
const AccountPage = page(() => import('./account.js'), 'AccountPage');
const NotificationsPage = page(() => import('./notifications.js'), 'NotificationsPage');
const MeetingsPage = page(() => import('./meetings.js'), 'MeetingsPage');
const NewMeetingPage = page(() => import('./meeting-new.js'), 'NewMeetingPage');
const MeetingPage = page(() => import('./meeting.js'), 'MeetingPage');
const ReadoutsComparePage = page(() => import('./readouts-compare.js'), 'ReadoutsComparePage');
const ActionItemsPage = page(() => import('./action-items.js'), 'ActionItemsPage');
const StatementsPage = page(() => import('./statements.js'), 'StatementsPage');
const NewStatementPage = page(() => import('./statement-new.js'), 'NewStatementPage');
const StatementsRecordPage = page(() => import('./statements-record.js'), 'StatementsRecordPage');
const StatementPage = page(() => import('./statement.js'), 'StatementPage');
const ScreeningPage = page(() => import('./screening.js'), 'ScreeningPage');
const SanctionsListsPage = page(() => import('./sanctions-lists.js'), 'SanctionsListsPage');
const SourcesPage = page(() => import('./sources.js'), 'SourcesPage');
const NewSourcePage = page(() => import('./source-new.js'), 'NewSourcePage');
const SourcePage = page(() => import('./source.js'), 'SourcePage');
const TimelinePage = page(() => import('./timeline.js'), 'TimelinePage');
const NotFoundPage = page(() => import('./not-found.js'), 'NotFoundPage');

/** Pages under /groups/:groupId, shown beside the group's side navigation (add the nav entry in layout/group-nav.ts). */
export const groupRoutes: RouteObject[] = [
  { index: true, Component: GroupHomePage },
  { path: 'people', Component: PeoplePage },
  { path: 'tracks', Component: TracksPage },
  { path: 'dashboard', Component: DashboardPage },
  { path: 'papers', Component: PapersPage },
  { path: 'papers/new', Component: NewPaperPage },
  { path: 'meetings', Component: MeetingsPage },
  { path: 'meetings/new', Component: NewMeetingPage },
  { path: 'action-items', Component: ActionItemsPage },
  { path: 'statements', Component: StatementsPage },
  { path: 'statements/new', Component: NewStatementPage },
  { path: 'statements/record', Component: StatementsRecordPage },
  { path: 'proposals', Component: ProposalsPage },
  { path: 'proposals/new', Component: NewProposalPage },
  { path: 'surprises', Component: SurprisesPage },
  { path: 'screening', Component: ScreeningPage },
  { path: 'sources', Component: SourcesPage },
  { path: 'sources/new', Component: NewSourcePage },
  { path: 'timeline', Component: TimelinePage },
];

/** Pages of a signed-in user outside one group's frame. */
export const signedInRoutes: RouteObject[] = [
  { index: true, Component: RootRedirect },
  { path: 'groups/:groupId', Component: GroupLayout, children: groupRoutes },
  { path: 'papers/:paperId', Component: PaperPage },
  { path: 'papers/:paperId/edit', Component: EditPaperPage },
  { path: 'meetings/:meetingId', Component: MeetingPage },
  { path: 'meetings/:meetingId/readouts/compare', Component: ReadoutsComparePage },
  { path: 'statements/:statementId', Component: StatementPage },
  { path: 'proposals/:proposalId', Component: ProposalPage },
  { path: 'proposals/:proposalId/edit', Component: EditProposalPage },
  { path: 'sources/:sourceId', Component: SourcePage },
  { path: 'search', Component: SearchPage },
  { path: 'account', Component: AccountPage },
  { path: 'notifications', Component: NotificationsPage },
  { path: 'sanctions/lists', Component: SanctionsListsPage },
  { path: '*', Component: NotFoundPage },
];

export const routes: RouteObject[] = [
  { path: '/login', Component: PublicShell, children: [{ index: true, Component: LoginPage }] },
  { path: '/', Component: AppShell, children: signedInRoutes },
];
