import { NEWSDESK_NS, type OpmlFeed, type OpmlSettings } from './types.js';

/** XML attribute text: markup characters as references, line breaks kept as references, other control characters dropped. */
function attribute(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 allows none of these (§2.2 Char).
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
  );
}

function settingAttributes(settings: OpmlSettings): [string, string][] {
  const pairs: [string, string | undefined][] = [
    ['interval', settings.intervalMinutes === undefined ? undefined : String(settings.intervalMinutes)],
    ['mode', settings.mode],
    ['include', settings.include?.join(', ')],
    ['exclude', settings.exclude?.join(', ')],
    ['regex', settings.regex],
    ['channel', settings.channelId],
    ['mention', settings.mentionRoleId],
  ];
  return pairs.flatMap(([name, value]) => (value ? [[`newsdesk:${name}`, value] as [string, string]] : []));
}

function outline(feed: OpmlFeed): string {
  const attrs: [string, string][] = [
    ['type', 'rss'],
    ['text', feed.title],
    ['title', feed.title],
    ['xmlUrl', feed.xmlUrl],
    ...(feed.htmlUrl ? [['htmlUrl', feed.htmlUrl] as [string, string]] : []),
    ...settingAttributes(feed.settings),
  ];
  return `    <outline ${attrs.map(([name, value]) => `${name}="${attribute(value)}"`).join(' ')}/>`;
}

/**
 * An OPML 2.0 document (opml.org/spec2.opml) listing `feeds` as `type="rss"` outlines, readable by
 * any feed reader; `createdAt` becomes `dateCreated` in RFC 822 form, as the spec asks.
 */
export function writeOpml(title: string, feeds: OpmlFeed[], createdAt: number): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0" xmlns:newsdesk="${NEWSDESK_NS}">`,
    '  <head>',
    `    <title>${attribute(title)}</title>`,
    `    <dateCreated>${new Date(createdAt).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...feeds.map(outline),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
