import { clamp } from '../../../format/escape.js';
import { LIMITS } from '../../../format/limits.js';
import type { OutboxEntry } from '../../state/types.js';
import type { RenderedPost } from './render-post.js';

/**
 * A rendered post opened by its role pings (role-mention.ts): the pings first, then the template's
 * text. CONTENT_RESERVE keeps room for a few roles; more than that cuts the text's end, never a ping.
 */
export function withRoleMentions(
  post: RenderedPost,
  mentions: Pick<OutboxEntry, 'content' | 'mentionRoleIds'>,
): Pick<OutboxEntry, 'embeds' | 'content' | 'mentionRoleIds'> {
  const text = [mentions.content, post.content].filter(Boolean).join(' ');
  return {
    embeds: post.embeds,
    ...(text ? { content: clamp(text, LIMITS.content) } : {}),
    ...(mentions.mentionRoleIds ? { mentionRoleIds: mentions.mentionRoleIds } : {}),
  };
}
