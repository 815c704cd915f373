import { isIP } from 'node:net';
import { FailureError } from '../errors.js';
import { type AddressPolicy, createAddressPolicy } from './address-policy.js';
import type { FetcherOptions } from './types.js';

/** Ports every fetch may use; FETCH_ALLOW_PORTS adds more. */
const DEFAULT_PORTS = [80, 443];

/** The part of the options the URL check needs. */
export type UrlPolicyOptions = Pick<FetcherOptions, 'allowPorts' | 'allowPrivateHosts'>;

/**
 * Parse and vet a URL before any connection: http(s) only, no userinfo, an allowed port, and a
 * literal IP host checked here because Node never calls `lookup` for one (postiz-app#1671). WHATWG
 * parsing has already turned `2130706433`, `0x7f.1` and `127.1` into `127.0.0.1`.
 */
export function checkUrl(
  url: string,
  options: UrlPolicyOptions,
  policy: AddressPolicy = createAddressPolicy(options.allowPrivateHosts),
): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FailureError('invalid-url', `Not a URL: ${url.slice(0, 200)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FailureError('invalid-url', `Only http and https URLs can be fetched, not ${parsed.protocol}`);
  }
  // Credentials in a pasted link would be sent on the user's behalf and end up in logs.
  if (parsed.username || parsed.password)
    throw new FailureError('invalid-url', 'URLs with a user name or password are not fetched', {
      reason: 'credentials',
    });
  if (!parsed.hostname) throw new FailureError('invalid-url', 'The URL has no host');
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  if (!DEFAULT_PORTS.includes(port) && !options.allowPorts.includes(port)) {
    throw new FailureError('blocked-port', `Port ${port} is not allowed`);
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !policy.allows(host, host)) {
    throw new FailureError('blocked-address', `${host} is not a public address`);
  }
  return parsed;
}
