import type { APIEmbed } from 'discord.js';
import type { Article } from '../article.js';
import { articleCard, type CardOptions, embedLength } from '../format/card.js';
import { clamp } from '../format/escape.js';
import { LIMITS } from '../format/limits.js';

// Fewer related links per card first: they are the least important part when cards share a message.
const RELATED_STEPS = [5, 2, 0];

/** Discord's 6000-character limit holds for all embeds of a message together. */
function total(embeds: APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

/**
 * One card per article for a single message, together within Discord's 6000-character total
 * (discord-api-docs resources/message, embed limits): fewer related links first, then trailing
 * fields, then shorter summaries, each card taking its share.
 */
export function cardsForOneMessage(articles: Article[], options: CardOptions = {}): APIEmbed[] {
  let embeds: APIEmbed[] = [];
  for (const relatedLimit of RELATED_STEPS) {
    embeds = articles.map((article) =>
      articleCard(article, { ...options, relatedLimit: Math.min(relatedLimit, options.relatedLimit ?? relatedLimit) }),
    );
    if (total(embeds) <= LIMITS.embedTotal) return embeds;
  }
  for (const embed of embeds) {
    while (total(embeds) > LIMITS.embedTotal && embed.fields?.length) embed.fields.pop();
  }
  const share = Math.floor(LIMITS.embedTotal / Math.max(1, embeds.length));
  for (const embed of embeds) {
    const over = embedLength(embed) - share;
    if (over > 0 && embed.description)
      embed.description = clamp(embed.description, Math.max(100, embed.description.length - over));
  }
  return embeds;
}
