import { html, type SafeHtml } from './html.js';

/**
 * A moment as a <time> element: UTC text that works without JavaScript, which app.js turns into
 * the reader's own time (style R: relative, as Discord's <t:…:R>).
 */
export function timeElement(ms: number | undefined, style = 'f', none = 'never'): SafeHtml {
  if (ms === undefined || !Number.isFinite(ms)) return html`${none}`;
  const iso = new Date(ms).toISOString();
  return html`<time datetime="${iso}" data-style="${style}">${iso.slice(0, 16).replace('T', ' ')} UTC</time>`;
}
