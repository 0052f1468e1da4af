// Validation of a JWE ephemeral public key (`epk`, RFC 7518 §4.6.1.1): the curve is one that
// ECDH-ES may use, coordinates have the curve's exact length, and the point is a valid public
// key (on the curve for NIST curves; not a small-order point for X25519/X448).
import { curveOf, curves } from '../algorithms';
import { pointProblem } from '../crypto/curves';

/** Curves ECDH-ES may use (RFC 7518 §4.6, RFC 8037 §3.2), from the curve table: "P-256, … or X448". */
const ECDH_CURVES = curves
  .filter((c) => c.ecdh)
  .map((c) => c.crv)
  .join(', ')
  .replace(/, (?=[^,]*$)/, ' or ');
/** Montgomery curves: the field prime and the u-coordinates of small-order points. */
const MONTGOMERY: Record<string, { p: bigint; lowOrder: bigint[] }> = {
  X25519: {
    p: 2n ** 255n - 19n,
    // u-coordinates of the points of order 1, 2, 4 and 8 (RFC 7748 §6.1 asks to reject an all-zero result).
    lowOrder: [
      0n,
      1n,
      0x00b8495f16056286fdb1329ceb8d09da6ac49ff1fae35616aeb8413b7c7aebe0n,
      0x57119fd0dd4e22d8868e1c58c45c44045bef839c55b1d0b1248c50a3bc959c5fn,
    ],
  },
  X448: { p: 2n ** 448n - 2n ** 224n - 1n, lowOrder: [0n, 1n] },
};

/** One sentence on what is wrong with `epk`, or undefined when it is a valid key. */
export function epkProblem(epk: unknown): string | undefined {
  if (typeof epk !== 'object' || epk === null || Array.isArray(epk)) {
    return epk === undefined ? 'ECDH-ES requires an `epk` (ephemeral public key), but the header has none.' : '`epk` is not a JSON object.';
  }
  const { kty, crv, x, y } = epk as Record<string, unknown>;
  if (typeof crv !== 'string') return '`epk` has no `crv`, so its curve is unknown.';
  const curve = curveOf(crv);
  if (!curve?.ecdh) return `\`epk\` uses curve ${crv}, which ECDH-ES does not allow (${ECDH_CURVES}).`;
  if (kty !== curve.kty) return `\`epk\` on ${crv} must have \`kty\` ${curve.kty}, not ${JSON.stringify(kty)}.`;
  const mont = MONTGOMERY[crv];
  const size = curve.coordinateBytes;
  const xb = coordinate(x);
  if (!xb || xb.length !== size) return `\`epk\` x must be ${size} bytes of base64url for ${crv}, but ${describe(x, xb)}.`;
  if (mont) {
    const u = littleEndian(xb);
    if (u >= mont.p) return `\`epk\` x is not a canonical ${crv} value (it is not below the field prime).`;
    if (mont.lowOrder.includes(u) || u === mont.p - 1n) return `\`epk\` is a small-order ${crv} point, which forces a predictable shared secret.`;
    return undefined;
  }
  const yb = coordinate(y);
  if (!yb || yb.length !== size) return `\`epk\` y must be ${size} bytes of base64url for ${crv}, but ${describe(y, yb)}.`;
  if (pointProblem(crv, xb, yb)) {
    return `\`epk\` (x, y) is not a point on ${crv}: an invalid-curve attack can recover the recipient's private key from a lax decrypter.`;
  }
  return undefined;
}

function coordinate(value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]*$/.test(value) || value.length % 4 === 1) return undefined;
  const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function describe(value: unknown, bytes: Uint8Array | undefined): string {
  if (value === undefined) return 'it is missing';
  if (!bytes) return 'it is not base64url text';
  return `it is ${bytes.length} bytes`;
}

function bigEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function littleEndian(bytes: Uint8Array): bigint {
  return bigEndian(Uint8Array.from(bytes).reverse());
}
