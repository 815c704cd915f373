import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { startFeedSite } from '../helpers/feeds/feed-site.js';
import { loopbackEnv } from '../helpers/http-server.js';
import { FIXTURE_SITE_DIR } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

test('newsdesk feed <page> discovers the feed and prints its newest items as the scheduler sees them', async () => {
  const site = await startFeedSite();
  try {
    const result = await runCli(['feed', `${site.url}/ai/openai-aws-turn`], { env: loopbackEnv(site.server.port) });
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], 'Insights — AI');
    assert.match(lines[1]!, new RegExp(`^${site.url}/feed.xml · rss · 4 items`));
    assert.match(result.stdout, /1\. OpenAI’s AWS turn/);
    assert.match(result.stdout, /id: +insights-2026-0415-openai-aws-turn/);
    assert.match(result.stdout, new RegExp(`link: +${site.url}/ai/openai-aws-turn`));
    assert.match(result.stdout, /author: +Insights AI/);
    assert.ok(
      result.stdout.indexOf('OpenAI’s AWS turn') < result.stdout.indexOf('Microsoft and OpenAI say'),
      'newest first',
    );
  } finally {
    await site.close();
  }
});

test('newsdesk feed prints a plain error and exits non-zero for a page without a feed', async () => {
  const site = await startFeedSite();
  try {
    const result = await runCli(['feed', `${site.url}/chips/hbm-supply-tightens`], {
      env: loopbackEnv(site.server.port),
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Couldn't find a news feed/);
    assert.doesNotMatch(result.stderr, /\s at /, 'no stack trace');
  } finally {
    await site.close();
  }
});

test('newsdesk feed --jsonl parses local files with --base, one line per input, failures included', async () => {
  const result = await runCli([
    'feed',
    '--jsonl',
    '--base',
    'https://insights.example/feed.xml',
    join(FIXTURE_SITE_DIR, 'feed.xml'),
    join(FIXTURE_SITE_DIR, 'feed.json'),
    '/no/such/file.xml',
  ]);
  assert.equal(result.code, 1, 'one input failed');
  const [rss, json, missing] = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(rss.feed.title, 'Insights — AI');
  assert.equal(rss.items.length, 4);
  assert.deepEqual(Object.keys(rss.items[0]), ['id', 'title', 'link', 'published', 'summary', 'author']);
  assert.equal(rss.items[0].link, 'https://insights.example/ai/openai-aws-turn', 'relative links against --base');
  assert.equal(json.items[1].id, 'insights-2026-0402-bedrock-providers');
  assert.deepEqual(missing, { input: '/no/such/file.xml', error: 'No such file: /no/such/file.xml' });
});

test('newsdesk feed --jsonl --stdin reads {"file","baseUrl"} lines', async () => {
  const stdin = [
    JSON.stringify({ file: join(FIXTURE_SITE_DIR, 'atom.xml'), baseUrl: 'https://mirror.example/atom.xml' }),
  ].join('\n');
  const result = await runCli(['feed', '--jsonl', '--stdin'], { stdin });
  assert.equal(result.code, 0, result.stderr);
  const line = JSON.parse(result.stdout);
  assert.equal(line.items[0].link, 'https://mirror.example/ai/openai-aws-turn');
  assert.equal(line.feed.link, 'https://insights.example/');
});

test('newsdesk feed --jsonl takes URLs as extract does: a feed URL or a page that links one, beside files', async () => {
  const site = await startFeedSite();
  try {
    const inputs = [`${site.url}/feed.xml`, `${site.url}/ai/openai-aws-turn`, join(FIXTURE_SITE_DIR, 'feed.xml')];
    const result = await runCli(['feed', '--jsonl', ...inputs], { env: loopbackEnv(site.server.port) });
    assert.equal(result.code, 0, result.stdout);
    const [feedUrl, pageUrl, file] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(feedUrl.input, inputs[0]);
    assert.equal(feedUrl.feed.title, 'Insights — AI');
    assert.equal(feedUrl.items.length, 4);
    assert.equal(feedUrl.items[0].link, `${site.url}/ai/openai-aws-turn`, 'relative links against the fetched URL');
    assert.deepEqual(pageUrl.items, feedUrl.items, 'the page’s feed is discovered as /feed add does');
    assert.deepEqual(
      file.items.map((item: { id: string }) => item.id),
      feedUrl.items.map((item: { id: string }) => item.id),
    );
  } finally {
    await site.close();
  }
});

test('newsdesk feed --jsonl: a gzipped feed file is read under FETCH_MAX_FEED_BYTES', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-feed-'));
  try {
    const gz = join(dir, 'feed.xml.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(FIXTURE_SITE_DIR, 'feed.xml'))));
    const read = await runCli(['feed', '--jsonl', gz]);
    assert.equal(read.code, 0, read.stdout);
    assert.equal(JSON.parse(read.stdout).items.length, 4);
    const capped = await runCli(['feed', '--jsonl', gz], { env: { FETCH_MAX_FEED_BYTES: '1024' } });
    assert.equal(capped.code, 1);
    assert.deepEqual(JSON.parse(capped.stdout), { input: gz, error: 'That page is too large to read.' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
