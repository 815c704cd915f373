import { safeLinkUrl } from '../../services/format/escape.js';
import { html, SafeHtml } from './html.js';
import { timeElement } from './time.js';

// The part of Discord's markdown the bot's own texts use: backslash escapes (escapeText), **bold**,
// masked links [label](url) and timestamps <t:seconds:style>. Anything else shows as written.
const TOKEN =
  /\\([^\w\s])|\*\*((?:\\.|[^*\\])+?)\*\*|\[((?:\\.|[^\]\\])+)\]\((https?:\/\/[^\s)]+)\)|<t:(-?\d+)(?::([tTdDfFR]))?>/g;

/** Discord markdown (that subset) as HTML; every text is escaped, link targets are http(s) only. */
export function markdownToHtml(text: string): SafeHtml {
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, escaped, bold, label, url, seconds, style] = match;
    parts.push(html`${text.slice(last, match.index)}`);
    if (escaped !== undefined) parts.push(html`${escaped}`);
    else if (bold !== undefined) parts.push(html`<strong>${markdownToHtml(bold)}</strong>`);
    else if (label !== undefined && url !== undefined) parts.push(link(label, url));
    else if (seconds !== undefined) parts.push(timeElement(Number(seconds) * 1000, style ?? 'f'));
    last = (match.index ?? 0) + whole.length;
  }
  parts.push(html`${text.slice(last)}`);
  return new SafeHtml(parts.join('').replace(/\n/g, '<br>'));
}

function link(label: string, url: string): SafeHtml {
  const href = safeLinkUrl(url);
  const inner = markdownToHtml(label);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${inner}</a>` : inner;
}
