import { describe, expect, it } from 'vitest';
import { actionItemReminderDue, isOverdue } from './action-items.js';
import type { ActionItemStatus } from './action-items.js';

const item = (dueOn: string, status: ActionItemStatus = 'open') => ({ dueOn, status });

describe('isOverdue', () => {
  it.each([
    [item('2018-12-21'), '2018-12-20', false],
    [item('2018-12-21'), '2018-12-21', false],
    [item('2018-12-21'), '2018-12-22', true],
    [item('2018-12-31'), '2019-01-01', true],
    [item('2018-12-21', 'done'), '2019-01-01', false],
    [item('2018-12-21', 'dropped'), '2019-01-01', false],
  ])('%o on %s → %s', (actionItem, today, expected) => {
    expect(isOverdue(actionItem, today)).toBe(expected);
  });
});

describe('actionItemReminderDue', () => {
  it.each([
    [item('2018-12-21'), '2018-12-18', 2, false],
    [item('2018-12-21'), '2018-12-19', 2, true],
    [item('2018-12-21'), '2018-12-21', 2, true],
    [item('2018-12-21'), '2018-12-22', 2, false],
    [item('2019-01-01'), '2018-12-27', 5, true],
    [item('2019-03-01'), '2019-02-27', 2, true],
    [item('2018-12-21', 'done'), '2018-12-20', 2, false],
  ])('%o on %s, %i days ahead → %s', (actionItem, today, days, expected) => {
    expect(actionItemReminderDue(actionItem, today, days)).toBe(expected);
  });

  it('reminds two days ahead by default', () => {
    expect(actionItemReminderDue(item('2018-12-21'), '2018-12-19')).toBe(true);
    expect(actionItemReminderDue(item('2018-12-21'), '2018-12-18')).toBe(false);
  });

  it.each(['2018-02-30', '21/12/2018', ''])('rejects the date %j', (bad) => {
    expect(() => isOverdue(item(bad), '2018-12-21')).toThrow(RangeError);
  });
});
