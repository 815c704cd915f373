import assert from 'node:assert/strict';
import { test } from 'node:test';
import Keyv from 'keyv';
import type { Article } from '../../../src/services/article.js';
import { RecentLinks } from '../../../src/services/autosummary/recent.js';
import {
  type SharedLinkParts,
  type SharedMessage,
  summarizeSharedLinks,
} from '../../../src/services/autosummary/summarize-shared-links.js';
import { Cooldown } from '../../../src/services/cooldown.js';
import { FailureError } from '../../../src/services/errors.js';
import { silentLogger } from '../../../src/services/logger.js';

const ENABLED = { suppressPreviews: true, enabledBy: '1', enabledAt: '2026-01-01T00:00:00Z' };

function article(url: string): Article {
  return {
    url,
    title: `Story at ${url}`,
    siteName: 'News',
    byline: null,
    publishedAt: null,
    section: null,
    lang: 'en',
    image: null,
    readingMinutes: 2,
    text: 'Body.',
    source: null,
    related: [],
    alternates: [],
    summary: ['The council agreed a budget.'],
    similar: [],
    requestedUrl: url,
    fetchedAt: '2026-04-16T00:00:00Z',
  };
}

/** Real recent-link memory and channel limit; the article reader answers from a list and counts its calls. */
function parts(options: { enabled?: boolean; broken?: string[]; perMinute?: number } = {}) {
  const reads: string[] = [];
  const recent = new RecentLinks(new Keyv());
  const built: SharedLinkParts = {
    settings: { forChannel: async () => (options.enabled === false ? undefined : ENABLED) },
    recent,
    channelLimit: new Cooldown(options.perMinute ?? 6, 60_000, () => 0),
    articles: {
      get: async ({ url }) => {
        reads.push(url);
        if (options.broken?.includes(url)) throw new FailureError('not-html', 'not an article');
        return article(url);
      },
    },
    logger: silentLogger,
  };
  return { parts: built, reads, recent };
}

const message = (content: string, id = '1'): SharedMessage => ({
  guildId: 'g',
  channelId: 'c',
  settingsChannelId: 'c',
  messageId: id,
  messageUrl: `https://discord.com/channels/g/c/${id}`,
  content,
});

test('an article link in an enabled channel gets one reply with its card', async () => {
  const { parts: p } = parts();
  const reply = await summarizeSharedLinks(p, message('look https://news.example/a'));
  assert.equal(reply.kind, 'cards');
  if (reply.kind !== 'cards') return;
  assert.equal(reply.embeds.length, 1);
  assert.equal(reply.suppressPreview, true);
});

test('a channel without auto-summary, or a message without links, gets nothing and reads nothing', async () => {
  const off = parts({ enabled: false });
  assert.equal((await summarizeSharedLinks(off.parts, message('https://news.example/a'))).kind, 'nothing');
  assert.deepEqual(off.reads, []);
  const on = parts();
  assert.equal((await summarizeSharedLinks(on.parts, message('no links here'))).kind, 'nothing');
  assert.deepEqual(on.reads, []);
});

test('the same link shared again in the channel gets a pointer to the first share, not a second card', async () => {
  const { parts: p, reads } = parts();
  await summarizeSharedLinks(p, message('https://news.example/a', '1'));
  const again = await summarizeSharedLinks(p, message('again https://news.example/a', '2'));
  assert.deepEqual(again, {
    kind: 'pointer',
    content: 'Summarized here already: <https://discord.com/channels/g/c/1>',
  });
  assert.deepEqual(reads, ['https://news.example/a']);
});

test('a link that could not be read is released, so a later share tries it again', async () => {
  const { parts: p, reads } = parts({ broken: ['https://news.example/broken'] });
  assert.equal((await summarizeSharedLinks(p, message('https://news.example/broken', '1'))).kind, 'nothing');
  assert.equal((await summarizeSharedLinks(p, message('https://news.example/broken', '2'))).kind, 'nothing');
  assert.deepEqual(reads, ['https://news.example/broken', 'https://news.example/broken']);
});

test('cards that could not be posted free their links for the next share', async () => {
  const { parts: p } = parts();
  const first = await summarizeSharedLinks(p, message('https://news.example/a', '1'));
  assert.equal(first.kind, 'cards');
  if (first.kind === 'cards') await first.notPosted();
  assert.equal((await summarizeSharedLinks(p, message('https://news.example/a', '2'))).kind, 'cards');
});

test('past the channel limit, further links are skipped and left unclaimed', async () => {
  const { parts: p, reads } = parts({ perMinute: 1 });
  const reply = await summarizeSharedLinks(p, message('https://news.example/a https://news.example/b'));
  assert.equal(reply.kind, 'cards');
  if (reply.kind === 'cards') assert.equal(reply.embeds.length, 1);
  assert.deepEqual(reads, ['https://news.example/a']);
});
