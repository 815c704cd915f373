/** Discord's limit for a thread's (and a forum post's) name (DOCS channel.mdx "Start Thread from Message"). */
export const THREAD_NAME_MAX = 100;

/** The name of the thread or forum post that carries an item: its title, cut to Discord's limit. */
export function threadTitle(title: string | undefined, fallback = 'New article'): string {
  const clean = (title ?? '').replace(/\s+/g, ' ').trim() || fallback;
  // Cut by code points, so an emoji is never split into half a surrogate pair.
  const chars = [...clean];
  return chars.length <= THREAD_NAME_MAX ? clean : `${chars.slice(0, THREAD_NAME_MAX - 1).join('')}…`;
}
