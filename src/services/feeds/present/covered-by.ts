import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Link } from '../../article.js';
import { embedLength, linkLine } from '../../format/card.js';
import { LIMITS } from '../../format/limits.js';
import { canonicalOrNull, hostOf } from '../../urls.js';

/** The card field that lists the other sources of a story (card.ts names it so). */
export const COVERED_BY_FIELD = 'Also covered by';
/** Sources a later copy may grow the field to; the first post's own group is shown whole. */
export const COVERED_BY_LIMIT = 5;

/** One post's worth of a story: which subscription carried it, its link, and the feed it came from. */
interface Copy {
  subscription: { id: string };
  item: { link: string | null };
  source: { title: string };
}

const keyOf = (url: string) => canonicalOrNull(url) ?? url;

/** The "Also covered by" links for copies of a story: one per URL, none from the subscription that leads the post. */
export function coveredByLinks(leadSubscriptionId: string, copies: Copy[]): Link[] {
  const links = new Map<string, Link>();
  for (const { subscription, item, source } of copies) {
    if (!item.link || subscription.id === leadSubscriptionId || links.has(keyOf(item.link))) continue;
    links.set(keyOf(item.link), { title: source.title || hostOf(item.link), url: item.link });
  }
  return [...links.values()];
}

/** The URL a rendered line links to: the last masked-link target (labels are escaped, so theirs cannot match). */
function lineUrl(line: string): string | null {
  return /\]\((https?:\/\/[^\s)]+)\)(?: · \S*)?$/.exec(line)?.[1] ?? null;
}

/**
 * `card` with `links` added to its "Also covered by" field (created after the other fields when
 * missing), skipping URLs it already lists: a set union, so applying it twice changes nothing.
 * Stays within COVERED_BY_LIMIT lines, the field's 1024 and the embed's 25 fields and 6000 total.
 * Null when nothing would change.
 */
export function withCoveredBy(card: APIEmbed, links: Link[]): APIEmbed | null {
  const fields = card.fields ?? [];
  const at = fields.findIndex((field) => field.name === COVERED_BY_FIELD);
  const lines = (fields[at]?.value ?? '').split('\n').filter(Boolean);
  if (at < 0 && fields.length >= LIMITS.fields) return null;
  const known = new Set(
    lines
      .map(lineUrl)
      .filter((url): url is string => url !== null)
      .map(keyOf),
  );
  const fresh = links.filter((link) => {
    const key = keyOf(link.url);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  const added: string[] = [];
  const build = (extra: string[]): APIEmbed => {
    const field: APIEmbedField = { name: COVERED_BY_FIELD, value: [...lines, ...extra].join('\n'), inline: false };
    return { ...card, fields: at >= 0 ? fields.map((old, i) => (i === at ? field : old)) : [...fields, field] };
  };
  for (const line of fresh.slice(0, Math.max(0, COVERED_BY_LIMIT - lines.length)).map(linkLine)) {
    const next = build([...added, line]);
    if (
      (next.fields?.find((field) => field.name === COVERED_BY_FIELD)?.value.length ?? 0) > LIMITS.fieldValue ||
      embedLength(next) > LIMITS.embedTotal
    )
      break;
    added.push(line);
  }
  return added.length > 0 ? build(added) : null;
}
