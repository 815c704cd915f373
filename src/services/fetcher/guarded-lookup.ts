import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { FailureError } from '../errors.js';
import type { AddressPolicy } from './address-policy.js';
import type { ResolvedAddress, Resolver } from './types.js';

/** The system resolver: every A and AAAA record, in the order the OS gives them. */
export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/** Refuse the host if ANY address is not allowed (Synapse's rule), else keep those of the wanted family. */
function vetAddresses(
  hostname: string,
  addresses: ResolvedAddress[],
  policy: AddressPolicy,
  family: unknown,
): ResolvedAddress[] {
  const blocked = addresses.find(({ address }) => !policy.allows(hostname, address));
  if (blocked)
    throw new FailureError(
      'blocked-address',
      `${hostname} resolves to ${blocked.address}, which is not a public address`,
    );
  const usable = family === 4 || family === 6 ? addresses.filter((entry) => entry.family === family) : addresses;
  if (usable.length === 0) throw new FailureError('network', `${hostname} has no usable address`);
  return usable;
}

/**
 * A `lookup` for http.request that resolves the host once, vets every address, and hands the
 * checked addresses straight to the socket, so a rebinding DNS server gets no second answer.
 */
export function guardedLookup(resolve: Resolver, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        let usable: ResolvedAddress[];
        try {
          usable = vetAddresses(hostname, addresses, policy, options.family);
        } catch (error) {
          return callback(error as NodeJS.ErrnoException, '', 4);
        }
        // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else for one.
        if (options.all) callback(null, usable);
        else {
          // vetAddresses never returns an empty list: it throws instead.
          const [first] = usable as [ResolvedAddress, ...ResolvedAddress[]];
          callback(null, first.address, first.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };
}
