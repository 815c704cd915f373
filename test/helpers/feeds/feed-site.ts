import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer, staticSite, type TestServer } from '../http-server.js';
import { FIXTURE_SITE_DIR } from '../paths.js';

/** One item of a generated feed. */
export interface GeneratedItem {
  id: string;
  title: string;
  /** Path on the site, e.g. '/news/1'. */
  path: string;
  published: Date;
  description: string;
  /** RSS `<category>` elements (matched to forum tags). */
  categories?: string[];
  /** The page's `<html lang>` (default `en`). */
  lang?: string;
  /** Other language versions of the page (`<link rel="alternate" hreflang>`): language → path. */
  alternates?: Record<string, string>;
}

/** How a feed path misbehaves until it is healed. */
export type FeedFault =
  | 'status-500'
  | 'hang'
  | 'malformed'
  | 'huge'
  | 'entity-bomb'
  | { status: 429 | 503; retryAfter: string };

/** A loopback news site: the fixture site plus generated feeds that tests change, break and heal. */
export interface FeedSite {
  server: TestServer;
  url: string;
  /** Items of generated feed `name` (served at /gen/<name>.xml), newest first; edit freely. */
  feed(name: string): GeneratedItem[];
  /** Add an item at the top of a generated feed; its page is served at its path. */
  publish(name: string, item: Partial<GeneratedItem> & { id: string; published: Date }): GeneratedItem;
  /** Make a path misbehave; `undefined` heals it. */
  fault(path: string, fault: FeedFault | undefined): void;
  /** Headers of the requests to one path (query ignored) so far, from `server.requests`. */
  hits(path: string): IncomingMessage['headers'][];
  close(): Promise<void>;
}

const VOCABULARY =
  'harbor council budget railway drought vaccine satellite election merger tariff glacier festival startup lawsuit reactor orchestra pipeline wildfire museum shipyard bakery airline telescope senate factory marathon vineyard library subway hospital bridge refinery cathedral stadium ferry monsoon copper lithium wheat coffee textile robotics quantum insurance pension mortgage housing tourism fishery forestry'.split(
    ' ',
  );

/** Distinct, stable words for a generated story, so different stories never look like copies. */
export function wordsFor(seed: string, count: number): string[] {
  const digest = createHash('sha256').update(seed).digest();
  return Array.from({ length: count }, (_, i) => VOCABULARY[digest[i]! % VOCABULARY.length]!);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** RSS 2.0 for generated items (links relative, as many real feeds have them). */
export function rssFor(title: string, items: GeneratedItem[]): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${item.path}</link><guid isPermaLink="false">${escapeXml(item.id)}</guid><pubDate>${item.published.toUTCString()}</pubDate><description>${escapeXml(item.description)}</description>${(item.categories ?? []).map((name) => `<category>${escapeXml(name)}</category>`).join('')}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>/</link><description>test</description>\n${entries}\n</channel></rss>`;
}

function articlePage(item: GeneratedItem): string {
  const paragraphs = [
    item.description,
    `${item.title} was reported on ${item.published.toUTCString()}.`,
    'Analysts said the change would matter for customers and competitors over the coming year.',
    'The company did not comment further on the plans when asked by reporters.',
  ];
  const alternates = Object.entries(item.alternates ?? {})
    .map(([lang, path]) => `<link rel="alternate" hreflang="${lang}" href="${path}">`)
    .join('');
  return `<!doctype html><html lang="${item.lang ?? 'en'}"><head><title>${escapeXml(item.title)}</title><meta property="og:site_name" content="Generated News">${alternates}</head><body><article><h1>${escapeXml(item.title)}</h1>${paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('')}</article></body></html>`;
}

const ENTITY_BOMB = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><rss version="2.0"><channel><title>&g;</title><item><title>&g;</title><guid>bomb</guid></item></channel></rss>`;

function serveFault(fault: FeedFault, res: ServerResponse): void {
  if (fault === 'hang') return; // never answers; the fetcher's deadline must end it
  if (fault === 'status-500') return void res.writeHead(500).end('oops');
  if (fault === 'malformed')
    return void res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end('<?xml version="1.0" encoding="UTF-8"?>\n<rss');
  if (fault === 'entity-bomb')
    return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(ENTITY_BOMB);
  if (fault === 'huge') {
    // 20 MB of valid-looking XML, streamed without a Content-Length so the size cap must count bytes.
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
    const chunk = `<item><title>${'x'.repeat(1000)}</title></item>`.repeat(100);
    let sent = 0;
    const pump = () => {
      while (sent < 20 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end('</channel></rss>');
    };
    res.on('error', () => undefined);
    return pump();
  }
  res.writeHead(fault.status, { 'retry-after': fault.retryAfter }).end('slow down');
}

/** Start the site. Generated feeds answer conditional GETs with 304 when unchanged (ETag and Last-Modified). */
export async function startFeedSite(): Promise<FeedSite> {
  const feeds = new Map<string, GeneratedItem[]>();
  const pages = new Map<string, GeneratedItem>();
  const faults = new Map<string, FeedFault>();
  const fixtures = staticSite(FIXTURE_SITE_DIR);
  const server = await startServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const fault = faults.get(path);
    if (fault) return serveFault(fault, res);
    const feedName = /^\/gen\/([\w-]+)\.xml$/.exec(path)?.[1];
    if (feedName && feeds.has(feedName)) {
      const body = rssFor(`Generated ${feedName}`, feeds.get(feedName)!);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    }
    const page = pages.get(path);
    if (page) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(page));
    return fixtures(req, res);
  });
  const feed = (name: string) => {
    if (!feeds.has(name)) feeds.set(name, []);
    return feeds.get(name)!;
  };
  return {
    server,
    url: server.url,
    feed,
    publish(name, partial) {
      const words = wordsFor(`${name}/${partial.id}`, 14);
      const item: GeneratedItem = {
        title: `${words.slice(0, 4).join(' ')} (${partial.id})`,
        path: `/news/${name}/${partial.id}`,
        description: `Reporters describe the ${words.slice(4).join(', ')} story and why it matters.`,
        ...partial,
      };
      feed(name).unshift(item);
      pages.set(item.path, item);
      return item;
    },
    fault: (path, value) => (value === undefined ? faults.delete(path) : faults.set(path, value)),
    hits: (path) =>
      server.requests
        .filter((request) => new URL(request.url, 'http://x').pathname === path)
        .map((request) => request.headers),
    close: () => server.close(),
  };
}
