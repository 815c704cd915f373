import { parseFeedDate } from '../feeds/parse/dates.js';

/**
 * Dates as pages write them, to ISO 8601 UTC. Only forms that name their own time zone, or carry
 * no time at all, are read: `Date.parse` would read "Nov 19, 2019 10:48" in the server's local zone,
 * so the same page would give different answers on different machines.
 */

// ISO 8601 / RFC 3339 and the common variants: space for "T", no seconds, "+0000" offsets.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

// RFC 2822 / RFC 1123 (HTTP dates, RSS): "Tue, 19 Nov 2019 10:48:00 GMT", "19 Nov 2019 10:48 +0000".
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|gmt|ut|utc|[ecmp][sd]t|z)$/i;

const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function fromIso(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = match;
  if (+month! < 1 || +month! > 12 || +day! < 1 || +day! > 31 || +hour > 24 || +minute > 59 || +second > 60) return null;
  const millis = Number(`0.${fraction}`) * 1000;
  const utc = Date.UTC(+year!, +month! - 1, +day!, +hour, +minute, +second, Math.round(millis));
  // A local time without a zone is read as UTC: wrong by hours at worst, never by days.
  return utc - offsetMinutes(zone) * 60_000;
}

/** Read a page's date string into ISO 8601 (UTC), or null when it is not a date we can read safely. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let time = fromIso(text);
  if (time === null && RFC_2822.test(text)) time = Date.parse(text);
  if (time === null && /^\d{10}$|^\d{13}$/.test(text)) time = Number(text) * (text.length === 10 ? 1000 : 1);
  // A written day with no clock ("September 4, 2025", "4 Sept. 2025") names no zone to get wrong.
  if (time === null && !/\d:\d/.test(text)) {
    const day = parseFeedDate(text);
    if (day) time = Date.parse(day);
  }
  if (time === null || Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  return date.toISOString();
}
