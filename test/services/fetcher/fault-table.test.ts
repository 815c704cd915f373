import assert from 'node:assert/strict';
import { lookup } from 'node:dns/promises';
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import { type FailureKind, isFailure } from '../../../src/services/errors.js';
import { createFetcher, type Resolver } from '../../../src/services/fetcher/index.js';
import { type Handler, startServer, type TestServer } from '../../helpers/http-server.js';

/**
 * One table of hostile servers, each a real HTTP server on 127.0.0.1: what the server does, the
 * failure a user would be told about, and what the fetcher really did. Every server is driven by
 * events (a request, a timer the test owns, the client closing), never by sleeps, and every case
 * also checks that the fetcher let go of the connection, so a leak shows as a failed test.
 */

const CAP = 256 * 1024;
/** Long enough for any honest case on a loaded machine; a hang shows up as 'timeout' instead of the expected kind. */
const ROOMY_DEADLINE_MS = 5000;
/** For the cases whose point is the deadline. */
const TINY_DEADLINE_MS = 200;
/** A safety net so a broken fetcher fails the test instead of hanging the run; not a timing assertion. */
const HANG_GUARD = { timeout: 20_000 };
/** A made-up host name for the test server, the only name allow-listed, so no redirect target is. */
const ORIGIN_HOST = 'origin.test';
/** A name the fake DNS never answers for. */
const SILENT_DNS_HOST = 'silent-dns.test';
/** A name the fake DNS answers with 127.0.0.1, as a hostile site's own DNS could. */
const LOOPBACK_NAME = 'loopback.test';

type Outcome = FailureKind | 'ok';

interface FaultCase {
  name: string;
  expected: Outcome;
  /** What the server at /fault/<index> does. */
  serve: Handler;
  timeoutMs?: number;
}

/** Responses the server opened for the case now running, to check the fetcher closed them. */
let opened: ServerResponse[] = [];

/** Writes a chunk every `everyMs` until the client goes away; the interval is cleared on close. */
function drip(res: ServerResponse, chunk: string, everyMs: number): void {
  const timer = setInterval(() => res.write(chunk), everyMs);
  res.on('close', () => clearInterval(timer));
}

/** An endless stream of zeros, compressed as it is read: only the client hanging up stops it. */
function endlessCompressed(res: ServerResponse, codings: ('gzip' | 'br')[]): void {
  res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': codings.join(', ') });
  const zeros = new Readable({ read: () => void zeros.push(Buffer.alloc(64 * 1024)) });
  // Flushed on every write, so compressed bytes go out as they are made instead of waiting for a full block.
  const stages = codings.map((coding) =>
    coding === 'gzip'
      ? createGzip({ flush: constants.Z_SYNC_FLUSH })
      : createBrotliCompress({ flush: constants.BROTLI_OPERATION_FLUSH }),
  );
  stages.reduce<NodeJS.ReadableStream>((source, stage) => source.pipe(stage), zeros).pipe(res);
  res.on('close', () => {
    zeros.destroy();
    for (const stage of stages) stage.destroy();
  });
}

/** A whole bomb in one small answer: 10 MiB of spaces, a few KiB on the wire, with an honest Content-Length. */
function oneShotBomb(coding: 'gzip' | 'br'): Handler {
  const plain = Buffer.alloc(10 * 1024 * 1024, 0x20);
  const bomb = coding === 'gzip' ? gzipSync(plain) : brotliCompressSync(plain);
  assert.ok(bomb.length < CAP, 'the bomb is small on the wire');
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': coding, 'content-length': bomb.length });
    res.end(bomb);
  };
}

function redirect(location: string): Handler {
  return (_req, res) => {
    res.writeHead(302, { location: location.replace('PORT', String(server.port)) });
    res.end();
  };
}

