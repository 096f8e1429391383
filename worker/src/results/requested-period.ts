import { parsePeriod, periodOf, type Period } from '@sitebranch/shared';
import { ApiError } from '../http/errors';

/** The period a results route was asked for (`?period=`, already of the right shape), or this month in China. */
export function requestedPeriod(key: string | undefined, now: number): Period {
  if (!key) return periodOf(now, 'month');
  const period = parsePeriod(key);
  // The shape passed validation; only a year out of range is left (1999, 2100).
  if (!period) throw new ApiError('validation_failed', '没有这个时段', { period: '没有这个时段' });
  return period;
}
