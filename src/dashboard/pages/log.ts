import type { FastifyInstance } from 'fastify';
import { logLine } from '../../services/feeds/present/delivery-log.js';
import { signedIn } from '../auth/guard.js';
import type { DashboardParts } from '../parts.js';
import { html } from '../render/html.js';
import { page } from '../render/layout.js';
import { markdownToHtml } from '../render/markdown.js';
import { ownSubscription } from './subscriptions.js';

/** A subscription's delivery log: the records and the lines of /feed log, newest first. */
export function logRoutes(app: FastifyInstance, parts: DashboardParts): void {
  app.get('/dashboard/subscriptions/:id/log', async (request, reply) => {
    const { viewer } = signedIn(request);
    const subscription = await ownSubscription(parts, request);
    if (!subscription) return reply.callNotFound();
    const entries = await parts.feed.deliveryLog.recent(subscription.id);
    const list = entries.length
      ? html`<ol class="log" reversed>${entries.map((entry) => html`<li>${markdownToHtml(logLine(entry, subscription.guildId))}</li>`)}</ol>`
      : html`<p>Nothing yet: decisions appear here after the next check.</p>`;
    const body = html`<p>The last decisions about <strong>${subscription.title}</strong>, newest first.</p>${list}<p><a href="/dashboard">Back to the subscriptions</a></p>`;
    return reply.type('text/html; charset=utf-8').send(page('Delivery log', body, viewer));
  });
}
