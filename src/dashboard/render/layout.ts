import { CSRF_FIELD } from '../auth/csrf.js';
import { html, type SafeHtml } from './html.js';

/** What every signed-in page knows about whoever is looking at it. */
export interface Viewer {
  guildId: string;
  guildName: string;
  csrfToken: string;
}

/** The hidden field every form carries. */
export function csrfField(viewer: Pick<Viewer, 'csrfToken'>): SafeHtml {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${viewer.csrfToken}">`;
}

/** A whole page: one stylesheet and one script, both served by the bot. */
export function page(title: string, body: SafeHtml, viewer?: Viewer): string {
  const nav = viewer
    ? html`<nav aria-label="Dashboard">
    <a href="/dashboard">Subscriptions</a>
    <a href="/dashboard/preview">Preview a link</a>
    <form method="post" action="/dashboard/sign-out">${csrfField(viewer)}<button type="submit">Sign out</button></form>
  </nav>`
    : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · newsdesk</title>
<link rel="stylesheet" href="/dashboard/assets/app.css">
<script src="/dashboard/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
  <p class="brand">newsdesk${viewer ? html` · <span class="guild">${viewer.guildName}</span>` : ''}</p>
  ${nav}
</header>
<main id="main">
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.markup;
}

/** A notice above a page's content: what an action did, or why it was refused. */
export function notice(text: string | undefined, kind: 'ok' | 'error' = 'ok'): SafeHtml {
  if (!text) return html``;
  return html`<p class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</p>`;
}
