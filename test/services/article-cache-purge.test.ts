import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleService } from '../../src/services/article-service.js';
import { createFetcher } from '../../src/services/fetcher/index.js';
import { silentLogger } from '../../src/services/logger.js';
import { openStore } from '../../src/services/store.js';
import { createSummarizer } from '../../src/services/summarize/index.js';

test('purgeExpired deletes expired articles and failures from the SQLite file and keeps live ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-purge-'));
  const store = openStore(`sqlite://${join(dir, 'cache.sqlite')}`);
  try {
    const service = new ArticleService({
      fetcher: createFetcher({ timeoutMs: 1000, maxHtmlBytes: 1024, maxFeedBytes: 1024, allowPorts: [], allowPrivateHosts: [] }),
      summarizer: createSummarizer({ provider: 'extractive' }),
      articles: store.ns('article'),
      failures: store.ns('failure'),
      logger: silentLogger,
      cacheTtlMs: 3_600_000,
      failureTtlMs: 60_000,
    });
    // The same Keyv instances the service holds.
    const articles = store.ns('article');
    const failures = store.ns('failure');
    await articles.set('https://news.example/live', { aliasOf: 'https://news.example/x' }, 3_600_000);
    // Written as Keyv stores them, with an expiry long past: no waiting on the clock.
    const expired = (value: unknown) => JSON.stringify({ value, expires: 1 });
    await articles.store.set('article:https://news.example/old', expired({ aliasOf: 'https://news.example/y' }));
    await failures.store.set('failure:https://news.example/dead', expired({ kind: 'timeout', message: 'x', detail: {} }));

    assert.equal(await service.purgeExpired(), 1);
    assert.equal(await articles.store.get('article:https://news.example/old'), undefined);
    assert.equal(await failures.store.get('failure:https://news.example/dead'), undefined);
    assert.ok(await articles.get('https://news.example/live'));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
