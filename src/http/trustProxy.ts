import { isIP } from 'node:net';

/** The address groups express knows by name (`proxy-addr`). */
const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads CHRONICLE_TRUST_PROXY: the reverse proxies whose `X-Forwarded-For`, `-Host` and `-Proto`
 * are believed, as addresses (`10.0.0.5`, `::1`), subnets (`10.0.0.0/8`, `fd00::/8`) or the names
 * `loopback`, `linklocal` and `uniquelocal`, separated by commas. `true`, `*` or a hop count are
 * refused: a header anyone can send must never decide a client's address or scheme. Returns the
 * entries, or the reason the text is refused.
 */
export function parseTrustProxy(text: string): { entries: string[] } | { problem: string } {
  const entries = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const entry of entries) {
    if (NAMED.has(entry)) continue;
    const [address = '', bits, ...more] = entry.split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const prefixOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (family === 0 || !prefixOk || more.length > 0)
      return {
        problem: `${JSON.stringify(entry)} is not an address, a subnet (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`,
      };
  }
  return { entries };
}
