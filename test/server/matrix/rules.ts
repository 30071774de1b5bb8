import type { Fixture } from './fixtures.js';

/**
 * Who may call each route. Every route the application registers must have a rule here: the matrix fails on a
 * route without one, so that a new route cannot ship without saying who may see what through it.
 *
 * - public: anyone; self: any signed-in user, about themselves; admin / auditor: those flags;
 * - member: members of the group in :groupId; member_or_admin: also administrators, who manage the group's
 *   name, parties and members (never its content); record: whoever may see the record in `param` (of fixture `kind`);
 * - exempt: not called by the matrix, with the reason and the test that covers it.
 */
export type Rule =
  | { access: 'public' | 'self' | 'admin' | 'auditor' }
  | { access: 'member' }
  | { access: 'member_or_admin' }
  | { access: 'record'; kind: string; param: string; query: string; body?: (fx: Fixture) => unknown }
  | { access: 'exempt'; why: string };

const record = (kind: string, body?: (fx: Fixture) => unknown, query = ''): Rule => ({
  access: 'record',
  kind,
  param: 'id',
  query,
  ...(body ? { body } : {}),
});

export const rules: Record<string, Rule> = {
  'GET /healthz': { access: 'public' },
  'GET /readyz': { access: 'public' },
  'POST /api/v1/auth/login': { access: 'public' },
  'POST /api/v1/auth/logout': {
    access: 'exempt',
    why: 'ends the caller’s own session; test/server/auth.test.ts',
  },
  'GET /api/v1/me': { access: 'self' },
  'PATCH /api/v1/me': { access: 'self' },
  'POST /api/v1/me/password': {
    access: 'exempt',
    why: 'revokes the caller’s sessions; test/server/auth.test.ts',
  },
  'GET /api/v1/me/tokens': { access: 'self' },
  'POST /api/v1/me/tokens': { access: 'self' },
  'DELETE /api/v1/me/tokens/:tokenId': { access: 'self' },
  'GET /api/v1/parties': { access: 'self' },
  'GET /api/v1/agencies': { access: 'self' },
  'GET /api/v1/users': { access: 'admin' },
  'POST /api/v1/users': { access: 'admin' },
  'GET /api/v1/groups': { access: 'self' },
  'POST /api/v1/groups': { access: 'admin' },
  'GET /api/v1/groups/:groupId': { access: 'member_or_admin' },
  'PATCH /api/v1/groups/:groupId': { access: 'member_or_admin' },
  'GET /api/v1/groups/:groupId/members': { access: 'member_or_admin' },
  'POST /api/v1/groups/:groupId/members': { access: 'member_or_admin' },
  'GET /api/v1/groups/:groupId/tracks': { access: 'member' },
  'POST /api/v1/groups/:groupId/tracks': { access: 'member' },
  'GET /api/v1/groups/:groupId/documents': { access: 'member' },
  'POST /api/v1/groups/:groupId/documents': { access: 'member' },
  'GET /api/v1/documents/:id': record('document'),
  'PATCH /api/v1/documents/:id': record('document', () => ({ title: 'changed by the matrix' })),
  'GET /api/v1/search': { access: 'self' },
  'GET /api/v1/notifications': { access: 'self' },
  'POST /api/v1/notifications/:id/read': { access: 'self' },
  'POST /api/v1/notifications/read-all': { access: 'self' },
  'GET /api/v1/events': { access: 'exempt', why: 'a stream: the matrix reads it separately below' },
  'GET /api/v1/audit': { access: 'auditor' },
  'GET /api/v1/audit/verify': { access: 'auditor' },

  // Consultations
  'GET /api/v1/groups/:groupId/proposals': { access: 'member' },
  'GET /api/v1/groups/:groupId/surprises': { access: 'member' },
  'POST /api/v1/groups/:groupId/proposals': { access: 'member' },
  'GET /api/v1/proposals/:id': record('proposal'),
  'PATCH /api/v1/proposals/:id': record('proposal', () => ({ title: 'changed by the matrix' })),
  'POST /api/v1/proposals/:id/transitions': record('proposal', () => ({ action: 'acknowledge' })),
  'GET /api/v1/proposals/:id/comments': record('proposal'),
  'POST /api/v1/proposals/:id/comments': record('proposal', () => ({
    body: 'matrix comment',
    visibility: 'shared',
  })),

  // Tracks in lockstep
  'GET /api/v1/tracks/:trackId/milestones': { access: 'member' },
  'POST /api/v1/tracks/:trackId/milestones': { access: 'member' },
  'GET /api/v1/groups/:groupId/milestones': { access: 'member' },
  'GET /api/v1/milestones/:id': record('milestone'),
  'PATCH /api/v1/milestones/:id': record('milestone', () => ({
    status: 'achieved',
    achievedOn: '2019-01-01',
  })),
  'GET /api/v1/groups/:groupId/tempo': { access: 'member' },
  'GET /api/v1/groups/:groupId/track-pairs': { access: 'member' },
  'POST /api/v1/groups/:groupId/track-pairs': { access: 'member' },
  'PATCH /api/v1/track-pairs/:id': { access: 'member' },
  'DELETE /api/v1/track-pairs/:id': { access: 'member' },

  // Sessions and statements
  'GET /api/v1/groups/:groupId/meetings': { access: 'member' },
  'POST /api/v1/groups/:groupId/meetings': { access: 'member' },
  'GET /api/v1/meetings/:id': record('meeting'),
  'PATCH /api/v1/meetings/:id': record('meeting', () => ({ title: 'changed by the matrix' })),
  'POST /api/v1/meetings/:id/transitions': record('meeting', () => ({ action: 'approve_agenda' })),
  'GET /api/v1/meetings/:id/agenda-items': record('meeting'),
  'POST /api/v1/meetings/:id/agenda-items': record('meeting', () => ({ title: 'matrix item' })),
  'GET /api/v1/meetings/:id/attendees': record('meeting'),
  'PUT /api/v1/meetings/:id/attendees': record('meeting', () => []),
  'GET /api/v1/meetings/:id/outcomes': record('meeting'),
  'POST /api/v1/meetings/:id/outcomes': record('meeting', () => ({ kind: 'note', title: 'matrix note' })),
  'PATCH /api/v1/outcomes/:id': { access: 'member' },
  'GET /api/v1/groups/:groupId/action-items': { access: 'member' },
  'GET /api/v1/meetings/:id/calendar.ics': record('meeting'),
  'GET /api/v1/groups/:groupId/calendar.ics': { access: 'member' },
  'GET /api/v1/meetings/:id/minutes.pdf': record('meeting'),
  'GET /api/v1/groups/:groupId/statements': { access: 'member' },
  'POST /api/v1/groups/:groupId/statements': { access: 'member' },
  'GET /api/v1/groups/:groupId/statements/record': { access: 'member' },
  'GET /api/v1/statements/:id': record('statement'),
  'PATCH /api/v1/statements/:id': record('statement', () => ({ body: 'changed by the matrix' })),
  'POST /api/v1/statements/:id/transitions': record('statement', () => ({ action: 'approve' })),
  'GET /api/v1/statements/:id/comments': record('statement'),
  'POST /api/v1/statements/:id/comments': record('statement', () => ({ body: 'matrix comment' })),
  'GET /api/v1/meetings/:id/readouts': record('meeting'),
  'POST /api/v1/meetings/:id/readouts': record('meeting', () => ({
    body: 'matrix readout',
    releaseAt: '2019-05-01T00:00:00.000Z',
  })),
  'GET /api/v1/meetings/:id/readouts/compare': record('meeting', undefined, '?a=KR&b=US'),

  // Context
  'GET /api/v1/groups/:groupId/sources': { access: 'member' },
  'POST /api/v1/groups/:groupId/sources': { access: 'member' },
  'GET /api/v1/sources/:id': record('source'),
  'PATCH /api/v1/sources/:id': record('source', () => ({ publishedAt: '2018-11-22T00:00:00.000Z' })),
  'GET /api/v1/groups/:groupId/people': { access: 'member' },
  'POST /api/v1/people/:id/transitions': { access: 'member' },
  'GET /api/v1/groups/:groupId/timeline': { access: 'member' },
  'GET /api/v1/timeline-events/:id': { access: 'member' },
  'POST /api/v1/timeline-events/:id/transitions': { access: 'member' },
  'PATCH /api/v1/timeline-events/:id': { access: 'member' },
  'POST /api/v1/timeline-events/:id/merge': { access: 'member' },
  'POST /api/v1/timeline-events/:id/split': { access: 'member' },

  // Screening and exemptions
  'GET /api/v1/sanctions/lists': { access: 'self' },
  'GET /api/v1/sanctions/lists/:id': { access: 'self' },
  'POST /api/v1/sanctions/lists': { access: 'admin' },
  'POST /api/v1/sanctions/screen': { access: 'self' },
  'GET /api/v1/sanctions/goods-rules': { access: 'self' },
  'GET /api/v1/proposals/:id/screening': record('proposal'),
  'POST /api/v1/proposals/:id/screening': record('proposal'),
  'POST /api/v1/screening-hits/:id/disposition': { access: 'member' },
  'GET /api/v1/proposals/:id/exemption-requests': record('proposal'),
  'POST /api/v1/proposals/:id/exemption-requests': record('proposal', () => ({})),
  'PATCH /api/v1/exemption-requests/:id': { access: 'member' },
  'GET /api/v1/exemption-requests/:id/document.pdf': { access: 'member' },
};
