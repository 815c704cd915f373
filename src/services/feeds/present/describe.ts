import type { APIEmbed } from 'discord.js';
import { BRAND_COLOR } from '../../format/card.js';
import { clamp, escapeText, maskedLink } from '../../format/escape.js';
import { LIMITS } from '../../format/limits.js';
import { hostOf } from '../../urls.js';
import type { FeedItem } from '../parse/index.js';
import { describeFilter } from '../schedule/filters.js';
import type { Subscription } from '../state/types.js';
import { describeTarget } from './target-text.js';
import { templateNote, templateSetting } from './template/describe-template.js';

/** A Discord timestamp that each reader sees in their own time zone, relative ("in 5 minutes"). */
function when(ms: number | undefined, none = 'never'): string {
  return ms ? `<t:${Math.floor(ms / 1000)}:R>` : none;
}

/** A subscription's name for menus: feed title and channel, within autocomplete's 100 characters. */
export function subscriptionLabel(subscription: Subscription, channelName?: string): string {
  const channel = channelName ? ` → #${channelName}` : '';
  return clamp(`${subscription.title || hostOf(subscription.feedUrl)}${channel}`, 100);
}

/**
 * One subscription as `/feed list` shows it: channel, interval, last check, last post, failures, next
 * check; the last check's problem while checks fail, and Discord's last refusal to post until a post gets through.
 */
export function describeSubscription(subscription: Subscription): string {
  const head = `${maskedLink(subscription.title || hostOf(subscription.feedUrl), subscription.feedUrl, 100)} → <#${subscription.channelId}>`;
  const parts = [
    ...settingParts(subscription),
    `last check ${when(subscription.lastCheckAt)}`,
    `last post ${when(subscription.lastPostAt)}`,
    `failures ${subscription.failures}`,
    pauseState(subscription) ?? `next check ${when(subscription.nextCheckAt, 'soon')}`,
  ];
  const lines = [head, parts.join(' · ')];
  const filter = describeFilter(subscription.filter);
  if (filter) lines.push(`filter: ${escapeText(filter)}`);
  if (subscription.lastError && subscription.failures > 0)
    lines.push(`last problem: ${escapeText(clamp(subscription.lastError, 200))}`);
  if (subscription.postError) lines.push(`posting problem: ${escapeText(clamp(subscription.postError, 200))}`);
  return lines.join('\n');
}

/**
 * Which pause holds a subscription, in words, or undefined when it is checked: a member's pause
 * names who and when; the automatic one says it came from failures (both end with `/feed resume`).
 */
export function pauseState(subscription: Subscription): string | undefined {
  if (subscription.pausedBy)
    return `**paused** by <@${subscription.pausedBy.userId}> ${when(subscription.pausedBy.at)} (\`/feed resume\` to restart)`;
  if (subscription.paused)
    return `**paused automatically** after ${subscription.failures} failed checks (\`/feed resume\` to restart)`;
  return undefined;
}

function settingParts(subscription: Subscription): string[] {
  const parts = [`every ${subscription.intervalMinutes} min`, subscription.mode];
  if (subscription.mentionRoleId) parts.push(`pings <@&${subscription.mentionRoleId}>`);
  const template = templateSetting(subscription.template);
  if (template) parts.push(template);
  const target = describeTarget(subscription.target);
  if (target) parts.push(target);
  return parts;
}

/** The answer to `/feed edit`: the subscription's settings as they are now. */
export function editedMessage(subscription: Subscription): string {
  const lines = [
    `Updated **${escapeText(subscriptionLabel(subscription))}** in <#${subscription.channelId}>: ${settingParts(subscription).join(' · ')}.`,
  ];
  const filter = describeFilter(subscription.filter);
  lines.push(filter ? `Filter: ${escapeText(filter)}` : 'No filter: every new item is posted.');
  const note = templateNote(subscription);
  if (note) lines.push(note);
  return clamp(lines.join('\n'), LIMITS.content);
}

/**
 * `/feed list`: every subscription of a server, as pages (one message each) of embeds that stay
 * within Discord's limits (4096 per description, 6000 per message).
 */
export function subscriptionListPages(subscriptions: Subscription[]): APIEmbed[][] {
  if (subscriptions.length === 0)
    return [[{ description: 'No feeds yet. Add one with `/feed add`.', color: BRAND_COLOR }]];
  const embeds: APIEmbed[] = [];
  let current: string[] = [];
  let length = 0;
  const flush = () => {
    if (current.length)
      embeds.push({ description: clamp(current.join('\n\n'), LIMITS.description), color: BRAND_COLOR });
    current = [];
    length = 0;
  };
  for (const subscription of subscriptions) {
    const block = describeSubscription(subscription);
    if (length + block.length + 2 > 2800) flush();
    current.push(block);
    length += block.length + 2;
  }
  flush();
  const [firstPage] = embeds;
  if (firstPage)
    firstPage.title = `${subscriptions.length} feed${subscriptions.length === 1 ? '' : 's'} in this server`;
  const pages: APIEmbed[][] = [];
  for (let i = 0; i < embeds.length; i += 2) pages.push(embeds.slice(i, i + 2));
  return pages;
}

/** The answer to `/feed add`: the feed's title and its newest item. */
export function subscribedMessage(
  subscription: Subscription,
  created: boolean,
  newest: FeedItem | undefined,
  firstPostCount: number,
): string {
  const verb = created ? 'Subscribed' : 'Updated the subscription of';
  const lines = [
    `${verb} <#${subscription.channelId}> to **${escapeText(subscription.title)}** (${subscription.mode}, checked every ${subscription.intervalMinutes} min).`,
  ];
  if (newest) {
    const date =
      newest.published && !Number.isNaN(Date.parse(newest.published))
        ? ` · <t:${Math.floor(Date.parse(newest.published) / 1000)}:D>`
        : '';
    const title = newest.link
      ? maskedLink(newest.title || newest.link, newest.link, 150)
      : escapeText(clamp(newest.title, 150));
    lines.push(`Newest item: ${title}${date}`);
  } else {
    lines.push('The feed has no items yet.');
  }
  const filter = describeFilter(subscription.filter);
  if (filter) lines.push(`Filter: ${escapeText(filter)}`);
  if (subscription.mentionRoleId) lines.push(`Each post pings <@&${subscription.mentionRoleId}>.`);
  const note = templateNote(subscription);
  if (note) lines.push(note);
  const target = describeTarget(subscription.target);
  if (target) lines.push(`Posts: ${target}.`);
  if (created)
    lines.push(
      firstPostCount > 0
        ? `The first check posts only the newest ${firstPostCount === 1 ? 'item' : `${firstPostCount} items`}, then each new one.`
        : 'From now on, each new item is posted.',
    );
  return clamp(lines.join('\n'), LIMITS.content);
}
