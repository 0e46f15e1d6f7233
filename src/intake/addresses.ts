import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

// IPv4 ranges no public news site lives in: this host, private networks, carrier NAT, link-local
// (cloud metadata at 169.254.169.254), benchmarking, multicast and reserved.
const PRIVATE_V4: readonly (readonly [number, number])[] = [
  [0x00000000, 8],
  [0x0a000000, 8],
  [0x64400000, 10],
  [0x7f000000, 8],
  [0xa9fe0000, 16],
  [0xac100000, 12],
  [0xc0000000, 24],
  [0xc0000200, 24],
  [0xc0a80000, 16],
  [0xc6120000, 15],
  [0xc6336400, 24],
  [0xcb007100, 24],
  [0xe0000000, 4],
  [0xf0000000, 4],
];

function v4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function privateV4(address: string): boolean {
  const n = v4Number(address);
  return PRIVATE_V4.some(
    ([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)),
  );
}

/** Whether an IP address is loopback, private, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(bare) === 4) return privateV4(bare);
  if (isIP(bare) !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare)?.[1];
  if (mapped !== undefined) return privateV4(mapped);
  if (bare === '::' || bare === '::1') return true;
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast, 2001:db8::/32 documentation.
  return /^(f[cd]|fe[89ab]|ff)/.test(bare) || bare.startsWith('2001:db8:') || bare.startsWith('64:ff9b:');
}

/** How a host name becomes addresses; the system resolver by default, a table in tests. */
export type Resolve = (host: string) => Promise<readonly string[]>;

/** Resolves a host with the system resolver, every address it has. */
export const systemResolve: Resolve = async (host) =>
  (await lookup(host, { all: true })).map((a) => a.address);

/** Why a URL's host may not be fetched (a private or loopback address), or null when it may. */
export async function privateHostReason(url: URL, resolve: Resolve = systemResolve): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly string[];
  try {
    addresses = isIP(host) === 0 ? await resolve(host) : [host];
  } catch (error) {
    return `cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
  const inside = addresses.find(isPrivateAddress);
  return inside === undefined
    ? null
    : `${host} is a private or loopback address (${inside}); pass --allow-private to fetch it`;
}
