import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createServices } from '../../src/create-services.js';
import type { TickReport } from '../../src/services/feeds/schedule/scheduler.js';
import { silentLogger } from '../../src/services/logger.js';
import { wordsFor } from '../../test/helpers/feeds/feed-site.js';
import { instantPoster } from '../../test/helpers/feeds/instant-poster.js';
import type { BenchTable } from './table.js';

/**
 * Polling at scale: 5,000 subscriptions (5,000 feeds on 50 loopback hosts, 127.0.0.1–50) checked by
 * the real scheduler over a SQLite store. A first cycle reads every feed; the measured cycle is the
 * steady state: 95% answer 304, 5% have one new item, which is summarised from its page and posted
 * (to a poster that confirms at once: Discord's own latency is not ours to measure).
 */
const SUBSCRIPTIONS = 5000;
const HOSTS = 50;
const ITEMS_PER_FEED = 20;
const CHANGED_SHARE = 0.05;
const MINUTE = 60_000;

interface FeedHost {
  server: Server;
  base: string;
  port: number;
  requests: number;
}

/** Distinct words per story, so stories of different feeds never look like copies of each other. */
const words = (feed: number, n: number, count: number) => wordsFor(`${feed}/${n}`, count).join(' ');

function feedXml(feed: number, version: number, now: number): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => {
    const n = version + ITEMS_PER_FEED - 1 - i;
    const published = new Date(now - i * 30 * MINUTE).toUTCString();
    return `<item><title>${words(feed, n, 5)} (${feed}/${n})</title><link>/a/${feed}/${n}</link><guid isPermaLink="false">f${feed}-${n}</guid><pubDate>${published}</pubDate><description>${words(feed, n + 1000, 12)}.</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${feed}</title><link>/</link><description>bench</description>${items.join('')}</channel></rss>`;
}

function articleHtml(path: string): string {
  const sentences = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of ${path} explains one more detail of the story, with numbers, names and places that a summary may pick.</p>`,
  );
  return `<!doctype html><html lang="en"><head><title>Article ${path}</title></head><body><article><h1>Article ${path}</h1>${sentences.join('')}</article></body></html>`;
}

async function startHost(index: number, versions: Map<number, number>, clock: () => number): Promise<FeedHost> {
  const host: FeedHost = { server: createServer(), base: '', port: 0, requests: 0 };
  host.server.on('request', (req, res) => {
    host.requests += 1;
    const feedMatch = /^\/f\/(\d+)\.xml$/.exec(req.url ?? '');
    if (feedMatch) {
      const feed = Number(feedMatch[1]);
      const version = versions.get(feed) ?? 0;
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag })
        .end(feedXml(feed, version, clock()));
    }
    if (req.url?.startsWith('/a/'))
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(req.url));
    res.writeHead(404).end();
  });
  const address = `127.0.0.${index + 1}`;
  await new Promise<void>((resolve) => host.server.listen(0, address, resolve));
  host.port = (host.server.address() as AddressInfo).port;
  host.base = `http://${address}:${host.port}`;
  return host;
}

export async function run(): Promise<BenchTable[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-polling-'));
  let now = Date.parse('2026-06-01T12:00:00Z');
  const versions = new Map<number, number>();
  const hosts = await Promise.all(Array.from({ length: HOSTS }, (_, i) => startHost(i, versions, () => now)));
  const config = loadConfig({
    STORE_URL: `sqlite://${join(dir, 'state.sqlite')}`,
    FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.0/8',
    FETCH_ALLOW_PORTS: hosts.map((host) => host.port).join(','),
  });
  // Confirms at once, so Discord's latency is not in the numbers.
  const poster = instantPoster();
  // The warm-up cycle only learns each feed; posting 5,000 first items is not what is measured.
  const services = createServices(config, silentLogger, {
    scheduler: { poster, now: () => now, rules: { firstPostCount: 0 } },
  });
  const { scheduler } = services;
  try {
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      await services.subscriptions.save({
        id: `bench${i}`,
        guildId: 'g',
        channelId: `c${i % 500}`,
        feedUrl: `${hosts[i % HOSTS]!.base}/f/${i}.xml`,
        title: `Bench feed ${i}`,
        intervalMinutes: 10,
        mode: 'cards',
        createdAt: now,
        nextCheckAt: now,
        failures: 0,
        initialized: false,
      });
    }
    const cycle = async (label: string): Promise<(string | number)[]> => {
      const requestsBefore = hosts.reduce((sum, host) => sum + host.requests, 0);
      const postedBefore = poster.posted();
      const started = performance.now();
      const report: TickReport = await scheduler.tick();
      const seconds = (performance.now() - started) / 1000;
      const requests = hosts.reduce((sum, host) => sum + host.requests, 0) - requestsBefore;
      const peakMb = process.resourceUsage().maxRSS / 1024;
      return [
        label,
        report.due,
        report.notModified,
        poster.posted() - postedBefore,
        seconds,
        requests,
        Math.round(requests / seconds),
        Math.round(peakMb),
      ];
    };
    const first = await cycle('first cycle (every feed 200)');
    now += 10 * MINUTE;
    for (let feed = 0; feed < SUBSCRIPTIONS; feed += Math.round(1 / CHANGED_SHARE))
      versions.set(feed, (versions.get(feed) ?? 0) + 1);
    const steady = await cycle('steady cycle (95% 304, 5% new item)');
    return [
      {
        title: 'Feed polling at scale (5,000 subscriptions, one process)',
        columns: ['cycle', 'due', '304', 'posted', 'wall s', 'HTTP requests', 'requests/s', 'peak RSS MB'],
        rows: [first, steady],
        note: `Targets: under 60 s per cycle and under 300 MB. ${HOSTS} loopback hosts, SQLite store, SCHEDULER_CONCURRENCY=${config.schedulerConcurrency}, SCHEDULER_PER_HOST=${config.schedulerPerHost}; new items are fetched, extracted and summarised; posting confirms at once. Peak RSS is the process high-water mark.`,
      },
    ];
  } finally {
    await scheduler.stop();
    await services.store.close();
    await Promise.all(hosts.map((host) => new Promise((resolve) => host.server.close(resolve))));
    rmSync(dir, { recursive: true, force: true });
  }
}
