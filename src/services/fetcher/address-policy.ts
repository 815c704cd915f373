import ipaddr from 'ipaddr.js';

/**
 * Which addresses a fetch may connect to. Anything ipaddr.js does not call 'unicast' is refused
 * (loopback, RFC 1918, link-local incl. 169.254.169.254, CGNAT, multicast, unspecified, reserved,
 * ULA, IPv4-mapped, NAT64, 6to4, Teredo…), as request-filtering-agent does (notes/security.md §5).
 */
type Address = ipaddr.IPv4 | ipaddr.IPv6;

function parse(address: string): Address | null {
  // Only canonical spellings: WHATWG URL parsing and DNS hand us those; '0x7f.1' here means a bug upstream.
  if (!ipaddr.IPv4.isValidFourPartDecimal(address) && !ipaddr.IPv6.isValid(address)) return null;
  return ipaddr.parse(address);
}

function ipv4FromBits(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/**
 * The IPv4 address an IPv6 address carries, if it is one of the forms that tunnel or translate to
 * IPv4: mapped ::ffff:0:0/96, IPv4-compatible ::/96 (RFC 4291 §2.5.5.1), RFC 6145 ::ffff:0:0:0/96,
 * NAT64 64:ff9b::/96, 6to4 2002::/16 (bits 16–47), Teredo 2001::/32 (client = last 32 bits inverted).
 */
export function embeddedIPv4(address: Address): ipaddr.IPv4 | null {
  if (address.kind() === 'ipv4') return null;
  // An IPv6 address always has eight 16-bit parts; read as a tuple so each one is a number.
  const p = (address as ipaddr.IPv6).parts as [number, number, number, number, number, number, number, number];
  const range = address.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return ipv4FromBits(p[6], p[7]);
  if (p.slice(0, 6).every((part) => part === 0) && (p[6] !== 0 || p[7] > 1)) return ipv4FromBits(p[6], p[7]);
  if (p[0] === 0x64 && p[1] === 0xff9b && p.slice(2, 6).every((part) => part === 0)) return ipv4FromBits(p[6], p[7]);
  if (range === '6to4') return ipv4FromBits(p[1], p[2]);
  if (range === 'teredo') return ipv4FromBits(~p[6] & 0xffff, ~p[7] & 0xffff);
  return null;
}

/**
 * True only for a global unicast address. Every IPv6 form that carries an IPv4 address is refused
 * whatever it carries (as Mastodon and request-filtering-agent do); the unwrap is a second check
 * that also catches the deprecated IPv4-compatible ::a.b.c.d, which ipaddr.js calls unicast.
 */
export function isPublicAddress(address: string): boolean {
  const parsed = parse(address);
  return parsed !== null && parsed.range() === 'unicast' && embeddedIPv4(parsed) === null;
}

/** Decides whether a hostname may connect to an address, given FETCH_ALLOW_PRIVATE_HOSTS. */
export interface AddressPolicy {
  allows(hostname: string, address: string): boolean;
}

function normalizeHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

/** Build the policy: public addresses always pass; others only for a listed hostname or a listed IP/CIDR. */
export function createAddressPolicy(allowPrivateHosts: readonly string[]): AddressPolicy {
  const hosts = new Set<string>();
  const ranges: [Address, number][] = [];
  for (const entry of allowPrivateHosts.map((raw) => normalizeHost(raw.trim())).filter(Boolean)) {
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (parse(entry)) ranges.push(ipaddr.parseCIDR(`${entry}/${entry.includes(':') ? 128 : 32}`));
    else hosts.add(entry);
  }
  const inRanges = (address: Address): boolean =>
    ranges.some(([network, bits]) => network.kind() === address.kind() && address.match(network, bits));
  return {
    allows(hostname, address) {
      if (isPublicAddress(address)) return true;
      if (hosts.has(normalizeHost(hostname))) return true;
      const parsed = parse(normalizeHost(address));
      if (!parsed) return false;
      // Only the IPv4-mapped form is the same host as the IPv4 address it carries (a dual-stack
      // socket reaches the same peer); NAT64, 6to4, Teredo and IPv4-compatible spellings reach other
      // hosts (a translator, a relay), so an allow-listed 127.0.0.1 does not open them.
      const mapped = parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress();
      return inRanges(parsed) || (mapped && inRanges((parsed as ipaddr.IPv6).toIPv4Address()));
    },
  };
}
