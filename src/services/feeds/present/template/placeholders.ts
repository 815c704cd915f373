import { LIMITS } from '../../../format/limits.js';

/** Longest URL a link placeholder renders; a longer one renders as nothing (a cut URL would lead nowhere). */
export const URL_MAX = 512;
/** Longest name (source, feed, author, section) a placeholder renders, after escaping. */
const NAME_MAX = 100;

/**
 * What each placeholder may render to at most, after escaping: the worst case a template is
 * checked against when saved. The elastic ones (ELASTIC) give way instead: they take the room
 * their part has left, up to this maximum.
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

/**
 * The long texts that give way so the admin's own text never has to: the room each is always left
 * in a part (checked when the template is saved), in the order they are given the rest of the room.
 * So `📰 {title}` is fine in a 256-character title: the title is cut 3 characters earlier.
 */
export const ELASTIC = { title: 100, summary: 200 } as const;

export type ElasticName = keyof typeof ELASTIC;

export function isElastic(name: string): name is ElasticName {
  return Object.hasOwn(ELASTIC, name);
}

/** Every placeholder, as `/feed` answers list them. */
export const PLACEHOLDER_LIST = Object.keys(PLACEHOLDERS)
  .map((name) => `{${name}}`)
  .join(' ');

export function isPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}
