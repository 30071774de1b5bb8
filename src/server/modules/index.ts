import type { RouteModule } from '../http/types.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { documentRoutes } from './documents/documents.routes.js';
import { eventRoutes } from './events/events.routes.js';
import { groupRoutes } from './groups/groups.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { referenceRoutes } from './reference/reference.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { trackRoutes } from './tracks/tracks.routes.js';
import { userRoutes } from './users/users.routes.js';

/** Every module's routes, registered under /api/v1. Add a module here (one line). */
export const routeModules: RouteModule[] = [
  authRoutes,
  referenceRoutes,
  userRoutes,
  groupRoutes,
  trackRoutes,
  documentRoutes,
  searchRoutes,
  notificationRoutes,
  eventRoutes,
  auditRoutes,
];
