/** The `allowed_mentions` object of a message body (DOCS resources/message.mdx "Allowed Mentions Object"). */
export interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

/** Who a message actually mentions once `allowed_mentions` is applied. */
export interface Mentions {
  users: string[];
  roles: string[];
  everyone: boolean;
}

/** What Discord parses when a body has no `allowed_mentions`: everything for bot posts, only users for interactions and webhooks. */
export const PARSE_ALL = ['users', 'roles', 'everyone'];
export const PARSE_USERS = ['users'];

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * Applies `allowed_mentions` to `content` (DOCS message.mdx:729-819). The Mention Everyone
 * permission is not checked, so an allowed @everyone counts: stricter than Discord, on purpose,
 * so a test catches a bot that would ping once it gets that permission.
 */
export function resolveMentions(
  content: string,
  allowed: AllowedMentions | undefined,
  defaultParse: string[],
  repliedUserId?: string,
): Mentions {
  const parse = allowed ? (allowed.parse ?? []) : defaultParse;
  const userList = allowed?.users ?? [];
  const roleList = allowed?.roles ?? [];
  const userIds = [...content.matchAll(/<@!?(\d{17,20})>/g)].map((match) => match[1] ?? '');
  const roleIds = [...content.matchAll(/<@&(\d{17,20})>/g)].map((match) => match[1] ?? '');
  const users = userIds.filter((id) => parse.includes('users') || userList.includes(id));
  // A reply pings its target unless allowed_mentions is sent without replied_user: true.
  if (repliedUserId && (allowed ? allowed.replied_user === true : true)) users.push(repliedUserId);
  return {
    users: unique(users),
    roles: unique(roleIds.filter((id) => parse.includes('roles') || roleList.includes(id))),
    everyone: /@(everyone|here)\b/.test(content) && parse.includes('everyone'),
  };
}
