import { tokenize } from '../../similar-index.js';
import { canonicalOrNull } from '../../urls.js';
import type { PostedStory } from '../state/types.js';

/** Share of distinct words two texts must have in common to count as the same story. */
export const SAME_TEXT_SIMILARITY = 0.8;
/** Texts shorter than this many distinct words are compared by URL only (short titles collide). */
const MIN_WORDS = 6;

/** The identity of a story for dedupe: its canonical URL and the distinct words of its title and summary. */
export function storyOf(
  subscriptionId: string,
  item: { title: string; summary: string; link: string | null },
  at: number,
): PostedStory {
  const url = canonicalOrNull(item.link);
  const words = [...new Set(tokenize(`${item.title}\n${item.summary.slice(0, 1000)}`))].sort();
  return { subscriptionId, url, words, title: item.title, at };
}

/** Jaccard similarity of two sorted distinct word lists. */
function overlap(a: string[], b: string[]): number {
  const set = new Set(a);
  const shared = b.filter((word) => set.has(word)).length;
  return shared / (a.length + b.length - shared || 1);
}

/**
 * Same canonical URL, or near-identical text from two different subscriptions (syndicated copies of
 * one story). One feed's own items are never merged by text: a feed's templated summaries
 * ("Episode 12 of …") look alike but are different stories.
 */
export function sameStory(a: PostedStory, b: PostedStory): boolean {
  if (a.url && a.url === b.url) return true;
  if (a.subscriptionId === b.subscriptionId) return false;
  if (a.words.length < MIN_WORDS || b.words.length < MIN_WORDS) return false;
  return overlap(a.words, b.words) >= SAME_TEXT_SIMILARITY;
}

/** Entries that tell one story, with each member's story (same order). */
export interface StoryGroup<T> {
  members: T[];
  stories: PostedStory[];
}

/**
 * Group entries that tell the same story (first one leads each group), in input order. Entries are
 * compared to every member of a group, so A≈B and B≈C put all three together.
 */
export function groupSameStories<T>(entries: T[], storyOfEntry: (entry: T) => PostedStory): StoryGroup<T>[] {
  const groups: StoryGroup<T>[] = [];
  for (const entry of entries) {
    const story = storyOfEntry(entry);
    const group = groups.find((candidate) => candidate.stories.some((other) => sameStory(story, other)));
    if (group) {
      group.members.push(entry);
      group.stories.push(story);
    } else {
      groups.push({ members: [entry], stories: [story] });
    }
  }
  return groups;
}

/**
 * The earlier post in `recent` that tells the same story as any of `stories`, if one does: the newest
 * match whose message is known (it can be amended), else the newest match.
 */
export function earlierPost(recent: PostedStory[], stories: PostedStory[]): PostedStory | undefined {
  const matches = recent.filter((earlier) => stories.some((story) => sameStory(story, earlier)));
  return matches.findLast((earlier) => earlier.messageId) ?? matches.at(-1);
}
