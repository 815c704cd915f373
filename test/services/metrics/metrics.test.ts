import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../../src/config.js';
import { createPrometheusMetrics } from '../../../src/services/metrics/prometheus.js';
import { startMetricsServer } from '../../../src/services/metrics/server.js';
import { sample } from '../../helpers/metrics.js';

const TICK = {
  due: 4,
  replayed: 1,
  feeds: 4,
  notModified: 1,
  failed: 1,
  deferred: 0,
  posted: 2,
  edited: 1,
  postsFailed: 1,
  duplicates: 3,
};

test('a tick report becomes feed outcomes and post counters; the outbox depth is read at scrape time', async () => {
  const { metrics, exposition } = createPrometheusMetrics();
  let depth = 2;
  metrics.watchOutbox(async () => depth);
  metrics.tickEnded(TICK);
  metrics.tickEnded({ ...TICK, posted: 0, edited: 0, replayed: 0 });
  metrics.fetchTimed('feed', 0.3);
  metrics.restRateLimit('poster', 'limited');
  const text = await exposition.render();
  assert.equal(sample(text, 'newsdesk_feeds_checked_total{outcome="fetched"}'), 4);
  assert.equal(sample(text, 'newsdesk_feeds_checked_total{outcome="not_modified"}'), 2);
  assert.equal(sample(text, 'newsdesk_feeds_checked_total{outcome="failed"}'), 2);
  assert.equal(sample(text, 'newsdesk_posts_sent_total'), 4, 'posts, edits and replays of the first tick');
  assert.equal(sample(text, 'newsdesk_posts_failed_total'), 2);
  assert.equal(sample(text, 'newsdesk_posts_deduplicated_total'), 6);
  assert.equal(sample(text, 'newsdesk_outbox_depth'), 2);
  assert.equal(sample(text, 'newsdesk_fetch_duration_seconds_bucket{le="0.5",kind="feed"}'), 1);
  assert.equal(sample(text, 'newsdesk_discord_rest_429_total{client="poster"}'), 1);
  depth = 0;
  assert.equal(sample(await exposition.render(), 'newsdesk_outbox_depth'), 0);
});

test('the metrics server listens on 127.0.0.1 by default and answers only /metrics and /healthz', async () => {
  const config = loadConfig({ METRICS_PORT: '0' });
  let healthy = false;
  const server = await startMetricsServer({
    host: config.metricsHost,
    port: config.metricsPort ?? 0,
    exposition: createPrometheusMetrics().exposition,
    healthy: () => healthy,
  });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await fetch(`${server.url}/healthz`)).status, 503, 'not ready yet');
    healthy = true;
    assert.equal(await (await fetch(`${server.url}/healthz`)).text(), 'ok\n');
    const metrics = await fetch(`${server.url}/metrics`);
    assert.match(metrics.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(await metrics.text(), /newsdesk_scheduler_ticks_total 0/);
    assert.equal((await fetch(`${server.url}/`)).status, 404);
    assert.equal((await fetch(`${server.url}/metrics`, { method: 'POST' })).status, 405);
  } finally {
    await server.close();
  }
});

test('METRICS_PORT is off when empty; SHARD_COUNT is auto or a number', () => {
  assert.equal(loadConfig({}).metricsPort, undefined);
  assert.equal(loadConfig({ METRICS_PORT: '9464' }).metricsPort, 9464);
  assert.equal(loadConfig({}).shardCount, 'auto');
  assert.equal(loadConfig({ SHARD_COUNT: '4' }).shardCount, 4);
  assert.throws(
    () => loadConfig({ SHARD_COUNT: 'many', METRICS_PORT: 'x' }),
    /SHARD_COUNT[\s\S]*METRICS_PORT|METRICS_PORT[\s\S]*SHARD_COUNT/,
  );
});
