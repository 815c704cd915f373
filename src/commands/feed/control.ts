import { replyPrivately } from '../../discord/respond.js';
import { changesSomething, editSubscription } from '../../services/feeds/manage/edit-subscription.js';
import { pauseSubscription, resumeSubscription } from '../../services/feeds/manage/pause-resume.js';
import { editedMessage, subscriptionLabel } from '../../services/feeds/present/describe.js';
import { chooseInterval } from '../../services/feeds/schedule/interval-rules.js';
import { isPaused } from '../../services/feeds/state/subscriptions.js';
import type { PostMode } from '../../services/feeds/state/types.js';
import { escapeText } from '../../services/format/escape.js';
import { answer, chosen, type FeedHandler, filterOptions, mentionOption, templateOption } from './shared.js';
import { targetOption } from './target.js';

const GONE = 'That feed was removed meanwhile.';

/** /feed pause: not checked until /feed resume. */
export const pause: FeedHandler = async (interaction, context, guildId) => {
  const subscription = await chosen(interaction, context, guildId);
  if (!subscription) return;
  const label = escapeText(subscriptionLabel(subscription));
  if (subscription.pausedBy) return answer(interaction, `**${label}** is already paused.`);
  const paused = await pauseSubscription(context.services.subscriptions, subscription, interaction.user.id, Date.now());
  if (!paused) return replyPrivately(interaction, GONE);
  await answer(
    interaction,
    `Paused **${label}** in <#${subscription.channelId}>: it is not checked until \`/feed resume\`.`,
  );
};

/** /feed resume: checked again at the next tick, whichever pause held it. */
export const resume: FeedHandler = async (interaction, context, guildId) => {
  const subscription = await chosen(interaction, context, guildId);
  if (!subscription) return;
  const label = escapeText(subscriptionLabel(subscription));
  if (!isPaused(subscription)) return answer(interaction, `**${label}** isn't paused.`);
  const resumed = await resumeSubscription(context.services.subscriptions, subscription, Date.now());
  if (!resumed) return replyPrivately(interaction, GONE);
  await answer(interaction, `Resumed **${label}** in <#${subscription.channelId}>: it is checked at the next round.`);
};

/** /feed edit: change only the settings given, with the same rules as /feed add. */
export const edit: FeedHandler = async (interaction, context, guildId) => {
  const subscription = await chosen(interaction, context, guildId);
  if (!subscription) return;
  const mode = (interaction.options.getString('mode') as PostMode | null) ?? undefined;
  const every = interaction.options.getInteger('every');
  let intervalMinutes: number | undefined;
  if (every !== null) {
    const interval = chooseInterval(context.services.rules, mode ?? subscription.mode, every);
    if (!interval.ok)
      return replyPrivately(interaction, `Feeds can be checked at most every ${interval.minIntervalMinutes} minutes.`);
    intervalMinutes = interval.minutes;
  }
  const mention = mentionOption(interaction, guildId);
  if (!mention.ok) return replyPrivately(interaction, mention.refusal);
  const template = templateOption(interaction, subscription.template);
  if (!template.ok) return replyPrivately(interaction, template.refusal);
  const { config } = context.services;
  const target = targetOption(interaction, subscription.channelId, {
    allowPorts: config.fetchAllowPorts,
    allowPrivateHosts: config.fetchAllowPrivateHosts,
  });
  if (!target.ok) return replyPrivately(interaction, target.refusal);
  const changes = {
    intervalMinutes,
    mode,
    filter: filterOptions(interaction),
    clearFilter: interaction.options.getBoolean('clear-filter') ?? false,
    mentionRoleId: mention.roleId,
    clearMention: interaction.options.getBoolean('clear-mention') ?? false,
    template: template.template,
    target: target.request,
  };
  if (!changesSomething(changes))
    return replyPrivately(
      interaction,
      'Nothing to change: give at least one setting (every, mode, a filter, a template…).',
    );
  const edited = await editSubscription(context.services.subscriptions, subscription, changes, Date.now());
  if (!edited) return replyPrivately(interaction, GONE);
  await answer(interaction, [editedMessage(edited), mention.note, target.note].filter(Boolean).join('\n'));
};