const SERVER_CASES: FaultCase[] = [
  {
    name: 'slow headers: the server reads the request and never answers',
    expected: 'timeout',
    timeoutMs: TINY_DEADLINE_MS,
    serve: () => {},
  },
  {
    name: 'drip-fed body: headers at once, then a byte every few milliseconds, forever',
    expected: 'timeout',
    timeoutMs: TINY_DEADLINE_MS,
    serve: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      drip(res, '.', 5);
    },
  },
  {
    name: 'drip-fed headers: the status line, then a header byte now and then',
    expected: 'timeout',
    timeoutMs: TINY_DEADLINE_MS,
    serve: (req) => {
      req.socket.write('HTTP/1.1 200 OK\r\nX-Slow: ');
      const timer = setInterval(() => req.socket.write('a'), 5);
      req.socket.on('close', () => clearInterval(timer));
    },
  },
  {
    name: 'connection reset mid-body',
    expected: 'network',
    serve: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      res.write('<p>first part', () => res.socket?.resetAndDestroy());
    },
  },
  {
    name: 'connection closed mid-body of a chunked answer',
    expected: 'network',
    serve: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>first part', () => res.socket?.destroy());
    },
  },
  {
    name: 'Content-Length longer than what is sent, then the server hangs up',
    expected: 'network',
    serve: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      res.write('<p>only this</p>', () => res.socket?.end());
    },
  },
  {
    name: 'Content-Length longer than what is sent, and the server keeps the connection open',
    expected: 'timeout',
    timeoutMs: TINY_DEADLINE_MS,
    serve: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      res.write('<p>only this</p>');
    },
  },
  {
    name: 'Content-Length shorter than what is sent: the declared bytes are the page',
    expected: 'ok',
    serve: (req) => {
      const body = '<p>declared</p><p>smuggled</p>';
      req.socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 15\r\n\r\n${body}`);
    },
  },
  {
    name: 'Content-Length over the cap is refused before the body is read',
    expected: 'too-large',
    serve: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 ** 3) });
      res.write('<p>');
    },
  },
  {
    name: 'endless chunked body (no Content-Length) stops at the cap',
    expected: 'too-large',
    serve: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
  },
  {
    name: 'gzip bomb: an endless gzip stream stops at the decompressed cap while reading',
    expected: 'too-large',
    serve: (_req, res) => endlessCompressed(res, ['gzip']),
  },
  {
    name: 'brotli bomb: an endless brotli stream stops at the decompressed cap while reading',
    expected: 'too-large',
    serve: (_req, res) => endlessCompressed(res, ['br']),
  },
  {
    name: 'gzip bomb: one small answer that inflates to 10 MiB is cut off at the decompressed cap',
    expected: 'too-large',
    serve: oneShotBomb('gzip'),
  },
  {
    name: 'brotli bomb: one small answer that inflates to 10 MiB is cut off at the decompressed cap',
    expected: 'too-large',
    serve: oneShotBomb('br'),
  },
  {
    name: 'double bomb: an endless stream gzipped twice (a million to one) stops at the decompressed cap',
    expected: 'too-large',
    serve: (_req, res) => endlessCompressed(res, ['gzip', 'gzip']),
  },
  {
    name: 'an error status with an endless body is refused without reading it',
    expected: 'http-status',
    serve: (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      drip(res, '.', 5);
    },
  },
  {
    name: 'a redirect to a name whose DNS never answers',
    expected: 'timeout',
    timeoutMs: TINY_DEADLINE_MS,
    serve: redirect(`http://${SILENT_DNS_HOST}:PORT/`),
  },
  {
    name: 'a gzip body that is not gzip',
    expected: 'network',
    serve: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end('<p>plain text, not gzip</p>');
    },
  },
  {
    name: 'endless headers: header lines with no end',
    expected: 'network',
    serve: (req) => {
      req.socket.write('HTTP/1.1 200 OK\r\n');
      const pump = (): void => {
        while (!req.socket.destroyed && req.socket.write('X-Filler: aaaaaaaaaaaaaaaa\r\n'));
        if (!req.socket.destroyed) req.socket.once('drain', pump);
      };
      pump();
    },
  },
  {
    name: 'endless informational (103 Early Hints) answers, never a final one',
    expected: 'timeout',
    timeoutMs: TINY_DEADLINE_MS,
    serve: (req) => {
      const timer = setInterval(() => req.socket.write('HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n'), 5);
      req.socket.on('close', () => clearInterval(timer));
    },
  },
  {
    name: 'a 101 Switching Protocols answer to a plain GET',
    expected: 'network',
    serve: (req) => {
      req.socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    },
  },
  {
    name: 'endless redirects (each hop to the next)',
    expected: 'too-many-redirects',
    serve: (req, res) => {
      res.writeHead(302, { location: `${req.url}x` });
      res.end();
    },
  },
];

