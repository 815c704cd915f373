/** Which requests a fault applies to: `path` is tested against the decoded path after `/api/v10`. */
export interface FaultMatch {
  method?: string;
  path: RegExp;
}

/** A forced failure: 429 with Discord's rate-limit headers, or a 5xx. */
export interface FaultResponse {
  status: 429 | 500 | 502 | 503;
  /** Seconds, as in `Retry-After` (default 1). */
  retryAfter?: number;
  /** A global rate limit (`X-RateLimit-Global`): @discordjs/rest then pauses every request. */
  global?: boolean;
  /** `X-RateLimit-Scope` for route limits (default `user`). */
  scope?: 'user' | 'shared';
  /** How many matching requests fail (default 1). */
  count?: number;
}

/** A fault's answer. */
export interface FaultReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** Queue of forced failures, consumed by matching requests in order. */
export interface Faults {
  add(match: FaultMatch, response: FaultResponse): void;
  /** The reply for this request if a fault matches (and uses one of its count), else undefined. */
  take(method: string, path: string, nowMs: number): FaultReply | undefined;
}

const STATUS_TEXT: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * A 429 as Discord sends it (DOCS topics/rate-limits.mdx:32-60,105-118). @discordjs/rest reads
 * `Retry-After` (seconds), `X-RateLimit-Remaining`/`-Reset-After`/`-Bucket`, and `X-RateLimit-Global`.
 */
function rateLimited(response: FaultResponse, nowMs: number): FaultReply {
  const retryAfter = response.retryAfter ?? 1;
  const headers: Record<string, string> = {
    'retry-after': String(retryAfter),
    'x-ratelimit-scope': response.global ? 'global' : (response.scope ?? 'user'),
  };
  if (response.global) {
    headers['x-ratelimit-global'] = 'true';
  } else {
    Object.assign(headers, {
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': ((nowMs + retryAfter * 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': retryAfter.toFixed(3),
      'x-ratelimit-bucket': 'fakebucket0000000000000000000000',
    });
  }
  return {
    status: 429,
    headers,
    body: {
      message: 'You are being rate limited.',
      retry_after: retryAfter,
      global: Boolean(response.global),
      ...(response.global ? {} : { code: 0 }),
    },
  };
}

/** Creates an empty fault queue. */
export function createFaults(): Faults {
  const queue: { match: FaultMatch; response: FaultResponse; left: number }[] = [];
  return {
    add(match, response) {
      queue.push({ match, response, left: response.count ?? 1 });
    },
    take(method, path, nowMs) {
      const fault = queue.find(
        (f) => f.left > 0 && (!f.match.method || f.match.method.toUpperCase() === method) && f.match.path.test(path),
      );
      if (!fault) return undefined;
      fault.left -= 1;
      if (fault.response.status === 429) return rateLimited(fault.response, nowMs);
      const status = fault.response.status;
      return { status, headers: {}, body: { message: `${status}: ${STATUS_TEXT[status]}`, code: 0 } };
    },
  };
}
