import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isFailure, userMessage } from '../../services/errors.js';
import { previewNextPost } from '../../services/feeds/manage/preview-next-post.js';
import type { RenderedPost } from '../../services/feeds/present/template/render-post.js';
import { articleCard } from '../../services/format/card.js';
import { parseUserUrl } from '../../services/urls.js';
import { signedIn } from '../auth/guard.js';
import type { DashboardParts } from '../parts.js';
import { embedHtml } from '../render/embed.js';
import { html, type SafeHtml } from '../render/html.js';
import { csrfField, notice, page, type Viewer } from '../render/layout.js';
import { formField } from './form.js';
import { ownSubscription } from './subscriptions.js';

function urlForm(viewer: Viewer, url = '') {
  return html`<form method="post" action="/dashboard/preview" class="form-grid">
  ${csrfField(viewer)}
  <div><label for="preview-url">Article address</label><input id="preview-url" name="url" type="url" required value="${url}" placeholder="https://example.com/news/story"></div>
  <div><button type="submit" class="primary">Preview</button></div>
</form>`;
}

function send(reply: FastifyReply, viewer: Viewer, body: SafeHtml, status = 200) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(page('Preview', body, viewer));
}

async function previewUrl(parts: DashboardParts, request: FastifyRequest, reply: FastifyReply) {
  const { viewer } = signedIn(request);
  const typed = formField(request, 'url');
  const allowed = await parts.articleCooldown.take(signedIn(request).session.userId);
  if (!allowed.ok) {
    const wait = `You're asking quickly — try again in ${Math.ceil(allowed.retryAfterMs / 1000)} s.`;
    return send(reply, viewer, html`${notice(wait, 'error')}${urlForm(viewer, typed)}`, 429);
  }
  try {
    // Through the article service: the safe fetcher, the cache, the same card as /article.
    const article = await parts.feed.articles.get({ url: parseUserUrl(typed).href });
    return send(
      reply,
      viewer,
      html`${urlForm(viewer, typed)}<h2>As Discord shows it</h2>${embedHtml(articleCard(article))}`,
    );
  } catch (error) {
    if (!isFailure(error)) throw error;
    return send(reply, viewer, html`${notice(userMessage(error), 'error')}${urlForm(viewer, typed)}`, 422);
  }
}

/** A card for any link (as /article makes it), or a subscription's next post (as /feed test shows it). */
export function previewRoutes(app: FastifyInstance, parts: DashboardParts): void {
  app.get('/dashboard/preview', (request, reply) => {
    const { viewer } = signedIn(request);
    return send(reply, viewer, html`<p>See the card the bot would post for a link.</p>${urlForm(viewer)}`);
  });
  // A POST with the CSRF token: a link elsewhere must not make a member's browser fetch pages through the bot.
  app.post('/dashboard/preview', (request, reply) => previewUrl(parts, request, reply));
  app.get('/dashboard/subscriptions/:id/preview', async (request, reply) => {
    const { viewer } = signedIn(request);
    const subscription = await ownSubscription(parts, request);
    if (!subscription) return reply.callNotFound();
    try {
      const preview = await previewNextPost(parts.feed, subscription, parts.access.now());
      const said = !preview
        ? 'That feed has no items right now.'
        : preview.isNew
          ? 'The next post will look like this:'
          : 'Nothing new right now; a post looks like this:';
      return send(
        reply,
        viewer,
        html`<p>${said}</p>${preview ? postHtml(preview.post) : ''}<p><a href="/dashboard">Back to the subscriptions</a></p>`,
      );
    } catch (error) {
      if (!isFailure(error)) throw error;
      return send(reply, viewer, notice(userMessage(error), 'error'), 422);
    }
  });
}

/** A post as the channel shows it: its text (a template's, or a role ping) above its embeds. */
function postHtml(post: RenderedPost) {
  return html`${post.content ? html`<p class="post-text">${post.content}</p>` : ''}${post.embeds.map(embedHtml)}`;
}
