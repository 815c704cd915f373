import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { test } from 'node:test';
import { FailureError } from '../../../src/services/errors.js';
import { startServer } from '../../helpers/http-server.js';
import { loopbackFetcher } from '../../helpers/loopback-fetcher.js';

for (const encoding of ['zstd', 'gzip, gzip, gzip']) {
  test(`a body in "${encoding}" is refused and its connection closed at once`, { timeout: 10_000 }, async () => {
    let open: ServerResponse | undefined;
    // Headers, then a body that never ends: only the client closing the socket ends this response.
    const server = await startServer((_req, res) => {
      open = res;
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding });
      res.write('x');
    });
    try {
      const fetcher = loopbackFetcher(server.port, { timeoutMs: 60_000, maxHtmlBytes: 1024, maxFeedBytes: 1024 });
      await assert.rejects(
        fetcher.fetch({ url: `${server.url}/`, kind: 'html' }),
        (error: unknown) => error instanceof FailureError && error.kind === 'network',
      );
      if (!open!.destroyed) await once(open!, 'close');
    } finally {
      await server.close();
    }
  });
}
