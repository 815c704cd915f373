import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAddressPolicy } from '../../../src/services/fetcher/address-policy.js';
import { isPublicAddress } from '../../../src/services/fetcher/index.js';

const BLOCKED: [string, string][] = [
  ['127.0.0.1', 'loopback'],
  ['10.1.2.3', 'private 10/8'],
  ['172.16.0.1', 'private 172.16/12'],
  ['172.31.255.254', 'private 172.16/12, top'],
  ['192.168.1.1', 'private 192.168/16'],
  ['100.64.0.1', 'CGNAT 100.64/10'],
  ['169.254.169.254', 'link-local cloud metadata'],
  ['0.0.0.0', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['198.18.0.1', 'benchmarking (reserved)'],
  ['::1', 'IPv6 loopback'],
  ['::', 'IPv6 unspecified'],
  ['fe80::1', 'IPv6 link-local'],
  ['fe80::1%eth0', 'IPv6 link-local with zone'],
  ['fc00::1', 'IPv6 ULA'],
  ['fd12:3456::1', 'IPv6 ULA fd'],
  ['ff02::1', 'IPv6 multicast'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
  ['::ffff:8.8.8.8', 'IPv4-mapped, even of a public address'],
  ['::7f00:1', 'IPv4-compatible (deprecated) loopback'],
  ['64:ff9b::7f00:1', 'NAT64 of loopback'],
  ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
  ['2002:7f00:1::', '6to4 of loopback'],
  ['2002:c0a8:101::1', '6to4 of 192.168.1.1'],
  ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo with loopback client'],
  ['2001:db8::1', 'documentation'],
  ['not-an-ip', 'a hostname'],
  ['0x7f.1', 'a non-canonical spelling (WHATWG URL would have normalised it)'],
  ['127.1', 'a short spelling'],
];

const ALLOWED: [string, string][] = [
  ['8.8.8.8', 'public IPv4'],
  ['93.184.216.34', 'public IPv4'],
  ['2606:4700::1111', 'public IPv6'],
  ['2a00:1450:4001:81c::200e', 'public IPv6'],
];

for (const [address, why] of BLOCKED) {
  test(`isPublicAddress refuses ${address} (${why})`, () => assert.equal(isPublicAddress(address), false));
}
for (const [address, why] of ALLOWED) {
  test(`isPublicAddress accepts ${address} (${why})`, () => assert.equal(isPublicAddress(address), true));
}

test('an empty allow-list lets only public addresses through', () => {
  const policy = createAddressPolicy([]);
  assert.equal(policy.allows('news.example', '8.8.8.8'), true);
  assert.equal(policy.allows('localhost', '127.0.0.1'), false);
  assert.equal(policy.allows('127.0.0.1', '127.0.0.1'), false);
});

const POLICY_CASES: { allow: string[]; hostname: string; address: string; allowed: boolean }[] = [
  { allow: ['127.0.0.1'], hostname: '127.0.0.1', address: '127.0.0.1', allowed: true },
  { allow: ['127.0.0.1'], hostname: 'anything.example', address: '127.0.0.1', allowed: true },
  { allow: ['127.0.0.1'], hostname: '127.0.0.2', address: '127.0.0.2', allowed: false },
  { allow: ['127.0.0.1'], hostname: 'x.example', address: '::ffff:127.0.0.1', allowed: true },
  // The allow-list opens exactly what it names: these spellings carry 127.0.0.1 but reach other hosts.
  { allow: ['127.0.0.1'], hostname: 'x.example', address: '64:ff9b::7f00:1', allowed: false },
  { allow: ['127.0.0.1'], hostname: 'x.example', address: '2002:7f00:1::', allowed: false },
  { allow: ['127.0.0.1'], hostname: 'x.example', address: '2001:0:4136:e378:8000:63bf:80ff:fffe', allowed: false },
  { allow: ['127.0.0.1'], hostname: 'x.example', address: '::7f00:1', allowed: false },
  { allow: ['127.0.0.1'], hostname: '[64:ff9b::7f00:1]', address: '64:ff9b::7f00:1', allowed: false },
  { allow: ['64:ff9b::/96'], hostname: 'x.example', address: '64:ff9b::7f00:1', allowed: true },
  { allow: ['127.0.0.0/8'], hostname: '127.0.0.2', address: '127.0.0.2', allowed: true },
  { allow: ['127.0.0.0/8'], hostname: 'x.example', address: '10.0.0.1', allowed: false },
  { allow: ['::1'], hostname: '::1', address: '::1', allowed: true },
  { allow: ['::1'], hostname: '127.0.0.1', address: '127.0.0.1', allowed: false },
  { allow: ['localhost'], hostname: 'LOCALHOST.', address: '127.0.0.1', allowed: true },
  { allow: ['localhost'], hostname: 'evil.example', address: '127.0.0.1', allowed: false },
  { allow: [' intranet.example ', ''], hostname: 'intranet.example', address: '10.0.0.7', allowed: true },
  { allow: ['intranet.example'], hostname: 'sub.intranet.example', address: '10.0.0.7', allowed: false },
];

for (const { allow, hostname, address, allowed } of POLICY_CASES) {
  test(`allow-list ${JSON.stringify(allow)}: ${hostname} → ${address} is ${allowed ? 'allowed' : 'refused'}`, () => {
    assert.equal(createAddressPolicy(allow).allows(hostname, address), allowed);
  });
}
