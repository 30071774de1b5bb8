import type { RouteModule } from '../http/types.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { documentRoutes } from './documents/documents.routes.js';
import { meetingRoutes } from './meetings/meetings.routes.js';
import { statementRoutes } from './statements/statements.routes.js';
import { eventRoutes } from './events/events.routes.js';
import { groupRoutes } from './groups/groups.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { referenceRoutes } from './reference/reference.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { trackRoutes } from './tracks/tracks.routes.js';
import { milestoneRoutes } from './milestones/milestones.routes.js';
import { tempoRoutes } from './tempo/tempo.routes.js';
import { userRoutes } from './users/users.routes.js';
import { proposalRoutes } from './proposals/proposals.routes.js';
import { sanctionsRoutes } from './sanctions/sanctions.routes.js';
import { screeningRoutes } from './screening/screening.routes.js';
import { exemptionRoutes } from './exemptions/exemptions.routes.js';
import { sourceRoutes } from './sources/sources.routes.js';
import { timelineRoutes } from './timeline/timeline.routes.js';

/** Every module's routes, registered under /api/v1. Add a module here (one line). */
export const routeModules: RouteModule[] = [
  authRoutes,
  referenceRoutes,
  userRoutes,
  groupRoutes,
  trackRoutes,
  milestoneRoutes,
  tempoRoutes,
  documentRoutes,
  meetingRoutes,
  statementRoutes,
  proposalRoutes,
  sanctionsRoutes,
  screeningRoutes,
  exemptionRoutes,
  sourceRoutes,
  timelineRoutes,
  searchRoutes,
  notificationRoutes,
  eventRoutes,
  auditRoutes,
];
