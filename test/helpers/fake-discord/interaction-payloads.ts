import { ApplicationCommandOptionType as OptionType } from 'discord.js';
import { apiChannel, apiMember, apiRole, apiUser } from './payloads.js';
import type { FakeUser, World } from './world.js';

/** A scalar option value as a user would type or pick it. */
export type OptionValue = string | number | boolean;
/** Options by name, or a raw `data.options` array (subcommands included) passed through as is. */
export type OptionInput = Record<string, OptionValue> | Record<string, unknown>[];

type Definition = { name: string; type: number; options?: Definition[] };
type Resolved = {
  users?: Record<string, unknown>;
  members?: Record<string, unknown>;
  channels?: Record<string, unknown>;
  roles?: Record<string, unknown>;
  attachments?: Record<string, unknown>;
};

const inferType = (value: OptionValue) =>
  typeof value === 'boolean'
    ? OptionType.Boolean
    : typeof value === 'number'
      ? Number.isInteger(value)
        ? OptionType.Integer
        : OptionType.Number
      : OptionType.String;

/** An attachment object by id (from the fake CDN), for `resolved.attachments`. */
export type AttachmentLookup = (id: string) => object | undefined;

/** Fills `resolved` for user, channel, role and attachment options the way Discord does, so getUser()/getAttachment() work. */
function resolve(
  world: World,
  type: number,
  value: OptionValue,
  resolved: Resolved,
  attachment: AttachmentLookup,
): void {
  const id = String(value);
  const user = world.user(id);
  const file = type === OptionType.Attachment ? attachment(id) : undefined;
  // An attachment option's value is the attachment's id; the object is in resolved.attachments
  // (DOCS interactions/receiving-and-responding.mdx "Resolved Data Structure").
  if (file) (resolved.attachments ??= {})[id] = file;
  else if ((type === OptionType.User || type === OptionType.Mentionable) && user) {
    (resolved.users ??= {})[id] = apiUser(user);
    const { user: _user, ...member } = apiMember(user, world, true);
    (resolved.members ??= {})[id] = member;
  } else if (type === OptionType.Channel && world.channel(id)) {
    (resolved.channels ??= {})[id] = { ...apiChannel(world, id), permissions: world.bot.permissions.toString() };
  } else if (
    (type === OptionType.Role || type === OptionType.Mentionable) &&
    world.roles.some((role) => role.id === id)
  ) {
    const position = world.roles.findIndex((r) => r.id === id);
    (resolved.roles ??= {})[id] = apiRole(world.roles[position]!, position);
  }
}

/**
 * Builds `data.options` and `data.resolved` for `/name [group] [sub]`. Option types come from the
 * registered command when there is one (so getInteger vs getNumber match), else from the JS value.
 */
export function commandOptions(
  world: World,
  path: string[],
  input: OptionInput,
  registered: Definition | undefined,
  attachment: AttachmentLookup = () => undefined,
) {
  const resolved: Resolved = {};
  let definitions = registered?.options;
  const nesting: { type: number; name: string }[] = [];
  for (const [i, name] of path.slice(1).entries()) {
    const type = i === path.length - 2 ? OptionType.Subcommand : OptionType.SubcommandGroup;
    nesting.push({ type, name });
    definitions = definitions?.find((d) => d.name === name)?.options;
  }
  let options: Record<string, unknown>[] = Array.isArray(input)
    ? input
    : Object.entries(input).map(([name, value]) => {
        const type = definitions?.find((d) => d.name === name)?.type ?? inferType(value);
        resolve(world, type, value, resolved, attachment);
        return { name, type, value };
      });
  for (const level of nesting.reverse()) options = [{ ...level, options }];
  return { options, resolved: Object.keys(resolved).length ? resolved : undefined };
}

/** The fields every guild interaction carries; `entitlements` must be an array or discord.js throws (notes §2.5). */
export function interactionBase(
  world: World,
  fields: {
    id: string;
    token: string;
    type: number;
    user: FakeUser;
    channelId: string;
    locale?: string;
    guildLocale?: string;
  },
) {
  return {
    id: fields.id,
    application_id: world.applicationId,
    type: fields.type,
    token: fields.token,
    version: 1,
    guild_id: world.guildId,
    channel_id: fields.channelId,
    channel: apiChannel(world, fields.channelId),
    member: apiMember(fields.user, world, true),
    app_permissions: world.bot.permissions.toString(),
    locale: fields.locale ?? 'en-US',
    guild_locale: fields.guildLocale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: 0,
    attachment_size_limit: 26_214_400,
  };
}

/** Finds a component by custom_id anywhere in a message's component tree (rows, v2 containers, accessories). */
export function findComponent(components: any[], customId: string): any | undefined {
  for (const component of components ?? []) {
    if (component?.custom_id === customId) return component;
    const nested = findComponent(
      [...(component?.components ?? []), ...(component?.accessory ? [component.accessory] : [])],
      customId,
    );
    if (nested) return nested;
  }
  return undefined;
}
