import { escapeMarkdown } from 'discord.js';
import { hostOf } from '../urls.js';

const ZWSP = '\u200b';

/**
 * Make fetched text inert in Discord: no markdown, no masked links, no headings, quotes or
 * subtext, no mention/channel/command/timestamp syntax. Mentions in embeds never notify, and we
 * also send `allowedMentions: { parse: [] }`, but they would still render, so they are broken up.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true });
  return (
    escaped
      // A "]" in a label could close a masked link early and start one of the page's choosing.
      .replace(/(?<!\\)\]/g, '\\]')
      .replace(/^(\s*)(>|-#)/gm, '$1\\$2')
      .replace(/<(?=[@#/:a-z]|t:)/gi, `<${ZWSP}`)
      .replace(/@(?=everyone|here|[!&]?\d)/gi, `@${ZWSP}`)
  );
}

/**
 * Cut text to at most `max` characters with an ellipsis, after escaping (escaping lengthens text,
 * and Discord counts the escaped form). Never leaves a dangling backslash or half a surrogate pair.
 */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/\\+$/, (slashes) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes));
  return cut.trimEnd() + '…';
}

/** A URL safe inside a masked link `[text](url)`: http(s) only, parentheses and spaces encoded. */
export function safeLinkUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  } catch {
    return null;
  }
}

/** `[label](url)` with the label escaped and the URL made safe; plain escaped label when the URL is unusable. */
export function maskedLink(label: string, url: string, maxLabel = 200): string {
  const safe = safeLinkUrl(url);
  const text = clamp(escapeText(label.trim() || hostOf(url)), maxLabel);
  return safe ? `[${text}](${safe})` : text;
}

/** A raw URL in message text, wrapped in <> so Discord does not add its own preview. */
export function unfurlFree(url: string): string {
  return `<${safeLinkUrl(url) ?? url}>`;
}
