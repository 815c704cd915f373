import { monthNumber } from '../feeds/parse/date-words.js';

/**
 * Calendar days written in running text ("Posted on September 4, 2025", "4. März 2025",
 * "2025-09-04", "04.09.2025", "2025년 9월 4일", "2025年9月4日"), as YYYY-MM-DD. Month names come
 * from the feed parser's table, so pages and feeds read the same languages.
 */
export interface DayInText {
  day: string;
  /** Offset of the phrase in the text. */
  index: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

function asDay(year: number, month: number, day: number): string | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ORDINAL = '(?:st|nd|rd|th|er|º|\\.)?';
const WORD = '(\\p{L}{3,}\\.?)';
/** One pattern per written order; each gives year, month and day from its groups. */
const FORMS: { pattern: RegExp; read(match: RegExpExecArray, monthFirst: boolean): string | null }[] = [
  {
    // "September 4, 2025", "Sep. 4th 2025"
    pattern: new RegExp(`${WORD}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'gu'),
    read: (m) => month(m[1]!, (n) => asDay(+m[3]!, n, +m[2]!)),
  },
  {
    // "4 September 2025", "4. März 2025", "4 de septiembre de 2025"
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}\\s+(?:de\\s+)?${WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'gu'),
    read: (m) => month(m[2]!, (n) => asDay(+m[3]!, n, +m[1]!)),
  },
  {
    // ISO "2025-09-04", "2025/09/04"
    pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
    read: (m) => asDay(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    // "04.09.2025" (day first wherever dots are used), "09/04/2025" (month first in US English)
    pattern: /(?<!\d)(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/g,
    read: (m, monthFirst) =>
      m[2] === '/' && monthFirst ? asDay(+m[4]!, +m[1]!, +m[3]!) : asDay(+m[4]!, +m[3]!, +m[1]!),
  },
  {
    // Korean, Japanese and Chinese: "2025년 9월 4일", "2025年9月4日"
    pattern: /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/g,
    read: (m) => asDay(+m[1]!, +m[2]!, +m[3]!),
  },
];

function month(word: string, then: (month: number) => string | null): string | null {
  const number = monthNumber(word);
  return number === undefined ? null : then(number);
}

/** Every day written in `text`, in order of position. `lang` decides 09/04/2025 (en-US: September 4). */
export function daysInText(text: string, lang?: string | null): DayInText[] {
  const monthFirst = !lang || /^en(?:-us)?$/i.test(lang) || /^en-(?:ph|ca)$/i.test(lang);
  const found: DayInText[] = [];
  for (const form of FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      const day = form.read(match, monthFirst);
      if (day) found.push({ day, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
