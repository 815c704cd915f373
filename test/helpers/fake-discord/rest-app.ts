import { apiError } from './api-error.js';
import type { FakeContext } from './context.js';
import { apiChannel, apiGuild, apiMember, apiUser } from './payloads.js';
import { noContent, ok, type RestRequest, type RestResponse, type Route, refuse, refuseForm } from './rest.js';
import { checkCommandList } from './validate-commands.js';

/** GET /gateway/bot (notes §1.2): `url` without `?`, enough sessions, max_concurrency ≥ 1. */
function gatewayBot(_req: RestRequest, ctx: FakeContext): RestResponse {
  return ok({
    url: ctx.gatewayUrl,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
  });
}

/** Echoes a command definition the way Discord stores it: keeps the id of a same-named command, bumps `version`. */
function stored(ctx: FakeContext, definition: any, previous: any[], guildId?: string) {
  const type = Number(definition.type ?? 1);
  const same = previous.find((c) => c.name === definition.name && c.type === type);
  return {
    id: same?.id ?? ctx.nextId(),
    application_id: ctx.world.applicationId,
    version: ctx.nextId(),
    type,
    name: definition.name,
    name_localizations: definition.name_localizations ?? null,
    description: definition.description ?? '',
    description_localizations: definition.description_localizations ?? null,
    options: definition.options ?? [],
    default_member_permissions: definition.default_member_permissions ?? null,
    nsfw: definition.nsfw ?? false,
    contexts: definition.contexts ?? null,
    integration_types: definition.integration_types ?? [0],
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

/** Command routes for one scope (global when `guildScoped` is false). */
function commandRoutes(guildScoped: boolean): Route[] {
  const base = guildScoped
    ? String.raw`^\/applications\/(\d+)\/guilds\/(\d+)\/commands`
    : String.raw`^\/applications\/(\d+)\/commands`;
  const scope = (
    req: RestRequest,
    ctx: FakeContext,
  ): { list: any[]; save: (list: any[]) => void; guildId?: string } | RestResponse => {
    if (req.params[0] !== ctx.world.applicationId)
      return refuse(apiError(404, 10002, 'Unknown Application'), `application id ${req.params[0]} is not the bot's`);
    if (!guildScoped) return { list: ctx.commands.global, save: (list) => (ctx.commands.global = list) };
    const guildId = req.params[1];
    if (guildId !== ctx.world.guildId) return refuse(apiError(404, 10004, 'Unknown Guild'));
    return { list: ctx.commands.guild[guildId] ?? [], save: (list) => (ctx.commands.guild[guildId] = list), guildId };
  };
  const overwrite = (req: RestRequest, ctx: FakeContext, definitions: any[]): RestResponse => {
    const target = scope(req, ctx);
    if ('status' in target) return target;
    const problems = checkCommandList(definitions);
    if (problems.length) return refuseForm(problems);
    const list = definitions.map((definition) => stored(ctx, definition, target.list, target.guildId));
    target.save(list);
    return ok(list);
  };
  return [
    {
      method: 'GET',
      pattern: new RegExp(`${base}$`),
      bot: true,
      handle: (req, ctx) => {
        const t = scope(req, ctx);
        return 'status' in t ? t : ok(t.list);
      },
    },
    { method: 'PUT', pattern: new RegExp(`${base}$`), bot: true, handle: (req, ctx) => overwrite(req, ctx, req.body) },
    {
      method: 'POST',
      pattern: new RegExp(`${base}$`),
      bot: true,
      handle(req, ctx) {
        const t = scope(req, ctx);
        if ('status' in t) return t;
        const others = t.list.filter((c) => !(c.name === req.body?.name && c.type === Number(req.body?.type ?? 1)));
        const answer = overwrite(req, ctx, [...others, req.body]);
        return answer.status === 200 ? ok((answer.body as any[]).at(-1)) : answer;
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`${base}\\/(\\d+)$`),
      bot: true,
      handle(req, ctx) {
        const t = scope(req, ctx);
        if ('status' in t) return t;
        const id = req.params[guildScoped ? 2 : 1];
        if (!t.list.some((c) => c.id === id)) return refuse(apiError(404, 10063, 'Unknown application command'));
        t.save(t.list.filter((c) => c.id !== id));
        return noContent();
      },
    },
  ];
}

/** Runs `handle` for the fake guild's id, else 404 10004. */
const inGuild =
  (handle: (req: RestRequest, ctx: FakeContext) => RestResponse) => (req: RestRequest, ctx: FakeContext) =>
    req.params[0] === ctx.world.guildId ? handle(req, ctx) : refuse(apiError(404, 10004, 'Unknown Guild'));

/** Gateway discovery, users, the application, its commands and the guild (Bot token required). */
export const appRoutes: Route[] = [
  { method: 'GET', pattern: /^\/gateway\/bot$/, bot: true, handle: gatewayBot },
  { method: 'GET', pattern: /^\/gateway$/, bot: false, handle: (_req, ctx) => ok({ url: ctx.gatewayUrl }) },
  {
    method: 'GET',
    pattern: /^\/users\/@me$/,
    bot: true,
    handle: (_req, ctx) => ok({ ...apiUser(ctx.world.bot), verified: true, mfa_enabled: false }),
  },
  {
    method: 'GET',
    pattern: /^\/users\/(\d+)$/,
    bot: true,
    handle: (req, ctx) => {
      const user = ctx.world.user(req.params[0]);
      return user ? ok(apiUser(user)) : { ...refuse(apiError(404, 10013, 'Unknown User')), benign: true };
    },
  },
  {
    method: 'GET',
    pattern: /^\/applications\/@me$/,
    bot: true,
    handle: (_req, ctx) =>
      ok({
        id: ctx.world.applicationId,
        name: ctx.world.bot.username,
        icon: null,
        description: '',
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: 0,
        team: null,
        owner: apiUser(ctx.world.owner),
        bot: apiUser(ctx.world.bot),
      }),
  },
  ...commandRoutes(false),
  ...commandRoutes(true),
  { method: 'GET', pattern: /^\/guilds\/(\d+)$/, bot: true, handle: inGuild((_req, ctx) => ok(apiGuild(ctx.world))) },
  {
    method: 'GET',
    pattern: /^\/guilds\/(\d+)\/channels$/,
    bot: true,
    handle: inGuild((_req, ctx) => ok(ctx.world.channelList.map((c) => apiChannel(ctx.world, c.id)))),
  },
  {
    method: 'GET',
    pattern: /^\/guilds\/(\d+)\/members\/(\d+)$/,
    bot: true,
    handle: inGuild((req, ctx) => {
      const user = ctx.world.user(req.params[1]);
      return user
        ? ok(apiMember(user, ctx.world))
        : { ...refuse(apiError(404, 10007, 'Unknown Member')), benign: true };
    }),
  },
];
