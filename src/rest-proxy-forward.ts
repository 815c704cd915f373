import type { IncomingMessage, ServerResponse } from 'node:http';
import { populateErrorResponse, populateSuccessfulResponse } from '@discordjs/proxy';
import type { REST, RequestMethod } from '@discordjs/rest';

/** Largest request body the proxy holds (Discord's own cap on uploads for most bots is 10 MiB; boosted servers allow more). */
const MAX_BODY_BYTES = 100 * 1024 * 1024;

/**
 * @discordjs/proxy's `proxyRequests`, with the body read first: it hands the request stream to REST
 * as the body, so when REST retries after a 429 or a 5xx the stream is spent and Discord gets an
 * empty body ("Cannot send an empty message", 50006). A buffer can be sent again. The route, the
 * headers passed on and the answers are proxyRequests' own (its exported response helpers).
 */
export function forwardRequests(rest: REST): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization', 'x-audit-log-reason']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    try {
      const body = await readBody(req);
      if (!body) {
        res.statusCode = 413;
        return;
      }
      const answer = await rest.queueRequest({
        fullRoute: url.pathname.replace(/^\/api(\/v\d+)?/, '') as `/${string}`,
        method: (req.method ?? 'GET') as RequestMethod,
        body: body.length > 0 ? body : undefined,
        passThroughBody: true,
        // The caller's Authorization header is passed on; the proxy holds no token.
        auth: false,
        query: url.searchParams,
        headers,
      });
      await populateSuccessfulResponse(res, answer);
    } catch (error) {
      if (populateErrorResponse(res, error)) return;
      // Not an answer from Discord (it could not be reached): a bad gateway, and the caller logs why.
      if (!res.headersSent) res.statusCode = 502;
      throw error;
    } finally {
      res.end();
    }
  };
}

/** The whole request body, or undefined when it is larger than the proxy holds. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
