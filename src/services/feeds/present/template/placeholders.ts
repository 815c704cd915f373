import { LIMITS } from '../../../format/limits.js';

/** Longest URL a link placeholder renders; a longer one renders as nothing (a cut URL would lead nowhere). */
export const URL_MAX = 512;
/** Longest name (source, feed, author, section) a placeholder renders, after escaping. */
const NAME_MAX = 100;

/**
 * What each placeholder may render to at most, after escaping: the worst case a template is
 * checked against when saved. `{summary}` is the one elastic placeholder: it takes the room its
 * part has left (up to the description limit), so it is counted at `SUMMARY_MIN` there.
 */
export const PLACEHOLDERS = {
  title: LIMITS.title,
  summary: LIMITS.description,
  link: URL_MAX,
  source: NAME_MAX,
  source_link: URL_MAX,
  author: NAME_MAX,
  // `<t:1776243600:D>` is 16 characters; a plain date, 10.
  published: 20,
  section: NAME_MAX,
  feed: NAME_MAX,
  image: URL_MAX,
  related: LIMITS.fieldValue,
  reading_time: 20,
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** The room `{summary}` is always left in each part it appears in (checked when the template is saved). */
export const SUMMARY_MIN = 200;

/** Every placeholder, as `/feed` answers list them. */
export const PLACEHOLDER_LIST = Object.keys(PLACEHOLDERS)
  .map((name) => `{${name}}`)
  .join(' ');

export function isPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}
