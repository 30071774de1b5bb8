export type ActionItemStatus = 'open' | 'done' | 'dropped';

export interface ActionItemDue {
  /** Calendar date, YYYY-MM-DD. */
  dueOn: string;
  status: ActionItemStatus;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Day number of a YYYY-MM-DD date, so dates compare and subtract without time zones. */
function toDayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a YYYY-MM-DD date.`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (new Date(ms).toISOString().slice(0, 10) !== date)
    throw new RangeError(`"${date}" is not a calendar date.`);
  return ms / DAY_MS;
}

/** Open and past its due date (an item due today is not overdue yet). */
export function isOverdue(item: ActionItemDue, today: string): boolean {
  return item.status === 'open' && toDayNumber(today) > toDayNumber(item.dueOn);
}

/**
 * True from `daysBefore` days ahead of the due date through the due date itself, for open items.
 * A window rather than one day, so a reminder run that was missed still sends; de-duplication is the
 * outbox's job.
 */
export function actionItemReminderDue(item: ActionItemDue, today: string, daysBefore = 2): boolean {
  if (item.status !== 'open') return false;
  const daysLeft = toDayNumber(item.dueOn) - toDayNumber(today);
  return daysLeft >= 0 && daysLeft <= daysBefore;
}
