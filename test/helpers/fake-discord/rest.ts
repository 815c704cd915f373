import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApiError, apiError, describeProblems, type FieldProblem, invalidFormBody } from './api-error.js';
import type { FakeContext } from './context.js';
import type { Faults } from './faults.js';
import { readBody, type UploadedFile, writeResponse } from './http.js';

/** A REST request after parsing: `path` is decoded and relative to `/api/v10`. */
export type RouteParams = [string, string, string];

/** A route's capture groups as a fixed tuple, so handlers read `params[1]` without a check. */
function routeParams(match: RegExpExecArray): RouteParams {
  return [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
}

export interface RestRequest {
  method: string;
  path: string;
  /** Capture groups of the route pattern (routes have at most three; a group that did not match is ''). */
  params: RouteParams;
  query: URLSearchParams;
  body: any;
  files: UploadedFile[];
}

/** A handler's answer; `reason` explains a refusal in the violations list. */
export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  reason?: string;
  /** A 4xx that correct code can meet (e.g. fetching a deleted message): not a violation. */
  benign?: boolean;
}

/** One endpoint. `bot` routes need `Authorization: Bot <token>`; interaction and webhook-token routes need none (notes §3). */
export interface Route {
  method: string;
  pattern: RegExp;
  bot: boolean;
  handle(req: RestRequest, ctx: FakeContext): RestResponse;
}

/** Every REST request the fake answered, for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
  /** Whether an Authorization header was sent (interaction routes should have none). */
  auth: boolean;
  status: number;
  response: unknown;
  /** Fake-clock time. */
  at: number;
}

/** 200 with a JSON body. */
export const ok = (body: unknown): RestResponse => ({ status: 200, body });
/** 204 No Content. */
export const noContent = (): RestResponse => ({ status: 204 });
/** A refusal with Discord's error body. */
export const refuse = (error: ApiError, reason?: string): RestResponse => ({
  status: error.status,
  body: { code: error.code, message: error.message, ...(error.errors ? { errors: error.errors } : {}) },
  reason,
});
/** 400 50035 for field problems, with the problems spelled out in the violation. */
export const refuseForm = (problems: FieldProblem[]): RestResponse => {
  return refuse(invalidFormBody(problems), describeProblems(problems));
};

const API_PREFIX = '/api/v10';

/** Maps a request to a route; unknown paths are 404s (and violations, so gaps in the fake show up). */
function route(routes: Route[], req: RestRequest, authorized: boolean, ctx: FakeContext): RestResponse {
  const candidates = routes.flatMap((r) => {
    const match = r.pattern.exec(req.path);
    return match ? [{ r, match }] : [];
  });
  if (candidates.length === 0)
    return refuse(apiError(404, 0, '404: Not Found'), 'the fake does not implement this route');
  const found = candidates.find((c) => c.r.method === req.method);
  if (!found)
    return refuse(apiError(405, 0, '405: Method Not Allowed'), 'the fake does not implement this method here');
  if (found.r.bot && !authorized) return refuse(apiError(401, 0, '401: Unauthorized'), 'missing or wrong bot token');
  return found.r.handle({ ...req, params: routeParams(found.match) }, ctx);
}

/** The HTTP handler: faults first, then routing, then recording, violations and waking waiters. */
export function createRestHandler(
  ctx: FakeContext,
  routes: Route[],
  faults: Faults,
  recorded: RecordedRequest[],
  violations: string[],
  notify: () => void,
) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    // discord-api-types percent-encodes route arguments (`@original` arrives as `%40original`).
    const path = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length).split('/').map(decodeURIComponent).join('/')
      : url.pathname;
    const parsed = await readBody(req);
    const authHeader = req.headers.authorization;
    const request: RestRequest = {
      method,
      path,
      params: ['', '', ''],
      query: url.searchParams,
      body: parsed.ok ? parsed.body : undefined,
      files: parsed.ok ? parsed.files : [],
    };
    const fault = faults.take(method, path, ctx.clock.now());
    let answer: RestResponse;
    if (fault) answer = fault;
    else if (!url.pathname.startsWith(API_PREFIX))
      answer = refuse(
        apiError(404, 0, '404: Not Found'),
        `only ${API_PREFIX} is served (is rest.api set to the fake's apiBase?)`,
      );
    else if (!parsed.ok) answer = refuse(apiError(parsed.status, parsed.code, parsed.message));
    else answer = route(routes, request, authHeader === `Bot ${ctx.token}`, ctx);

    recorded.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: request.body,
      files: request.files,
      auth: authHeader !== undefined,
      status: answer.status,
      response: answer.body,
      at: ctx.clock.now(),
    });
    // Every 4xx the bot provokes is a rule it broke, except injected faults and benign answers.
    if (!fault && answer.status >= 400 && answer.status < 500 && !answer.benign) {
      const body = answer.body as { code?: number; message?: string } | undefined;
      violations.push(
        `${method} ${path} → ${answer.status} ${body?.code ?? ''} ${body?.message ?? ''}${answer.reason ? `: ${answer.reason}` : ''}`,
      );
    }
    writeResponse(res, answer.status, answer.body, answer.headers, notify);
  };
}
