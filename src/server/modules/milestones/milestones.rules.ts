import type { MilestoneStatus } from '../../../core/contract/milestones.js';

export interface MilestoneDates {
  status: MilestoneStatus;
  achievedOn: string | null;
  reversedOn: string | null;
}

export interface DatesInput {
  status?: MilestoneStatus | undefined;
  achievedOn?: string | null | undefined;
  reversedOn?: string | null | undefined;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The status and its dates after a change. A status change fills in its date (today unless given) and clears
 * the dates the new status does not allow; a reversal of an achieved milestone keeps achievedOn so that the
 * index falls back to where it stood before. Dates given explicitly are checked, never silently dropped.
 */
export function resolveMilestoneDates(
  current: MilestoneDates,
  input: DatesInput,
  today: string,
): { dates: MilestoneDates; problems: FieldProblem[] } {
  const status = input.status ?? current.status;
  const changed = status !== current.status;
  const achievedOn =
    input.achievedOn !== undefined
      ? input.achievedOn
      : !changed
        ? current.achievedOn
        : status === 'achieved'
          ? today
          : status === 'reversed' && current.status === 'achieved'
            ? current.achievedOn
            : null;
  const reversedOn =
    input.reversedOn !== undefined
      ? input.reversedOn
      : !changed
        ? current.reversedOn
        : status === 'reversed'
          ? today
          : null;

  const problems: FieldProblem[] = [];
  const hasDates = status === 'achieved' || status === 'reversed';
  if (!hasDates && achievedOn !== null)
    problems.push({ field: 'body.achievedOn', message: 'allowed only when status is achieved or reversed' });
  if (status !== 'reversed' && reversedOn !== null)
    problems.push({ field: 'body.reversedOn', message: 'allowed only when status is reversed' });
  if (status === 'achieved' && achievedOn === null)
    problems.push({ field: 'body.achievedOn', message: 'required when status is achieved' });
  if (status === 'reversed' && reversedOn === null)
    problems.push({ field: 'body.reversedOn', message: 'required when status is reversed' });
  if (status === 'reversed' && achievedOn !== null && reversedOn !== null && reversedOn < achievedOn)
    problems.push({ field: 'body.reversedOn', message: 'must not be before achievedOn' });
  return { dates: { status, achievedOn, reversedOn }, problems };
}
