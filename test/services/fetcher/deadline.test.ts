import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { withDeadline } from '../../../src/services/fetcher/deadline.js';
import { startServer, type TestServer } from '../../helpers/http-server.js';
import { loopbackFetcher } from '../../helpers/loopback-fetcher.js';

let server: TestServer;
const arrived: (() => void)[] = [];
before(async () => {
  server = await startServer(() => {
    arrived.shift()?.();
    // Never answer (slow headers and drip-fed bodies are cases in fault-table.test.ts).
  });
});
after(() => server.close());

// A safety net so a broken deadline fails the test instead of hanging the run; not a timing assertion.
const HANG_GUARD = { timeout: 20_000 };

const fetcher = (timeoutMs: number) =>
  loopbackFetcher(server.port, { timeoutMs, maxHtmlBytes: 10 * 1024 * 1024, maxFeedBytes: 10 * 1024 * 1024 });

test("the caller's abort signal cancels the fetch with the caller's reason", async () => {
  const controller = new AbortController();
  const reason = new Error('shutting down');
  arrived.push(() => controller.abort(reason));
  await assert.rejects(
    fetcher(60_000).fetch({ url: `${server.url}/silent`, kind: 'html', signal: controller.signal }),
    reason,
  );
});

test('the deadline ends the fetch even when the work never looks at its signal', HANG_GUARD, async () => {
  const deaf = () => new Promise<never>(() => {});
  await assert.rejects(withDeadline(50, undefined, deaf), { kind: 'timeout' });
});
