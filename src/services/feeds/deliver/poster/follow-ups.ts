import { DiscordAPIError, type REST } from '@discordjs/rest';
import { RESTJSONErrorCodes, Routes } from 'discord.js';
import type { PostTarget } from '../../state/types.js';
import { threadTitle } from '../thread-title.js';

/** Whether Discord refused because the step was already done (a replay after a crash repeats it). */
const alreadyDone = (error: unknown, code: number) => error instanceof DiscordAPIError && error.code === code;

/**
 * What a confirmed message still needs: a thread opened on it (DOCS channel.mdx "Start Thread from
 * Message") and, in an announcement channel, a crosspost (DOCS message.mdx "Crosspost Message").
 * Both are tried; the first refusal is thrown after, and the post itself stands either way.
 */
export async function followUp(
  rest: REST,
  channelId: string,
  messageId: string,
  target: PostTarget | undefined,
  title: string | undefined,
): Promise<void> {
  if (target?.kind !== 'message') return;
  const failures: unknown[] = [];
  if (target.thread) {
    await rest
      .post(Routes.threads(channelId, messageId), { body: { name: threadTitle(title) } })
      .catch((error: unknown) => {
        if (!alreadyDone(error, RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage)) failures.push(error);
      });
  }
  if (target.publish) {
    await rest.post(Routes.channelMessageCrosspost(channelId, messageId)).catch((error: unknown) => {
      if (!alreadyDone(error, RESTJSONErrorCodes.ThisMessageWasAlreadyCrossposted)) failures.push(error);
    });
  }
  if (failures.length) throw failures[0];
}
