import { escapeText } from '../../format/escape.js';
import { threadTitle } from '../deliver/thread-title.js';
import type { PostTarget } from '../state/types.js';

/** Where a subscription's posts land, in a few words for `/feed list` and the answers; undefined for plain bot messages. */
export function describeTarget(target: PostTarget | undefined): string | undefined {
  if (!target) return undefined;
  const parts = [target.kind === 'forum' ? 'forum posts' : 'messages'];
  if (target.webhook) parts.push(`as webhook “${escapeText(target.webhook.name)}”`);
  if (target.thread) parts.push('each with a thread');
  if (target.publish) parts.push('published to followers');
  return parts.join(' ');
}

/** How `/feed test` says the previewed post would be made (webhook name, forum post title, thread, crosspost). */
export function targetPreview(target: PostTarget | undefined, title: string | undefined): string {
  if (!target) return '';
  const lines: string[] = [];
  if (target.webhook) lines.push(`It would post as webhook “${escapeText(target.webhook.name)}”.`);
  const name = escapeText(threadTitle(title));
  if (target.kind === 'forum') lines.push(`It would be a forum post titled “${name}”.`);
  if (target.thread) lines.push(`A thread “${name}” would open on it.`);
  if (target.publish) lines.push('It would be published to the servers following the channel.');
  return lines.join('\n');
}
