import type { OutboxEntry } from '../state/types.js';

/** Discord takes at most 100 ids in `allowed_mentions.roles` (DOCS resources/message.mdx "Allowed Mentions Object"). */
const MAX_ROLES = 100;

/**
 * The opening of a post that pings the subscriptions' roles, with the roles it may ping; nothing
 * when no subscription asked for one. Only these roles are ever allowed: `@everyone`, `@here` and
 * any mention a feed's text carries stay inert (the poster sends `parse: []`).
 */
export function roleMentions(
  subscriptions: { mentionRoleId?: string }[],
): Pick<OutboxEntry, 'content' | 'mentionRoleIds'> {
  const ids = [...new Set(subscriptions.flatMap(({ mentionRoleId }) => (mentionRoleId ? [mentionRoleId] : [])))];
  const roles = ids.filter((id) => /^\d{17,20}$/.test(id)).slice(0, MAX_ROLES);
  return roles.length ? { content: roles.map((id) => `<@&${id}>`).join(' '), mentionRoleIds: roles } : {};
}
