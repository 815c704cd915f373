import { isPaused } from '../../services/feeds/state/subscriptions.js';
import type { Subscription } from '../../services/feeds/state/types.js';
import { safeLinkUrl } from '../../services/format/escape.js';
import { hostOf } from '../../services/urls.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, type Viewer } from './layout.js';
import { timeElement } from './time.js';

/** A subscription's state in one word, and why when it is not simply active. */
export function subscriptionStatus(subscription: Subscription): { word: string; kind: string; why?: string } {
  if (subscription.pausedBy) return { word: 'paused', kind: 'paused', why: 'Paused by a member.' };
  if (subscription.paused)
    return {
      word: 'paused',
      kind: 'paused',
      why: `Paused after ${subscription.failures} failed checks: ${subscription.lastError ?? 'unknown error'}`,
    };
  if (subscription.failures > 0 || subscription.postError)
    return { word: 'failing', kind: 'failing', why: subscription.lastError ?? subscription.postError };
  return { word: 'active', kind: 'active' };
}

function action(viewer: Viewer, subscription: Subscription, name: string, label: string, extra = ''): SafeHtml {
  const confirm = name === 'remove' ? `Remove ${subscription.title || subscription.feedUrl}?` : undefined;
  return html`<form method="post" action="/dashboard/subscriptions/${subscription.id}/${name}"${confirm ? html` data-confirm="${confirm}"` : ''}>${csrfField(viewer)}<button type="submit" class="${extra}" aria-label="${label}: ${subscription.title}">${label}</button></form>`;
}

/** One subscription in the list: status, channel, check times, failures and its actions. */
export function subscriptionItem(
  subscription: Subscription,
  channelName: string | undefined,
  viewer: Viewer,
): SafeHtml {
  const status = subscriptionStatus(subscription);
  const title = subscription.title || hostOf(subscription.feedUrl);
  return html`<li class="subscription" data-subscription="${subscription.id}">
  <h2><a href="${safeLinkUrl(subscription.feedUrl) ?? '#'}" rel="noopener noreferrer nofollow">${title}</a> <span class="status ${status.kind}">${status.word}</span></h2>
  ${status.why ? html`<p class="why">${status.why}</p>` : ''}
  <dl>
    <dt>Channel</dt><dd>#${channelName ?? subscription.channelId}</dd>
    <dt>Posts</dt><dd>${subscription.mode === 'digest' ? 'a digest' : 'cards'}, checked every ${subscription.intervalMinutes} min</dd>
    <dt>Last check</dt><dd>${timeElement(subscription.lastCheckAt, 'R')}</dd>
    <dt>Last post</dt><dd>${timeElement(subscription.lastPostAt, 'R')}</dd>
    <dt>Next check</dt><dd>${isPaused(subscription) ? 'not while paused' : timeElement(subscription.nextCheckAt, 'R')}</dd>
    <dt>Failures</dt><dd>${subscription.failures}</dd>
  </dl>
  <div class="actions">
    <a href="/dashboard/subscriptions/${subscription.id}/log">Delivery log</a>
    <a href="/dashboard/subscriptions/${subscription.id}/preview">Preview next post</a>
    ${isPaused(subscription) ? action(viewer, subscription, 'resume', 'Resume') : action(viewer, subscription, 'pause', 'Pause')}
    ${action(viewer, subscription, 'remove', 'Remove', 'danger')}
  </div>
</li>`;
}
