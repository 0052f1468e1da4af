import type { LintRule, RuleHit } from './types';
import { pastedJwk, userKeys } from './context';
import { COORDINATE_BYTES } from '../crypto/curves';
import { decodeJwkBytes } from '../keys/jwk-bytes';

const RSA_INTEGERS = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];
/** JWK members whose values are base64url (RFC 7517, 7518, 8037, 9964); `x5c` is standard base64. */
const BASE64URL = new Set([...RSA_INTEGERS, 'x', 'y', 'k', 'pub', 'priv', 'x5t', 'x5t#S256']);
/** RFC 8037 §2: OKP public and private keys are exactly this long. */
const OKP_BYTES: Record<string, number> = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };

export const keyEncodingInvalid: LintRule = {
  id: 'key-encoding-invalid',
  severity: 'warning',
  input: 'T+K',
  keyAlone: true,
  title: 'JWK member not in its prescribed form',
  explanation:
    'A member of the JWK does not have the form JWA or RFC 8037 prescribes: an RSA integer with a leading zero octet, an EC `d` that is not the curve\'s full length, or a base64url value with `=` padding or the `+` `/` characters. ' +
    'Strict importers (WebCrypto) reject what lenient ones accept, so the key works in one component only, and a leading-zero `n` changes the RFC 7638 thumbprint, which breaks `kid` and `jkt` matching. ' +
    'An OKP `x` or `d` of the wrong length is an error.',
  references: ['RFC 7518 §2 (Base64urlUInt), §6.2.2.1, §6.3.1.1', 'RFC 8037 §2', 'RFC 7515 §2'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const c of userKeys(ctx)) {
      const jwk = pastedJwk(c);
      if (!jwk) continue;
      const say = (what: string, severity?: 'error') => hits.push({ message: `Your key (${c.label}): ${what}`, ...(severity ? { severity } : {}) });
      const bytes = (name: string) => decodeJwkBytes(jwk[name]);
      const members = Object.entries(jwk).filter(([name, v]) => BASE64URL.has(name) && typeof v === 'string') as [string, string][];
      const oth = Array.isArray(jwk.oth) ? jwk.oth.flatMap((o: unknown) => (typeof o === 'object' && o ? Object.entries(o).filter(([, v]) => typeof v === 'string') : [])) : [];
      const notUrl = [...members, ...(oth as [string, string][])].filter(([, v]) => /[=+/]/.test(v)).map(([name]) => `"${name}"`);
      if (notUrl.length) say(`${[...new Set(notUrl)].join(', ')} ${notUrl.length === 1 ? 'is' : 'are'} not plain base64url (padding "=" or the characters "+" "/").`);
      if (c.kty === 'RSA') {
        const padded = RSA_INTEGERS.filter((name) => {
          const b = bytes(name);
          return b !== undefined && b.length > 1 && b[0] === 0;
        });
        if (padded.length) say(`${padded.map((n) => `"${n}"`).join(', ')} ${padded.length === 1 ? 'starts' : 'start'} with a zero byte, which RFC 7518 forbids${padded.includes('n') ? '; it also changes the key\'s thumbprint' : ''}.`);
      }
      const crv = typeof jwk.crv === 'string' ? jwk.crv : '';
      const d = bytes('d');
      if (c.kty === 'EC' && d && COORDINATE_BYTES[crv] !== undefined && d.length !== COORDINATE_BYTES[crv]) {
        say(`"d" is ${d.length} bytes; on ${crv} it must be exactly ${COORDINATE_BYTES[crv]}.`);
      }
      const okp = OKP_BYTES[crv];
      if (c.kty === 'OKP' && okp !== undefined) {
        for (const name of ['x', 'd']) {
          const b = bytes(name);
          if (b && b.length !== okp) say(`"${name}" is ${b.length} bytes; ${crv} keys are exactly ${okp}.`, 'error');
        }
      }
    }
    return hits;
  },
};
