/**
 * How a card writes the article's publication date: in `locale` as a medium date (`Apr 15, 2026`,
 * `2026. 4. 15.`, `2026/04/15`) when the server's language is known; else a Discord timestamp,
 * which each viewer's client draws in their own language. The day is the UTC day, as
 * `article:published_time` pages give it; null when the date does not parse.
 */
export function publishedText(publishedAt: string | null, locale?: string): string | null {
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(published)) return null;
  if (!locale) return `<t:${Math.floor(published / 1000)}:D>`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(published);
}
