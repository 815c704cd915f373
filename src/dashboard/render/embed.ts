import type { APIEmbed } from 'discord.js';
import { safeLinkUrl } from '../../services/format/escape.js';
import { hostOf } from '../../services/urls.js';
import { html, type SafeHtml } from './html.js';
import { markdownToHtml } from './markdown.js';
import { timeElement } from './time.js';

function colour(embed: APIEmbed): string {
  return `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
}

/**
 * A Discord embed drawn as the client draws it: colour bar, author, linked title, description,
 * fields (inline ones side by side), image, footer and timestamp. The lead image is not loaded
 * (the dashboard loads nothing from other sites); it is shown as a link to where it lives.
 */
export function embedHtml(embed: APIEmbed): SafeHtml {
  const title = embed.title ? markdownToHtml(embed.title) : undefined;
  const fields = (embed.fields ?? []).map(
    (field) =>
      html`<div class="field${field.inline ? ' inline' : ''}"><div class="field-name">${markdownToHtml(field.name)}</div><div class="field-value">${markdownToHtml(field.value)}</div></div>`,
  );
  const timestamp = embed.timestamp ? Date.parse(embed.timestamp) : undefined;
  // Links are http(s) only, whoever made the embed.
  const url = embed.url ? safeLinkUrl(embed.url) : null;
  const image = embed.image ? safeLinkUrl(embed.image.url) : null;
  // Any colour is possible, so no class per colour; app.js sets it from data-colour (the CSP refuses inline styles).
  return html`<article class="embed" data-colour="${colour(embed)}" aria-label="Card preview">
  ${embed.author ? html`<div class="embed-author">${markdownToHtml(embed.author.name)}</div>` : ''}
  ${title ? html`<h3 class="embed-title">${url ? html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${title}</a>` : title}</h3>` : ''}
  ${embed.description ? html`<div class="embed-description">${markdownToHtml(embed.description)}</div>` : ''}
  ${fields.length ? html`<div class="embed-fields">${fields}</div>` : ''}
  ${image ? html`<a class="embed-image" href="${image}" rel="noopener noreferrer nofollow" target="_blank">Image from ${hostOf(image)}</a>` : ''}
  ${embed.footer || timestamp ? html`<div class="embed-footer">${embed.footer ? markdownToHtml(embed.footer.text) : ''}${embed.footer && timestamp ? ' • ' : ''}${timestamp ? timeElement(timestamp) : ''}</div>` : ''}
</article>`;
}
