import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createFetcher } from '../../../src/services/fetcher/index.js';
import { startServer, type TestServer } from '../../helpers/http-server.js';

let server: TestServer;
const arrived: (() => void)[] = [];
before(async () => {
  server = await startServer((req, res) => {
    arrived.shift()?.();
    if (req.url === '/drip') {
      // Headers at once, then a byte at a time forever: each gap is short, so only a whole-exchange deadline stops it.
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 10);
      res.on('close', () => clearInterval(timer));
    }
    // Any other path: never answer.
  });
});
after(() => server.close());

// A safety net so a broken deadline fails the test instead of hanging the run; not a timing assertion.
const HANG_GUARD = { timeout: 20_000 };

const fetcher = (timeoutMs: number) =>
  createFetcher({
    timeoutMs,
    maxHtmlBytes: 10 * 1024 * 1024,
    maxFeedBytes: 10 * 1024 * 1024,
    allowPorts: [server.port],
    allowPrivateHosts: ['127.0.0.1'],
  });

test('a drip-fed body fails with timeout', HANG_GUARD, async () => {
  await assert.rejects(fetcher(300).fetch({ url: `${server.url}/drip`, kind: 'html' }), { kind: 'timeout' });
});

test('headers that never come fail with timeout', HANG_GUARD, async () => {
  await assert.rejects(fetcher(300).fetch({ url: `${server.url}/silent`, kind: 'html' }), { kind: 'timeout' });
});

test("the caller's abort signal cancels the fetch with the caller's reason", async () => {
  const controller = new AbortController();
  const reason = new Error('shutting down');
  arrived.push(() => controller.abort(reason));
  await assert.rejects(
    fetcher(60_000).fetch({ url: `${server.url}/silent`, kind: 'html', signal: controller.signal }),
    reason,
  );
});
