import type { PostMode } from '../state/types.js';
import { DIGEST_DEFAULT_INTERVAL_MINUTES, type SchedulerRules } from './rules.js';

/** How often a new subscription is checked, or the minimum a member's own choice fell below. */
export type IntervalChoice = { ok: true; minutes: number } | { ok: false; minIntervalMinutes: number };

/**
 * The check interval of a new subscription. Only a member's own choice (`chosen`) can be refused;
 * the defaults (the configured one for cards, an hour for digests) are raised to the minimum instead.
 */
export function chooseInterval(
  rules: Pick<SchedulerRules, 'defaultIntervalMinutes' | 'minIntervalMinutes'>,
  mode: PostMode,
  chosen: number | null,
): IntervalChoice {
  const { defaultIntervalMinutes, minIntervalMinutes } = rules;
  if (chosen !== null)
    return chosen < minIntervalMinutes ? { ok: false, minIntervalMinutes } : { ok: true, minutes: chosen };
  const minutes =
    mode === 'digest' ? Math.max(DIGEST_DEFAULT_INTERVAL_MINUTES, minIntervalMinutes) : defaultIntervalMinutes;
  return { ok: true, minutes };
}
