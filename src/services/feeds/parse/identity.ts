import { createHash } from 'node:crypto';
import type { FeedItem } from './types.js';

/** An item before its identity is settled: `guid` is what the feed calls its id (guid, atom:id, JSON id). */
export type ItemDraft = Omit<FeedItem, 'id'> & { guid: string | null };

/** What the format mappers hand back before item identities are settled. */
export interface FeedDraft {
  title: string;
  link: string | null;
  image?: string | null;
  items: ItemDraft[];
}

const sha1 = (text: string): string => 'sha1:' + createHash('sha1').update(text).digest('hex');

/** What makes two entries the same story: a feed that lists one entry twice repeats its id rightly. */
const sameStory = (a: ItemDraft, b: ItemDraft): boolean =>
  a.link === b.link && a.title === b.title && a.published === b.published && a.summary === b.summary;

/**
 * Give each item a stable id: its guid, else its link, else a hash of title and date (then of
 * everything it has). A value that different items share is not trusted: those items fall through
 * to the next kind, so two posts with a copy-pasted guid are still two posts. (One entry listed
 * twice keeps its id: it is one post.)
 */
export function assignIds(drafts: ItemDraft[]): FeedItem[] {
  const levels: ((item: ItemDraft) => string | null)[] = [
    (item) => item.guid?.trim() || null,
    (item) => item.link,
    (item) => (item.title || item.published ? sha1(`${item.title}\n${item.published ?? ''}`) : null),
    (item) => sha1(`${item.title}\n${item.published ?? ''}\n${item.link ?? ''}\n${item.summary}`),
  ];
  const ids: (string | null)[] = drafts.map(() => null);
  const owners = new Map<string, ItemDraft>();
  levels.forEach((level, depth) => {
    const last = depth === levels.length - 1;
    const groups = new Map<string, number[]>();
    drafts.forEach((item, index) => {
      const value = ids[index] === null ? level(item) : null;
      if (!value) return;
      // Pushed in place: copying the group on every member made 30,000 items sharing a link quadratic.
      const members = groups.get(value);
      if (members) members.push(index);
      else groups.set(value, [index]);
    });
    for (const [value, members] of groups) {
      const first = drafts[members[0]!]!;
      const owner = owners.get(value);
      const trusted = members.every((index) => sameStory(drafts[index]!, first)) && (!owner || sameStory(owner, first));
      if (!trusted && !last) continue;
      for (const index of members) ids[index] = value;
      owners.set(value, first);
    }
  });
  return drafts.map(({ guid: _guid, ...item }, index) => ({ id: ids[index]!, ...item }));
}
