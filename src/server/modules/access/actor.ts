import type { Role } from '../../../core/contract/common.js';

/** The signed-in user as the policies see them. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  party: string | null;
  agencyId: string | null;
  clearance: string;
  /** Index of the clearance in the deployment's classification levels; -1 when unknown. */
  clearanceRank: number;
  isAdmin: boolean;
  isAuditor: boolean;
  locale: 'en' | 'ko';
  timeZone: string;
  memberships: ReadonlyMap<string, Role>;
  auth:
    { method: 'session'; sessionId: string } | { method: 'token'; tokenId: string } | { method: 'system' };
}

/** What the access rule needs to know about any group record. */
export interface RecordAccess {
  groupId: string;
  visibility: string;
  party: string;
  classificationRank: number;
}
