import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isFailure, userMessage } from '../../services/errors.js';
import { pauseSubscription, resumeSubscription } from '../../services/feeds/manage/pause-resume.js';
import { MAX_SUBSCRIPTIONS_PER_GUILD, subscribe, unsubscribe } from '../../services/feeds/manage/subscribe.js';
import { chooseInterval } from '../../services/feeds/schedule/interval-rules.js';
import type { Subscription } from '../../services/feeds/state/types.js';
import { signedIn } from '../auth/guard.js';
import type { DashboardParts } from '../parts.js';
import { html } from '../render/html.js';
import { csrfField, notice, page, type Viewer } from '../render/layout.js';
import { subscriptionItem } from '../render/subscription.js';
import { type PostChannel, postChannels } from './channels.js';
import { formField } from './form.js';

type Notice = { text: string; kind: 'ok' | 'error' };

function addForm(viewer: Viewer, channels: PostChannel[], minInterval: number) {
  const options = channels.map((channel) => html`<option value="${channel.id}">#${channel.name}</option>`);
  return html`<section aria-labelledby="add-heading">
<h2 id="add-heading">Add a feed</h2>
<form method="post" action="/dashboard/subscriptions" class="form-grid">
  ${csrfField(viewer)}
  <div><label for="add-url">Feed or site address</label><input id="add-url" name="url" type="url" required placeholder="https://example.com/feed.xml"></div>
  <div><label for="add-channel">Channel</label><select id="add-channel" name="channel" required>${options}</select></div>
  <div><label for="add-mode">Posts</label><select id="add-mode" name="mode"><option value="cards">a card per item</option><option value="digest">a digest</option></select></div>
  <div><label for="add-every">Check every (minutes, optional)</label><input id="add-every" name="every" type="number" min="${minInterval}" inputmode="numeric"></div>
  <div><button type="submit" class="primary">Add feed</button></div>
</form>
</section>`;
}

/** The subscriptions page, with what the last action did above it. */
async function render(
  parts: DashboardParts,
  request: FastifyRequest,
  reply: FastifyReply,
  status = 200,
  said?: Notice,
) {
  const { viewer } = signedIn(request);
  const [subscriptions, channels] = await Promise.all([
    parts.feed.subscriptions.inGuild(viewer.guildId),
    postChannels(parts.rest, viewer.guildId),
  ]);
  const names = new Map(channels.map((channel) => [channel.id, channel.name]));
  const list = subscriptions.length
    ? html`<ul class="subscriptions">${subscriptions.map((s) => subscriptionItem(s, names.get(s.channelId), viewer))}</ul>`
    : html`<p>This server follows no feeds yet.</p>`;
  const body = html`${notice(said?.text, said?.kind)}
<section aria-labelledby="list-heading"><h2 id="list-heading">Feeds (${subscriptions.length})</h2>${list}</section>
${addForm(viewer, channels, parts.feed.rules.minIntervalMinutes)}`;
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(page('Subscriptions', body, viewer));
}

async function add(parts: DashboardParts, request: FastifyRequest): Promise<Notice> {
  const { viewer, session } = signedIn(request);
  const mode = formField(request, 'mode') === 'digest' ? 'digest' : 'cards';
  const every = formField(request, 'every');
  const interval = chooseInterval(parts.feed.rules, mode, every ? Number.parseInt(every, 10) : null);
  if (!interval.ok)
    return { text: `Feeds can be checked at most every ${interval.minIntervalMinutes} minutes.`, kind: 'error' };
  const channelId = formField(request, 'channel');
  // Only a channel of this server: the id comes from a form, not from Discord.
  if (!(await postChannels(parts.rest, viewer.guildId)).some((channel) => channel.id === channelId))
    return { text: "That channel isn't in this server.", kind: 'error' };
  try {
    const result = await subscribe(parts.feed, {
      guildId: viewer.guildId,
      channelId,
      url: formField(request, 'url'),
      intervalMinutes: interval.minutes,
      mode,
      userId: session.userId,
      now: parts.access.now(),
    });
    if (!result.ok)
      return {
        text: `This server already follows ${MAX_SUBSCRIPTIONS_PER_GUILD} feeds; remove one first.`,
        kind: 'error',
      };
    const title = result.subscription.title;
    return {
      text: result.created ? `Added ${title}: its first post comes at the next check.` : `Updated ${title}.`,
      kind: 'ok',
    };
  } catch (error) {
    if (isFailure(error)) return { text: userMessage(error), kind: 'error' };
    throw error;
  }
}

const ACTIONS: Record<string, (parts: DashboardParts, subscription: Subscription, userId: string) => Promise<string>> =
  {
    async pause(parts, subscription, userId) {
      await pauseSubscription(parts.feed.subscriptions, subscription, userId, parts.access.now());
      return `Paused ${subscription.title}.`;
    },
    async resume(parts, subscription) {
      await resumeSubscription(parts.feed.subscriptions, subscription, parts.access.now());
      return `Resumed ${subscription.title}: it is checked at the next round.`;
    },
    async remove(parts, subscription) {
      await unsubscribe(parts.feed, subscription);
      return `Removed ${subscription.title}.`;
    },
  };

/** This server's subscription with an id from the address, or undefined (another server's is not found either). */
export async function ownSubscription(
  parts: DashboardParts,
  request: FastifyRequest,
): Promise<Subscription | undefined> {
  const { id } = request.params as { id: string };
  const subscription = await parts.feed.subscriptions.get(id);
  return subscription?.guildId === signedIn(request).viewer.guildId ? subscription : undefined;
}

/** The list, adding a feed, and pause/resume/remove, all through the manage/ use cases /feed uses. */
export function subscriptionRoutes(app: FastifyInstance, parts: DashboardParts): void {
  app.get('/dashboard', (request, reply) => render(parts, request, reply));
  app.post('/dashboard/subscriptions', async (request, reply) => {
    const said = await add(parts, request);
    return render(parts, request, reply, said.kind === 'ok' ? 200 : 422, said);
  });
  app.post('/dashboard/subscriptions/:id/:action', async (request, reply) => {
    const run = ACTIONS[(request.params as { action: string }).action];
    const subscription = await ownSubscription(parts, request);
    if (!run || !subscription)
      return render(parts, request, reply, 404, {
        text: "That feed isn't in this server (removed meanwhile?).",
        kind: 'error',
      });
    const text = await run(parts, subscription, signedIn(request).session.userId);
    return render(parts, request, reply, 200, { text, kind: 'ok' });
  });
}
