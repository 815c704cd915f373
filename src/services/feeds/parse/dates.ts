import { foldWord, monthNumber, zoneOffset } from './date-words.js';
import { clockParts, type DateParts, fullYear, parseIsoDate } from './iso-dates.js';

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0');

/**
 * Feed dates to ISO 8601, keeping the offset the feed wrote ("Tue, 15 Apr 2026 09:30:00 +0900" →
 * "2026-04-15T09:30:00+09:00"). Covers W3C-DTF/RFC 3339 and ISO 8601's shorter forms, RFC 822/2822
 * with the slips real feeds make (extra commas, no seconds, two-digit years, long or localised
 * month names, zone names), asctime, and Korean portal dates. A date without a zone is taken as UTC,
 * as feed readers do (Korean-marked dates as KST). Anything else gives null: one bad date never
 * fails the feed.
 */

/** RFC 822 family and its relatives: each word is recognised by its shape, in whatever order they come. */
function parseWords(text: string): DateParts | null {
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let clock: RegExpExecArray | null = null;
  let offset: number | undefined = 0;
  let meridiem: string | undefined;
  for (const token of text.replace(/,/g, ' ').split(/\s+/).filter(Boolean)) {
    const numericDate = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(token);
    const tokenClock = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(token);
    const word = foldWord(token);
    if (numericDate) [year, month, day] = [Number(numericDate[1]), Number(numericDate[2]), Number(numericDate[3])];
    else if (tokenClock) clock = tokenClock;
    else if (/^\d{4}$/.test(token) && year === undefined) year = Number(token);
    else if (/^\d{1,2}$/.test(token) && day === undefined) day = Number(token);
    else if (/^\d{2}$/.test(token) && year === undefined) year = fullYear(token);
    else if (word === 'am' || word === 'pm') meridiem = word;
    else if (zoneOffset(token) !== undefined) offset = zoneOffset(token);
    else if (monthNumber(token) !== undefined && month === undefined) month = monthNumber(token);
    // Day names in any language, "(CEST)" after a numeric zone: words that carry no number.
    else if (!/^[(\p{L}][\p{L}/)]*$/u.test(token)) return null;
  }
  if (day === undefined || month === undefined || year === undefined || offset === undefined) return null;
  let hour = Number(clock?.[1] ?? 0);
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { year, month, day, ...clockParts(String(hour), clock?.[2], clock?.[3], clock?.[4]), offset };
}

/** Korean portal dates ("2004년 05월 28일 01:31:15", "2004-05-25 오후 11:23:17") are KST and use 오전/오후 for AM/PM. */
function fromKorean(text: string): string {
  if (!/[년월일오전후]/.test(text)) return text;
  const western = text
    .replace(/(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/, '$1-$2-$3')
    .replace('오전', 'AM')
    .replace('오후', 'PM');
  return /(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|KST|Z))$/i.test(western) ? western : `${western} +09:00`;
}

/** The parts as an ISO 8601 string with their own offset, or null if they name no real moment. */
function format(parts: DateParts): string | null {
  const { year, month, day, hour, minute, second, millis, offset } = parts;
  const check = new Date(Date.UTC(year, month - 1, day));
  const realDay = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  if (!realDay || year < 1000 || year > 9999 || hour > 23 || minute > 59 || second > 60) return null;
  const fraction = millis ? `.${pad(millis, 3)}` : '';
  const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}${fraction}${zone}`;
}

/** A feed date as ISO 8601 with the feed's own offset, or null when it cannot be read. */
export function parseFeedDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || text.length > 80) return null;
  const western = fromKorean(text).replace(
    /(\d{4})-(\p{L}+)-(\d{1,2})/u,
    (whole, year: string, name: string, day: string) => {
      const month = monthNumber(name);
      return month ? `${year}-${pad(month)}-${day}` : whole;
    },
  );
  const parts = parseIsoDate(western) ?? parseWords(western);
  return parts ? format(parts) : null;
}
