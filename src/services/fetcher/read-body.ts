import type { IncomingMessage } from 'node:http';
import { type Readable, type Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FailureError } from '../errors.js';

// Undici caps a Content-Encoding chain at 5 after CVE-2026-22036; nobody legitimately sends more than 2.
const MAX_CODINGS = 2;

function decoder(coding: string): Transform | null {
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
  if (coding === 'deflate') return createInflate();
  if (coding === 'br') return createBrotliDecompress();
  return null;
}

/** The decoders for a Content-Encoding header, innermost coding last as the header lists them. */
function decodersFor(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > MAX_CODINGS) throw new FailureError('network', `Too many content encodings: ${contentEncoding}`);
  return codings.reverse().map((coding) => {
    const transform = decoder(coding);
    if (!transform) throw new FailureError('network', `Unsupported content encoding: ${coding}`);
    return transform;
  });
}

/** The too-large failure, worded for the log; userMessage() words it for people. */
export function tooLarge(limit: number): FailureError {
  return new FailureError('too-large', `The body is larger than ${limit} bytes`);
}

/**
 * Read a response body, decompressing it, and fail with `too-large` the moment the decoded bytes
 * pass `limit`: the cap is counted after decompression so a gzip bomb stops at the cap (miniflux).
 */
export async function readBody(response: IncomingMessage, limit: number, signal: AbortSignal): Promise<Buffer> {
  let decoders: Transform[];
  try {
    decoders = decodersFor(response.headers['content-encoding']);
  } catch (error) {
    // Nothing is piped yet, so nothing else would close the socket.
    response.destroy();
    throw error;
  }
  return readCapped(response, decoders, limit, signal);
}

/**
 * Read `source` through `decoders` into one buffer, failing with `too-large` as soon as the decoded
 * bytes pass `limit` (the source is destroyed then, so no more is read). The CLI reads local files this way too.
 */
export async function readCapped(
  source: Readable,
  decoders: Transform[],
  limit: number,
  signal?: AbortSignal,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const collector = new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > limit) return done(tooLarge(limit));
      chunks.push(chunk);
      done();
    },
  });
  await (pipeline as (...streams: unknown[]) => Promise<void>)(source, ...decoders, collector, { signal });
  return Buffer.concat(chunks, total);
}
