import { DiscordAPIError, type REST } from '@discordjs/rest';
import { type APIMessage, type APIWebhook, RESTJSONErrorCodes, Routes, WebhookType } from 'discord.js';

/** The name of the one webhook the bot keeps per channel; a post shows the subscription's own name instead. */
export const WEBHOOK_NAME = 'newsdesk feeds';

interface ChannelWebhook {
  id: string;
  token: string;
}

/** What an execute sends besides the target: content, embeds, username, avatar_url, thread_name, … */
export type WebhookBody = Record<string, unknown>;

/**
 * The bot's webhook in each channel: found among the channel's webhooks (an incoming webhook the bot
 * created carries its token, DOCS webhook.mdx "Webhook Object") or created, then kept in memory only,
 * so the token, a bearer secret, is never stored or logged.
 */
export function createChannelWebhooks(rest: REST, selfId: () => Promise<string>) {
  const known = new Map<string, Promise<ChannelWebhook>>();

  const findOrCreate = async (channelId: string): Promise<ChannelWebhook> => {
    const me = await selfId();
    const hooks = (await rest.get(Routes.channelWebhooks(channelId))) as APIWebhook[];
    const mine = hooks.find(
      (hook) => hook.type === WebhookType.Incoming && hook.user?.id === me && hook.name === WEBHOOK_NAME && hook.token,
    );
    if (mine?.token) return { id: mine.id, token: mine.token };
    const created = (await rest.post(Routes.channelWebhooks(channelId), {
      body: { name: WEBHOOK_NAME },
    })) as APIWebhook;
    if (!created.token) throw new Error('Discord created a webhook without a token');
    return { id: created.id, token: created.token };
  };

  const get = (channelId: string): Promise<ChannelWebhook> => {
    let hook = known.get(channelId);
    if (!hook) {
      hook = findOrCreate(channelId);
      known.set(channelId, hook);
      // A failed look-up is asked again next time.
      hook.catch(() => known.delete(channelId));
    }
    return hook;
  };

  const execute = async (channelId: string, body: WebhookBody): Promise<APIMessage> => {
    const hook = await get(channelId);
    // `wait=true`: Discord answers with the message, so the post is confirmed by its id (DOCS webhook.mdx "Execute Webhook").
    return (await rest.post(Routes.webhook(hook.id, hook.token), {
      body,
      query: new URLSearchParams({ wait: 'true' }),
      auth: false,
    })) as APIMessage;
  };

  return {
    /** The id of the bot's webhook in the channel, or null when it has none (nothing was posted through one). */
    async idIn(channelId: string): Promise<string | null> {
      try {
        return (await get(channelId)).id;
      } catch (error) {
        if (error instanceof DiscordAPIError && error.status === 403) return null;
        throw error;
      }
    },
    /**
     * Edit a message the channel's webhook posted (DOCS webhook.mdx "Edit Webhook Message"; in a
     * forum with `thread_id`). A message of an earlier webhook (deleted since) cannot be edited: left as it is.
     */
    async edit(
      channelId: string,
      webhookId: string,
      messageId: string,
      body: WebhookBody,
      threadId?: string,
    ): Promise<void> {
      const hook = await get(channelId);
      if (hook.id !== webhookId) return;
      await rest.patch(Routes.webhookMessage(hook.id, hook.token, messageId), {
        body,
        ...(threadId ? { query: new URLSearchParams({ thread_id: threadId }) } : {}),
        auth: false,
      });
    },
    /**
     * Execute the channel's webhook. A webhook someone deleted answers Unknown Webhook (10015): it is
     * created again and the post tried once more (one retry, so a channel that keeps deleting it cannot loop).
     */
    async post(channelId: string, body: WebhookBody): Promise<APIMessage> {
      try {
        return await execute(channelId, body);
      } catch (error) {
        if (!(error instanceof DiscordAPIError) || error.code !== RESTJSONErrorCodes.UnknownWebhook) throw error;
        known.delete(channelId);
        return await execute(channelId, body);
      }
    },
  };
}

export type ChannelWebhooks = ReturnType<typeof createChannelWebhooks>;
