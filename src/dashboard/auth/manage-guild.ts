import { DiscordAPIError, type REST } from '@discordjs/rest';
import { type APIGuild, type APIGuildMember, PermissionFlagsBits, RESTJSONErrorCodes, Routes } from 'discord.js';

/**
 * Whether a member may manage a server, from its roles as Discord has them now: the owner, or
 * @everyone's and the member's roles grant Manage Server or Administrator. (Channel overwrites
 * don't matter: Manage Server is a server-wide permission.)
 */
export function grantsManageGuild(
  guild: Pick<APIGuild, 'id' | 'owner_id' | 'roles'>,
  member: Pick<APIGuildMember, 'roles'>,
  userId: string,
): boolean {
  if (guild.owner_id === userId) return true;
  const permissions = guild.roles
    .filter((role) => role.id === guild.id || member.roles.includes(role.id))
    .reduce((all, role) => all | BigInt(role.permissions), 0n);
  return (permissions & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
}

/** What Discord says about a member and a server right now. */
export interface MemberAccess {
  guildName: string;
  /** Whether they may manage the server; a member who left may not. */
  allowed: boolean;
}

/** Ask Discord (REST) whether a member still has Manage Server. */
export async function memberAccess(rest: REST, guildId: string, userId: string): Promise<MemberAccess> {
  const guild = (await rest.get(Routes.guild(guildId))) as APIGuild;
  try {
    const member = (await rest.get(Routes.guildMember(guildId, userId))) as APIGuildMember;
    return { guildName: guild.name, allowed: grantsManageGuild(guild, member, userId) };
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMember)
      return { guildName: guild.name, allowed: false };
    throw error;
  }
}
