import type { Generated } from 'kysely';

/** Table types of the foundation. Modules declare their own tables and extend `Database` below. */
export interface PartiesTable {
  code: string;
  nameEn: string;
  nameKo: string | null;
  timeZone: string;
}

export interface AgenciesTable {
  id: string;
  party: string;
  code: string;
  nameEn: string;
  nameKo: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  displayName: string;
  nameVariants: string; // JSON array
  party: string | null;
  agencyId: string | null;
  title: string | null;
  clearance: string;
  locale: string;
  timeZone: string;
  isAdmin: number;
  isAuditor: number;
  passwordHash: string | null;
  passwordChangedAt: string | null;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionsTable {
  id: string; // sha256 of the cookie value
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  absoluteExpiresAt: string;
  revokedAt: string | null;
  ip: string | null;
}

export interface ApiTokensTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  accountKey: string;
  ip: string;
  succeeded: number;
  at: string;
}

export interface GroupsTable {
  id: string;
  nameEn: string;
  nameKo: string | null;
  mandate: string;
  parties: string; // JSON array of party codes
  noticePeriodDays: number;
  clearanceRule: string;
  classificationLevels: string; // JSON array, lowest first
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MembershipsTable {
  groupId: string;
  userId: string;
  role: string;
  createdAt: string;
}

export interface TracksTable {
  id: string;
  groupId: string;
  key: string;
  nameEn: string;
  nameKo: string | null;
  description: string;
  createdAt: string;
  updatedAt: string;
}

/** Columns every access-controlled group record has. */
export interface GroupRecordColumns {
  id: string;
  groupId: string;
  visibility: string;
  party: string;
  classification: string;
  classificationRank: number;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentsTable extends GroupRecordColumns {
  title: string;
  body: string;
  kind: string;
  authorId: string;
  version: number;
}

export interface SearchIndexTable {
  recordKind: string;
  recordId: string;
  groupId: string;
  visibility: string;
  party: string;
  classificationRank: number;
  title: string;
  body: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  recordKind: string | null;
  recordId: string | null;
  groupId: string | null;
  requestId: string | null;
  ip: string | null;
  details: string; // canonical JSON
  prevHash: string;
  hash: string;
}

export interface NotificationsTable {
  id: string;
  userId: string;
  groupId: string | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  recordKind: string | null;
  recordId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface OutboxTable {
  id: string;
  kind: string; // 'email'
  payload: string; // JSON
  dedupeKey: string | null;
  availableAt: string;
  attempts: number;
  lastError: string | null;
  lockedUntil: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface FoundationTables {
  parties: PartiesTable;
  agencies: AgenciesTable;
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  loginAttempts: LoginAttemptsTable;
  groups: GroupsTable;
  memberships: MembershipsTable;
  tracks: TracksTable;
  documents: DocumentsTable;
  searchIndex: SearchIndexTable;
  auditLog: AuditLogTable;
  notifications: NotificationsTable;
  outbox: OutboxTable;
}
