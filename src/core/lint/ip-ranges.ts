// IPv4/IPv6 literal parsing and the special ranges an SSRF probe aims at. Text only.

/** The ranges an address can fall in; url-risk.ts names them among its URL reasons. */
export type IpReason = 'loopback' | 'link-local' | 'private-address';

/** An IPv4 address as a 32-bit number. Accepts dotted quads and the forms URL parsers also
 * accept (`2852039166`, `0xA9FEA9FE`, `0251.0376.0251.0376`, `127.1`). */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p.slice(1), 8);
    else if (/^\d+$/.test(p)) n = Number(p);
    else return undefined;
    nums.push(n);
  }
  const last = nums.pop() ?? 0;
  if (nums.some((n) => n > 255) || last >= 2 ** (8 * (4 - nums.length))) return undefined;
  return nums.reduce((acc, n, i) => acc + n * 2 ** (24 - 8 * i), 0) + last;
}

function inV4(ip: number, base: string, bits: number): boolean {
  const b = parseIpv4(base) ?? 0;
  const size = 2 ** (32 - bits);
  return Math.floor(ip / size) === Math.floor(b / size);
}

export function ipv4Risk(ip: number): IpReason[] {
  if (inV4(ip, '127.0.0.0', 8) || inV4(ip, '0.0.0.0', 8)) return ['loopback'];
  if (inV4(ip, '169.254.0.0', 16)) return ['link-local'];
  const priv = [
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['100.64.0.0', 10],
  ] as const;
  if (priv.some(([base, bits]) => inV4(ip, base, bits))) return ['private-address'];
  return [];
}

/** Eight 16-bit groups of an IPv6 literal (no brackets, no zone), or undefined. */
export function parseIpv6(text: string): number[] | undefined {
  let s = text.toLowerCase().replace(/%.*$/, '');
  // A trailing dotted IPv4 (::ffff:1.2.3.4) becomes two hex groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s)?.[1];
  if (v4) {
    const n = parseIpv4(v4);
    if (n === undefined) return undefined;
    s = `${s.slice(0, -v4.length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const read = (h: string) =>
    h === '' ? [] : h.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
  const head = read(halves[0] ?? '');
  const rest = read(halves[1] ?? '');
  const gap = halves.length === 2 ? Math.max(0, 8 - head.length - rest.length) : 0;
  const groups = [...head, ...new Array<number>(gap).fill(0), ...rest];
  if (groups.length !== 8 || groups.some((g) => Number.isNaN(g))) return undefined;
  return groups;
}

export function ipv6Risk(text: string): IpReason[] {
  const g = parseIpv6(text);
  if (!g) return [];
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) carry an IPv4 address.
  if (zeroUpTo(5) && (g5 === 0xffff || (g5 === 0 && g6 !== 0))) return ipv4Risk(g6 * 65536 + g7);
  if (zeroUpTo(7) && (g7 === 1 || g7 === 0)) return ['loopback'];
  if ((g0 & 0xffc0) === 0xfe80) return ['link-local'];
  if ((g0 & 0xfe00) === 0xfc00) return ['private-address'];
  return [];
}
