import type { IncomingMessage } from 'node:http';
import { decodeText } from '../charset.js';
import { FailureError } from '../errors.js';
import { acceptsContentType, sniffsAsHtml } from './content-type.js';
import { readBody, tooLarge } from './read-body.js';
import { parseRetryAfter } from './retry-after.js';
import type { FetchRequest, FetchResponse } from './types.js';

/** A header's value, the first one if it was sent twice. */
export function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function statusFailure(response: IncomingMessage): FailureError {
  const status = response.statusCode ?? 0;
  // The feed scheduler backs off by this on 429 and 503 (miniflux does the same).
  const retryAfterSeconds =
    status === 429 || status === 503 ? parseRetryAfter(header(response, 'retry-after')) : undefined;
  return new FailureError(
    'http-status',
    `The server answered ${status}`,
    retryAfterSeconds === undefined ? { status } : { status, retryAfterSeconds },
  );
}

/**
 * Turn the last hop's response into a FetchResponse, or a failure: 304 to a conditional request,
 * non-2xx status, refused content type and declared oversize are all decided before the body is read.
 */
export async function readResponse(
  url: URL,
  response: IncomingMessage,
  request: FetchRequest,
  limit: number,
  signal: AbortSignal,
): Promise<FetchResponse> {
  const status = response.statusCode ?? 0;
  const contentType = header(response, 'content-type') ?? '';
  // Validators fall back to the request's, so the caller can store whatever comes back.
  const etag = header(response, 'etag') ?? request.etag;
  const lastModified = header(response, 'last-modified') ?? request.lastModified;
  if (status === 304 && (request.etag || request.lastModified)) {
    response.destroy();
    return {
      url: url.href,
      status,
      notModified: true,
      contentType,
      body: Buffer.alloc(0),
      text: '',
      charset: '',
      etag,
      lastModified,
    };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    throw statusFailure(response);
  }
  if (!acceptsContentType(request.kind, contentType)) {
    response.destroy();
    throw new FailureError('not-html', `Refused content type ${contentType}`, { contentType });
  }
  if (Number(header(response, 'content-length')) > limit) {
    response.destroy();
    throw tooLarge(limit);
  }
  const body = await readBody(response, limit, signal);
  if (request.kind === 'html' && contentType === '' && !sniffsAsHtml(body)) {
    throw new FailureError('not-html', 'No content type, and the body is not HTML', { contentType });
  }
  const { text, charset } = decodeText(body, contentType);
  return { url: url.href, status, notModified: false, contentType, body, text, charset, etag, lastModified };
}
