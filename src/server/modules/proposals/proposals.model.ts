import { z } from 'zod';
import {
  proposalCounterpartySchema,
  proposalFundsTransferSchema,
  proposalItemSchema,
  type ProposalCounterparty,
  type ProposalFundsTransfer,
  type ProposalItem,
} from '../../../core/contract/proposals.js';
import {
  createProposalState,
  type ClearanceRule,
  type PartyPosition,
  type ProposalState,
  type ProposalStatus,
  type Stance,
} from '../../../core/workflow/index.js';
import type { GroupRow } from '../groups/groups.repository.js';
import { parseJsonArray } from '../groups/groups.repository.js';
import type { PositionRow, ProposalRow } from './proposals.repository.js';

/** A proposal as the services and the extension points see it: JSON columns parsed. */
export interface ProposalRecord extends Omit<
  ProposalRow,
  'items' | 'counterparties' | 'fundsTransfers' | 'surprise' | 'status'
> {
  status: ProposalStatus;
  items: ProposalItem[];
  counterparties: ProposalCounterparty[];
  fundsTransfers: ProposalFundsTransfer[];
  surprise: boolean;
}

const itemsSchema = z.array(proposalItemSchema).catch([]);
const counterpartiesSchema = z.array(proposalCounterpartySchema).catch([]);
const transfersSchema = z.array(proposalFundsTransferSchema).catch([]);
const statusSchema = z.enum(['draft', 'notified', 'cleared', 'executed', 'withdrawn']);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function toProposalRecord(row: ProposalRow): ProposalRecord {
  return {
    ...row,
    status: statusSchema.parse(row.status),
    items: itemsSchema.parse(parseJson(row.items)),
    counterparties: counterpartiesSchema.parse(parseJson(row.counterparties)),
    fundsTransfers: transfersSchema.parse(parseJson(row.fundsTransfers)),
    surprise: row.surprise === 1,
  };
}

function toStance(value: string): Stance {
  return value === 'concur' || value === 'concerns' || value === 'object' ? value : 'none';
}

/** The state machine's view of a stored proposal, under the group's current rule and parties. */
export function buildProposalState(
  record: ProposalRecord,
  positions: readonly PositionRow[],
  group: GroupRow,
): ProposalState {
  const parties = parseJsonArray(group.parties);
  const base = createProposalState({
    proposingParty: record.proposingParty,
    parties: parties.includes(record.proposingParty) ? parties : [record.proposingParty, ...parties],
    clearanceRule: (group.clearanceRule === 'notice' ? 'notice' : 'concurrence') satisfies ClearanceRule,
    noticePeriodDays: group.noticePeriodDays,
  });
  const stored: Record<string, PartyPosition> = {};
  for (const row of positions) {
    if (row.proposalId !== record.id || !(row.party in base.positions)) continue;
    stored[row.party] = {
      acknowledgedAt: row.acknowledgedAt,
      stance: toStance(row.stance),
      stanceAt: row.stanceAt,
      note: row.note,
    };
  }
  return {
    ...base,
    status: record.status,
    notifiedAt: record.notifiedAt,
    noticeEndsAt: record.noticeEndsAt,
    positions: { ...base.positions, ...stored },
    surprise: record.surprise,
    executedAt: record.executedAt,
    clearedAt: record.clearedAt,
  };
}

export function positionRowsOf(proposalId: string, state: ProposalState): PositionRow[] {
  return Object.entries(state.positions).map(([party, p]) => ({
    proposalId,
    party,
    acknowledgedAt: p.acknowledgedAt,
    stance: p.stance,
    stanceAt: p.stanceAt,
    note: p.note,
  }));
}

/** The columns of a proposal row that follow the state machine. */
export function stateColumns(state: ProposalState) {
  return {
    status: state.status,
    notifiedAt: state.notifiedAt,
    noticeEndsAt: state.noticeEndsAt,
    clearedAt: state.clearedAt,
    executedAt: state.executedAt,
    surprise: state.surprise ? 1 : 0,
  };
}

export interface EditableFields {
  trackId: string | null;
  title: string;
  summary: string;
  plannedFor: string | null;
  location: string | null;
  items: ProposalItem[];
  counterparties: ProposalCounterparty[];
  fundsTransfers: ProposalFundsTransfer[];
}

export const EDITABLE_FIELDS = [
  'trackId',
  'title',
  'summary',
  'plannedFor',
  'location',
  'items',
  'counterparties',
  'fundsTransfers',
] as const satisfies readonly (keyof EditableFields)[];

export type FieldChanges = Partial<Record<keyof EditableFields, { before: unknown; after: unknown }>>;

/** Field → {before, after} for every field whose value differs. */
export function diffFields(before: EditableFields, after: EditableFields): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of EDITABLE_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = { before: before[field], after: after[field] };
    }
  }
  return changes;
}

const FIELD_LABELS: Record<keyof EditableFields, string> = {
  trackId: 'Track',
  title: 'Title',
  summary: 'Summary',
  plannedFor: 'Planned date',
  location: 'Location',
  items: 'Items',
  counterparties: 'Counterparties',
  fundsTransfers: 'Funds transfers',
};

function describeList(before: unknown, after: unknown, label: (entry: unknown) => string): string {
  const b = Array.isArray(before) ? before.map(label) : [];
  const a = Array.isArray(after) ? after.map(label) : [];
  const added = a.filter((x) => !b.includes(x));
  const removed = b.filter((x) => !a.includes(x));
  const parts = [
    added.length > 0 ? `added ${added.join('; ')}` : '',
    removed.length > 0 ? `removed ${removed.join('; ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'details changed';
}

function labelOf(entry: unknown): string {
  if (entry && typeof entry === 'object') {
    const e = entry as Record<string, unknown>;
    const name = typeof e.description === 'string' ? e.description : typeof e.name === 'string' ? e.name : '';
    const extra = [e.hsCode, e.quantity, e.unit, e.country, e.amount, e.channel]
      .filter((x) => x !== null && x !== undefined && x !== '')
      .map(String);
    return extra.length > 0 ? `${name} (${extra.join(' ')})` : name;
  }
  return String(entry);
}

/** One line per changed field, for the partner's notification. */
export function describeChanges(changes: FieldChanges): string[] {
  return Object.entries(changes).map(([field, change]) => {
    const key = field as keyof EditableFields;
    if (key === 'items' || key === 'counterparties' || key === 'fundsTransfers') {
      return `${FIELD_LABELS[key]}: ${describeList(change.before, change.after, labelOf)}`;
    }
    if (key === 'summary') return 'Summary: rewritten';
    const show = (v: unknown) => (v === null || v === undefined || v === '' ? '(none)' : String(v));
    return `${FIELD_LABELS[key]}: ${show(change.before)} → ${show(change.after)}`;
  });
}
