import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics } from './metrics.js';

/** The text a scrape of /metrics gets. */
export interface MetricsExposition {
  contentType: string;
  render(): Promise<string>;
}

// Feed and page fetches run from tens of milliseconds to the fetch deadline (15 s by default).
const FETCH_BUCKETS_S = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30];

/** The bot's metrics in Prometheus's text format, in a registry of their own (not prom-client's global one). */
export function createPrometheusMetrics(): { metrics: Metrics; exposition: MetricsExposition } {
  const registers = [new Registry()];
  const [registry] = registers as [Registry];
  collectDefaultMetrics({ register: registry, prefix: 'newsdesk_' });
  const ticks = new Counter({ name: 'newsdesk_scheduler_ticks_total', help: 'Scheduler ticks run.', registers });
  const feedsChecked = new Counter({
    name: 'newsdesk_feeds_checked_total',
    help: 'Feed checks by outcome: fetched (new content), not_modified (304), failed, deferred (backing off).',
    labelNames: ['outcome'],
    registers,
  });
  const postsSent = new Counter({
    name: 'newsdesk_posts_sent_total',
    help: 'Feed posts and edits Discord confirmed, outbox replays included.',
    registers,
  });
  const postsFailed = new Counter({
    name: 'newsdesk_posts_failed_total',
    help: 'Feed posts Discord did not take (they stay in the outbox).',
    registers,
  });
  const postsDeduplicated = new Counter({
    name: 'newsdesk_posts_deduplicated_total',
    help: 'Feed items not posted because the channel was shown the same story already.',
    registers,
  });
  const fetchSeconds = new Histogram({
    name: 'newsdesk_fetch_duration_seconds',
    help: 'Time for one fetch of a page or a feed, by kind.',
    labelNames: ['kind'],
    buckets: FETCH_BUCKETS_S,
    registers,
  });
  const restLimited = new Counter({
    name: 'newsdesk_discord_rest_429_total',
    help: 'REST responses with status 429, by client (gateway, poster, proxy).',
    labelNames: ['client'],
    registers,
  });
  const restWaited = new Counter({
    name: 'newsdesk_discord_rest_rate_limit_waits_total',
    help: 'REST requests held back for a rate limit, by client (gateway, poster, proxy).',
    labelNames: ['client'],
    registers,
  });
  let outboxDepth: (() => Promise<number>) | undefined;
  new Gauge({
    name: 'newsdesk_outbox_depth',
    help: 'Feed posts waiting in the outbox.',
    registers,
    async collect() {
      if (outboxDepth) this.set(await outboxDepth());
    },
  });

  const metrics: Metrics = {
    tickEnded(report) {
      ticks.inc();
      const fetched = report.feeds - report.notModified - report.failed - report.deferred;
      feedsChecked.inc({ outcome: 'fetched' }, Math.max(0, fetched));
      feedsChecked.inc({ outcome: 'not_modified' }, report.notModified);
      feedsChecked.inc({ outcome: 'failed' }, report.failed);
      feedsChecked.inc({ outcome: 'deferred' }, report.deferred);
      postsSent.inc(report.posted + report.edited + report.replayed);
      postsFailed.inc(report.postsFailed);
      postsDeduplicated.inc(report.duplicates);
    },
    fetchTimed: (kind, seconds) => fetchSeconds.observe({ kind }, seconds),
    restRateLimit: (client, event) => (event === 'limited' ? restLimited : restWaited).inc({ client }),
    watchOutbox(depth) {
      outboxDepth = depth;
    },
  };
  return { metrics, exposition: { contentType: registry.contentType, render: () => registry.metrics() } };
}