/** Every spelling of loopback a redirect might use; WHATWG URL parsing and DNS must not let one through. */
const LOOPBACK_SPELLINGS: [string, string][] = [
  ['127.0.0.1', 'dotted decimal'],
  ['2130706433', 'decimal'],
  ['0177.0.0.1', 'octal'],
  ['0x7f000001', 'hex'],
  ['0x7f.1', 'hex, short'],
  ['127.1', 'short'],
  ['127.0.0.2', 'another loopback address'],
  ['127.000.000.001', 'zero-padded (read as octal)'],
  // Percent-encoded UTF-8, as a Location header carries it; WHATWG URL decodes and IDNA-maps it to 127.0.0.1.
  ['%EF%BC%91%EF%BC%92%EF%BC%97.%EF%BC%90.%EF%BC%90.%EF%BC%91', 'full-width digits'],
  ['0.0.0.0', 'unspecified (reaches the local host on Linux)'],
  ['0', 'unspecified, short'],
  ['[::1]', 'IPv6 loopback'],
  ['[::ffff:127.0.0.1]', 'IPv4-mapped'],
  ['[64:ff9b::7f00:1]', 'NAT64'],
  ['[2002:7f00:1::]', '6to4'],
  ['[2001:0:4136:e378:8000:63bf:80ff:fffe]', 'Teredo with a loopback client'],
  ['[::7f00:1]', 'IPv4-compatible'],
  ['localhost', 'a name the system resolves to loopback'],
  [LOOPBACK_NAME, 'a name whose DNS answer is 127.0.0.1'],
  ['169.254.169.254', 'cloud metadata'],
];

const REDIRECT_CASES: FaultCase[] = LOOPBACK_SPELLINGS.map(([host, spelling]) => ({
  name: `redirect to http://${host}:port/ (${spelling}) with nothing but the origin allow-listed`,
  expected: 'blocked-address',
  serve: redirect(`http://${host}:PORT/`),
}));

const CASES = [...SERVER_CASES, ...REDIRECT_CASES];

/** The origin, the loopback name and the silent name are ours; every other name goes to the system resolver (localhost). */
const resolve: Resolver = async (hostname) => {
  if (hostname === SILENT_DNS_HOST) return new Promise(() => {});
  if (hostname === ORIGIN_HOST || hostname === LOOPBACK_NAME) return [{ address: '127.0.0.1', family: 4 }];
  return (await lookup(hostname, { all: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));
};

let server: TestServer;
before(async () => {
  server = await startServer((req, res) => {
    opened.push(res);
    const index = Number(/^\/fault\/(\d+)/.exec(req.url ?? '')?.[1]);
    const fault = CASES[index];
    if (fault) return fault.serve(req, res);
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>reached a page that should have been blocked</p>');
  });
});
after(() => server.close());

/** A fetcher for the test server: its port allowed, and only the names in `allowPrivateHosts` let through to loopback. */
function fetcherFor(timeoutMs: number, allowPrivateHosts: string[] = [ORIGIN_HOST]) {
  return createFetcher({
    timeoutMs,
    maxHtmlBytes: CAP,
    maxFeedBytes: CAP,
    allowPorts: [server.port],
    allowPrivateHosts,
    resolve,
  });
}

const faultUrl = (index: number) => `http://${ORIGIN_HOST}:${server.port}/fault/${index}`;

/** The failure kind a fetch ends with, or 'ok'; anything but a FailureError is a bug and is rethrown. */
async function outcome(fetching: Promise<unknown>): Promise<Outcome> {
  try {
    await fetching;
    return 'ok';
  } catch (error) {
    if (isFailure(error)) return error.kind;
    throw error;
  }
}

CASES.forEach((fault, index) => {
  test(`${fault.name} → ${fault.expected}`, HANG_GUARD, async (t) => {
    opened = [];
    const fetcher = fetcherFor(fault.timeoutMs ?? ROOMY_DEADLINE_MS);
    const got = await outcome(fetcher.fetch({ url: faultUrl(index), kind: 'html' }));
    t.diagnostic(`expected ${fault.expected}, got ${got}`);
    assert.equal(got, fault.expected, `${fault.name}: expected ${fault.expected}, got ${got}`);
    // Nothing hangs on the server's side either: the fetcher has closed every connection it opened.
    for (const res of opened) if (!res.closed) await once(res, 'close');
  });
});

test('the short Content-Length answer is exactly the declared bytes, not what came after', async () => {
  const index = CASES.findIndex((fault) => fault.name.startsWith('Content-Length shorter'));
  const response = await fetcherFor(ROOMY_DEADLINE_MS).fetch({ url: faultUrl(index), kind: 'html' });
  assert.equal(response.text, '<p>declared</p>');
});

test(
  'no loopback spelling is reached directly either when nothing is allow-listed, and nothing is sent',
  HANG_GUARD,
  async () => {
    const fetcher = fetcherFor(ROOMY_DEADLINE_MS, []);
    const before = server.requests.length;
    const results = [];
    for (const [host, spelling] of LOOPBACK_SPELLINGS) {
      const got = await outcome(fetcher.fetch({ url: `http://${host}:${server.port}/`, kind: 'html' }));
      results.push({ spelling, host, got });
    }
    assert.deepEqual(
      results.filter((result) => result.got !== 'blocked-address'),
      [],
    );
    assert.equal(server.requests.length, before);
  },
);
