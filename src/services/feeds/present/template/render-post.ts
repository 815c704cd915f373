import type { APIEmbed } from 'discord.js';
import type { Article } from '../../../article.js';
import { articleCard, type CardOptions } from '../../../format/card.js';
import type { PostTemplate } from '../../state/types.js';
import { parseTemplate } from './parse.js';
import { TEMPLATE_PARTS, type TemplatePart } from './parts.js';
import { renderPart } from './render.js';
import { type FeedNames, placeholderValues } from './values.js';

/** A post as the outbox keeps it: its embeds (none in text-only mode) and its message text. */
export interface RenderedPost {
  embeds: APIEmbed[];
  content?: string;
}

/**
 * Today's card as a template: the card's own title and summary; everything else (link, fields,
 * footer, site name, image, colour) is the card's whenever a template leaves it out. Subscriptions
 * without a template are posted with it, so they look as they always did.
 */
export const DEFAULT_TEMPLATE: PostTemplate = { title: '{title}', description: '{summary}' };

/** A text-only post's text when the template gives none (or it renders blank). */
export const TEXT_ONLY_DEFAULT = '**{title}**\n{summary}\n{link}';

/**
 * One feed item's post rendered with a subscription's template: the template's texts and colour in
 * the card (or the text alone), every feed and page text escaped as the card escapes it.
 */
export function renderPost(
  template: PostTemplate,
  article: Article,
  feed: FeedNames,
  options: CardOptions = {},
): RenderedPost {
  const markdown = placeholderValues(article, feed, { plain: false });
  const plain = placeholderValues(article, feed, { plain: true });
  const fill = (part: TemplatePart, text: string, limit = TEMPLATE_PARTS[part].limit) =>
    renderPart(parseTemplate(text), part === 'title' || part === 'footer' ? plain : markdown, limit);
  const render = (part: TemplatePart, text: string | undefined) => (text === undefined ? undefined : fill(part, text));
  const { description } = template;
  if (template.textOnly) {
    const text = render('content', template.content);
    return { embeds: [], content: text?.trim() ? text : render('content', TEXT_ONLY_DEFAULT) };
  }
  const embed = articleCard(article, options, {
    title: render('title', template.title),
    description:
      description === undefined
        ? undefined
        : (room) => fill('description', description, Math.min(room, TEMPLATE_PARTS.description.limit)),
    footer: render('footer', template.footer),
    color: template.color,
  });
  const content = render('content', template.content);
  return content?.trim() ? { embeds: [embed], content } : { embeds: [embed] };
}
