import { zoneOffset } from './date-words.js';

/** ISO 8601 date shapes feeds use (W3C-DTF / RFC 3339 and the shorter ISO forms), read into parts. */

/** A date read from a feed, before it is checked and written out. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  /** Minutes east of UTC. */
  offset: number;
}

/** A two-digit year as feed readers read it: 00–49 → 2000s, 50–99 → 1900s. */
export const fullYear = (digits: string): number =>
  digits.length === 4 ? Number(digits) : Number(digits) < 50 ? 2000 + Number(digits) : 1900 + Number(digits);

/** Clock parts from the strings a pattern captured. */
export function clockParts(
  hour?: string,
  minute?: string,
  second?: string,
  fraction?: string,
): Pick<DateParts, 'hour' | 'minute' | 'second' | 'millis'> {
  return {
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millis: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
  };
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{1,2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5})?`;
// 2003-12-31, 2003-012-31 (Google's extra zero), 20031231, 2003-12, 2003.
const ISO_CALENDAR = new RegExp(String.raw`^(\d{4})(?:-(\d{1,3})(?:-(\d{1,2}))?|(\d{2})(\d{2}))?${TIME}$`);
// ISO 8601's two-digit-year forms: 031231, 03-12-31, -0312, -03-12.
const ISO_SHORT_YEAR = new RegExp(String.raw`^(?:(\d{2})-?(\d{2})-?(\d{2})|-(\d{2})-?(\d{2}))${TIME}$`);
// Ordinal dates: 2003-335, 03335.
const ISO_ORDINAL = new RegExp(String.raw`^(\d{4}|\d{2})-?(\d{3})${TIME}$`);

/** W3C-DTF / RFC 3339 and the other ISO 8601 shapes feeds use. */
export function parseIsoDate(text: string): DateParts | null {
  let match = ISO_CALENDAR.exec(text);
  // A three-digit month over 12 is an ordinal day (2003-335), read below.
  if (match && Number(match[2] ?? 1) <= 12) {
    const offset = zoneOffset(match[10] ?? 'Z');
    if (offset === undefined) return null;
    const [year, month, day] = [Number(match[1]), Number(match[2] ?? match[4] ?? 1), Number(match[3] ?? match[5] ?? 1)];
    return { year, month, day, ...clockParts(match[6], match[7], match[8], match[9]), offset };
  }
  match = ISO_SHORT_YEAR.exec(text);
  if (match) {
    const offset = zoneOffset(match[10] ?? 'Z');
    if (offset === undefined) return null;
    const [year, month, day] = [fullYear(match[1] ?? match[4]!), Number(match[2] ?? match[5]), Number(match[3] ?? 1)];
    return { year, month, day, ...clockParts(match[6], match[7], match[8], match[9]), offset };
  }
  match = ISO_ORDINAL.exec(text);
  if (match) {
    const offset = zoneOffset(match[8] ?? 'Z');
    if (offset === undefined) return null;
    const date = new Date(Date.UTC(fullYear(match[1]!), 0, Number(match[2])));
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      ...clockParts(match[3], match[4], match[5], match[6]),
      offset,
    };
  }
  return null;
}
