import { classificationRank, type ServiceContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { parseJsonArray, type GroupRow } from '../groups/groups.repository.js';

/** The rank of a classification the group uses; 400 naming the field otherwise. */
export function resolveClassification(
  ctx: ServiceContext,
  group: GroupRow,
  classification: string,
  field: string,
): number {
  const levels = parseJsonArray(group.classificationLevels);
  const rank = classificationRank(ctx.config, classification);
  if (!levels.includes(classification) || rank < 0) {
    throw new AppError('validation_failed', `Unknown classification ${classification}`, {
      details: { fields: [{ field, message: `must be one of ${levels.join(', ')}` }] },
    });
  }
  return rank;
}
