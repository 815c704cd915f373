import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ArticleService } from '../../src/services/article-service.js';
import { type ArticleWork, createArticleWork } from '../../src/services/article-work/index.js';
import { FailureError, userMessage } from '../../src/services/errors.js';
import { createFetcher } from '../../src/services/fetcher/index.js';
import { silentLogger } from '../../src/services/logger.js';
import { openStore, type Store } from '../../src/services/store.js';
import { createSummarizer, DEFAULT_SUMMARY_BOUNDS } from '../../src/services/summarize/index.js';
import { ENDLESS_PAGE_MARKER, ENDLESS_WORKER_SCRIPT } from '../helpers/article-work/endless-page.js';
import { startFixtureSite, type TestServer } from '../helpers/http-server.js';

let site: TestServer;
let store: Store;

before(async () => {
  site = await startFixtureSite({
    '/gone': (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('gone');
    },
    '/endless': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body ${ENDLESS_PAGE_MARKER}><article><p>Never read to the end.</p></article></body></html>`);
    },
  });
});
after(() => site.close());

/** The service as the bot builds it; with `work`, pages are extracted and summarized in its workers. */
function service(work?: ArticleWork): ArticleService {
  store = openStore('memory://');
  const extractive = work?.summarizer(DEFAULT_SUMMARY_BOUNDS);
  return new ArticleService({
    fetcher: createFetcher({
      timeoutMs: 5000,
      maxHtmlBytes: 2 * 1024 * 1024,
      maxFeedBytes: 5 * 1024 * 1024,
      allowPorts: [site.port],
      allowPrivateHosts: ['127.0.0.1'],
    }),
    summarizer: createSummarizer({ provider: 'extractive', extractive }),
    work,
    articles: store.ns('article'),
    failures: store.ns('failure'),
    logger: silentLogger,
    cacheTtlMs: 3_600_000,
    failureTtlMs: 60_000,
  });
}

const pageRequests = (path: string) => site.requests.filter((request) => request.url.startsWith(path)).length;

test('the seed page gives the card a reader can trust', async () => {
  const article = await service().get({ url: `${site.url}/ai/openai-aws-turn?utm_source=discord` });
  assert.equal(article.title, 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
  assert.equal(article.source?.url, 'https://www.geekwire.com/2026/openai-sees-staggering-demand-for-amazon-offering/');
  assert.equal(article.publishedAt?.slice(0, 10), '2026-04-15');
  assert.equal(article.section, 'AI');
  assert.equal(article.readingMinutes, 2);
  assert.ok(
    article.related.some((link) => link.url.endsWith('/ai/microsoft-openai-terms-unchanged')),
    JSON.stringify(article.related),
  );
  assert.deepEqual(article.alternates.map((alt) => alt.lang).sort(), ['ja', 'ko']);
  assert.equal(article.summary.length, 3);
  const body = article.text.replace(/\s+/g, ' ');
  for (const sentence of article.summary)
    assert.ok(body.includes(sentence.replace(/\s+/g, ' ')), `not from the body: ${sentence}`);
  assert.doesNotMatch(article.summary.join(' '), /Share:|Comments|Related Articles|All rights reserved/);
  // The page names https://insights.example as canonical, but we fetched it from 127.0.0.1: the card links where we really were.
  assert.equal(article.url, `${site.url}/ai/openai-aws-turn`);
});

test('the Korean and Japanese pages summarize into whole sentences', async () => {
  const articles = service();
  for (const path of ['/ko/ai/openai-aws-turn', '/ja/ai/openai-aws-turn']) {
    const article = await articles.get({ url: site.url + path });
    assert.ok(article.summary.length >= 2, path);
    for (const sentence of article.summary)
      assert.match(sentence, /[.。!?！？다요]["”’」)]*$/u, `${path}: "${sentence}"`);
  }
});

test('concurrent requests for one URL share one fetch, and a second call is served from the cache', async () => {
  const articles = service();
  const before = pageRequests('/cloud/bedrock-adds-model-providers');
  const results = await Promise.all(
    Array.from({ length: 5 }, () => articles.get({ url: `${site.url}/cloud/bedrock-adds-model-providers` })),
  );
  assert.equal(new Set(results.map((article) => article.title)).size, 1);
  await articles.get({ url: `${site.url}/cloud/bedrock-adds-model-providers#top`, sentences: 5 });
  assert.equal(pageRequests('/cloud/bedrock-adds-model-providers') - before, 1);
  assert.ok(await articles.peek({ url: `${site.url}/cloud/bedrock-adds-model-providers` }));
});

test('a dead link is remembered for a while instead of being fetched again', async () => {
  const articles = service();
  for (let i = 0; i < 3; i++) {
    await assert.rejects(
      articles.get({ url: `${site.url}/gone` }),
      (error: unknown) => error instanceof FailureError && error.kind === 'http-status' && error.detail.status === 404,
    );
  }
  assert.equal(pageRequests('/gone'), 1);
});

test('our own index offers the topically related article, not the unrelated one', async () => {
  const articles = service();
  for (const path of ['/cloud/bedrock-adds-model-providers', '/chips/hbm-supply-tightens'])
    await articles.get({ url: site.url + path });
  const seed = await articles.get({ url: `${site.url}/ai/openai-aws-turn` });
  const similar = seed.similar.map((link) => link.url);
  assert.ok(similar.includes(`${site.url}/cloud/bedrock-adds-model-providers`), JSON.stringify(similar));
  assert.ok(!similar.includes(`${site.url}/chips/hbm-supply-tightens`));
});

test('the seed page reads the same through the worker pool as in this thread', async () => {
  const work = createArticleWork({ size: 1, deadlineMs: 10_000 });
  try {
    const url = `${site.url}/ai/openai-aws-turn`;
    const [pooled, inline] = await Promise.all([service(work).get({ url }), service().get({ url })]);
    assert.deepEqual({ ...pooled, fetchedAt: '' }, { ...inline, fetchedAt: '' });
  } finally {
    await work.close();
  }
});

test('a page whose extraction never ends is "too long to read", and an article asked for at the same time is still answered', async () => {
  // Two workers: the endless page holds one until its deadline; the other article needs the second.
  const work = createArticleWork({ size: 2, deadlineMs: 1000, script: ENDLESS_WORKER_SCRIPT });
  try {
    const articles = service(work);
    const [endless, seed] = await Promise.allSettled([
      articles.get({ url: `${site.url}/endless` }),
      articles.get({ url: `${site.url}/ai/openai-aws-turn` }),
    ]);
    assert.equal(endless.status, 'rejected');
    const failure = (endless as PromiseRejectedResult).reason;
    assert.ok(failure instanceof FailureError, String(failure));
    assert.equal(userMessage(failure), 'That page took too long to read.');
    assert.equal(
      seed.status === 'fulfilled' && seed.value.title,
      'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending',
    );
    // The overrun worker was replaced: the pool still answers.
    const again = await articles.get({ url: `${site.url}/cloud/bedrock-adds-model-providers` });
    assert.ok(again.summary.length > 0);
  } finally {
    await work.close();
  }
});
