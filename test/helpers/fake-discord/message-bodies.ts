import { apiError } from './api-error.js';
import type { FakeContext } from './context.js';
import type { UploadedFile } from './http.js';
import { editedFlags, type FakeAttachment, type FakeMessage, type NewMessage } from './messages.js';
import { type RestResponse, refuse, refuseForm } from './rest.js';
import { checkMessageFields, isEmptyMessage } from './validate.js';

type Body = Record<string, any>;
/** Discord's "thinking…" flag on a deferred reply (MessageFlags.Loading). */
export const LOADING = 1 << 7;

const emptyMessage = () => refuse(apiError(400, 50006, 'Cannot send an empty message'));

/** Uploads stored on the fake's CDN, so a test (or the bot) can read them back as Discord serves them. */
function uploaded(ctx: FakeContext, files: UploadedFile[], channelId: string): FakeAttachment[] {
  return files.map((file) => {
    const { data: _data, ...stored } = ctx.cdn.add(`attachments/${channelId}`, {
      filename: file.filename,
      content: file.data,
      contentType: file.contentType,
    });
    return stored;
  });
}

/**
 * Validates a message-creating body (limits §3.4, 50006 when empty) and returns the fields of the
 * new message, or the refusal to send. `base` supplies author, channel, type and the like.
 */
export function messageFromBody(
  ctx: FakeContext,
  body: Body | undefined,
  files: UploadedFile[],
  base: NewMessage,
): NewMessage | RestResponse {
  const data = body ?? {};
  const problems = checkMessageFields(data);
  if (problems.length) return refuseForm(problems);
  const attachments = uploaded(ctx, files, base.channelId);
  if (isEmptyMessage({ ...data, attachments })) return emptyMessage();
  return {
    ...base,
    content: data.content == null ? '' : String(data.content),
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments,
    flags: (base.flags ?? 0) | Number(data.flags ?? 0),
    tts: Boolean(data.tts),
    allowedMentions: data.allowed_mentions ?? undefined,
  };
}

/** Applies an edit body (PATCH, or callback type 7) to `message`; returns a refusal, or undefined once applied. */
export function applyEditBody(
  ctx: FakeContext,
  message: FakeMessage,
  body: Body | undefined,
  files: UploadedFile[],
): RestResponse | undefined {
  const data = body ?? {};
  const problems = checkMessageFields(data);
  if (problems.length) return refuseForm(problems);
  // `attachments` in an edit lists the existing files to keep; new uploads are added to them.
  const kept = Array.isArray(data.attachments)
    ? message.attachments.filter((a) => data.attachments.some((k: Body) => k.id === a.id))
    : message.attachments;
  const next = {
    content: data.content === undefined ? message.content : (data.content ?? ''),
    embeds: data.embeds === undefined ? message.embeds : (data.embeds ?? []),
    components: data.components === undefined ? message.components : (data.components ?? []),
    attachments: [...kept, ...uploaded(ctx, files, message.channelId)],
  };
  if (isEmptyMessage(next)) return emptyMessage();
  ctx.messages.edit(message, {
    ...next,
    flags: editedFlags(message.flags, data.flags === undefined ? undefined : Number(data.flags ?? 0)) & ~LOADING,
    allowedMentions:
      data.allowed_mentions === undefined ? message.allowedMentions : (data.allowed_mentions ?? undefined),
  });
  return undefined;
}

/** True when a result is a refusal rather than message fields or a message. */
export function isRefusal<T extends object>(value: T | RestResponse): value is RestResponse {
  return 'status' in value;
}
