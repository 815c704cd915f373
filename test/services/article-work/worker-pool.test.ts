import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createArticleWork } from '../../../src/services/article-work/index.js';
import { FailureError } from '../../../src/services/errors.js';
import {
  CRASH_PAGE_MARKER,
  ENDLESS_PAGE_MARKER,
  ENDLESS_WORKER_SCRIPT,
} from '../../helpers/article-work/endless-page.js';

const page = (title: string, attribute = '') =>
  `<html><head><title>${title}</title></head><body ${attribute}><article>${'<p>A sentence of the story that goes on for a while.</p>'.repeat(20)}</article></body></html>`;

/** Deadlines far beyond any honest job here: these tests are about what happens, not how fast. */
const ROOMY_DEADLINE_MS = 30_000;

test('jobs beyond the pool size wait their turn and are all answered', async () => {
  const work = createArticleWork({ size: 1, deadlineMs: ROOMY_DEADLINE_MS });
  try {
    const titles = ['One', 'Two', 'Three'];
    const articles = await Promise.all(
      titles.map((title) => work.extract(page(title), `https://news.example/${title}`)),
    );
    assert.deepEqual(
      articles.map((article) => article.title),
      titles,
    );
  } finally {
    await work.close();
  }
});

test("a busy pool serves a member's ordinary page before a stranger's huge one that came first", async () => {
  const work = createArticleWork({ size: 1, deadlineMs: ROOMY_DEADLINE_MS });
  try {
    const answered: string[] = [];
    const read = (title: string, html: string) =>
      work.extract(html, `https://news.example/${title}`).then((article) => answered.push(article.title));
    // The one worker is busy with the first page while the other two wait.
    const huge = `<html><head><title>Huge</title></head><body><article>${'<p>A sentence of the story that goes on for a while.</p>'.repeat(8000)}</article></body></html>`;
    await Promise.all([read('First', page('First')), read('Huge', huge), read('Small', page('Small'))]);
    assert.deepEqual(answered, ['First', 'Small', 'Huge']);
  } finally {
    await work.close();
  }
});

test('a failure in the worker arrives as the same FailureError, so the member gets the same words', async () => {
  const work = createArticleWork({ size: 1, deadlineMs: ROOMY_DEADLINE_MS });
  try {
    await assert.rejects(
      work.extract('<html><body></body></html>', 'https://news.example/empty'),
      (error: unknown) => error instanceof FailureError && error.kind === 'empty-article',
    );
  } finally {
    await work.close();
  }
});

test('a worker that dies mid-job fails that job, and the next job gets a new worker', async () => {
  const work = createArticleWork({ size: 1, deadlineMs: ROOMY_DEADLINE_MS, script: ENDLESS_WORKER_SCRIPT });
  try {
    await assert.rejects(work.extract(page('Crash', CRASH_PAGE_MARKER), 'https://news.example/crash'), /exit code 3/);
    const article = await work.extract(page('After'), 'https://news.example/after');
    assert.equal(article.title, 'After');
  } finally {
    await work.close();
  }
});

test('shutdown does not wait for an endless page: close() ends its job, and later jobs are refused', async () => {
  const work = createArticleWork({ size: 1, deadlineMs: ROOMY_DEADLINE_MS, script: ENDLESS_WORKER_SCRIPT });
  const endless = assert.rejects(
    work.extract(page('Endless', ENDLESS_PAGE_MARKER), 'https://news.example/endless'),
    /closed/,
  );
  const waiting = assert.rejects(work.extract(page('Queued'), 'https://news.example/queued'), /closed/);
  await work.close();
  await Promise.all([endless, waiting]);
  await assert.rejects(work.extract(page('Late'), 'https://news.example/late'), /closed/);
});
