import { FailureError } from '../../errors.js';
import { parseXml, type XmlElement } from '../parse/xml.js';
import type { OpmlFeed, OpmlSettings } from './types.js';

/** Outlines read from one file; a server follows at most 100 feeds, so more is a mistake, not a list. */
export const MAX_OPML_FEEDS = 500;
/** Category outlines nest; deeper than this is not a reading list. */
const MAX_DEPTH = 8;

const elements = (element: XmlElement) =>
  element.children.filter((node): node is XmlElement => typeof node !== 'string');

/** An attribute by name, whatever its case (readers write `xmlUrl`, `xmlurl` and `XMLURL`). */
function attr(element: XmlElement, name: string): string | undefined {
  const key = Object.keys(element.attrs).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : element.attrs[key]?.trim();
  return value ? value : undefined;
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((word) => word.trim())
    .filter(Boolean);

function settingsOf(element: XmlElement): OpmlSettings {
  const interval = Number(attr(element, 'newsdesk:interval'));
  const settings: OpmlSettings = {
    intervalMinutes: Number.isInteger(interval) && interval > 0 ? interval : undefined,
    mode: attr(element, 'newsdesk:mode'),
    include: list(attr(element, 'newsdesk:include')),
    exclude: list(attr(element, 'newsdesk:exclude')),
    regex: attr(element, 'newsdesk:regex'),
    channelId: attr(element, 'newsdesk:channel'),
    mentionRoleId: attr(element, 'newsdesk:mention'),
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as OpmlSettings;
}

/**
 * The feeds of an OPML 1.0/2.0 file: every outline with an `xmlUrl`, categories flattened, in file
 * order, at most MAX_OPML_FEEDS (`more` counts the rest). Parsed with the feed parser's XML rules
 * (no external entities, internal ones within a budget). Throws FailureError('not-opml') when the
 * text is not OPML.
 */
export function readOpml(text: string): { feeds: OpmlFeed[]; more: number } {
  let root: XmlElement | null;
  try {
    root = parseXml(text, 'https://opml.invalid/');
  } catch (error) {
    throw new FailureError('not-opml', `not readable XML: ${(error as Error).message}`);
  }
  if (root?.name.toLowerCase() !== 'opml') throw new FailureError('not-opml', 'the root element is not <opml>');
  const body = elements(root).find((element) => element.name.toLowerCase() === 'body');
  if (!body) throw new FailureError('not-opml', 'an <opml> without a <body>');
  const feeds: OpmlFeed[] = [];
  let more = 0;
  const walk = (parent: XmlElement, depth: number) => {
    for (const element of elements(parent)) {
      if (element.name.toLowerCase() !== 'outline') continue;
      const xmlUrl = attr(element, 'xmlUrl');
      if (xmlUrl) {
        if (feeds.length >= MAX_OPML_FEEDS) more += 1;
        else {
          const htmlUrl = attr(element, 'htmlUrl');
          feeds.push({
            title: attr(element, 'title') ?? attr(element, 'text') ?? xmlUrl,
            xmlUrl,
            ...(htmlUrl ? { htmlUrl } : {}),
            settings: settingsOf(element),
          });
        }
      }
      if (depth < MAX_DEPTH) walk(element, depth + 1);
    }
  };
  walk(body, 1);
  return { feeds, more };
}
