import type { LintRule, RuleHit } from './types';
import { pastedJwk, userKeys } from './context';
import { contentEncryptionOf, jwsAlgorithmOf, keyManagementOf } from '../algorithms';
import type { KeyCandidate } from '../keys/types';

const SIGNING_OPS = new Set(['sign', 'verify']);
const ENCRYPTION_OPS = new Set(['encrypt', 'decrypt', 'wrapKey', 'unwrapKey', 'deriveKey', 'deriveBits']);

export const keyMetadataInconsistent: LintRule = {
  id: 'key-metadata-inconsistent',
  severity: 'warning',
  input: 'T+K',
  keyAlone: true,
  title: 'Key metadata contradicts itself or the key',
  explanation:
    'A JWK\'s `use` and `key_ops` contradict each other (`sig` with encryption operations, `enc` with `sign` or `verify`), or `key_ops` repeats a value or mixes signing with encryption; a `use` other than `sig` or `enc` is info. ' +
    'It is an error when the key\'s `alg` contradicts the key: an unregistered name, an algorithm for another key type or curve, an AES key wrap for a key of the wrong size, a content-encryption algorithm on a signing key. ' +
    'One key in two roles invites cross-protocol use, and libraries that trust the JWK\'s `alg` pick an algorithm the key cannot perform.',
  references: ['RFC 7517 §4.2, §4.3, §4.4', 'RFC 7518 §3.1, §4.1, §6.1', 'Wycheproof json_web_key_test.json #19, #25'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const c of userKeys(ctx)) {
      const jwk = pastedJwk(c);
      if (!jwk) continue;
      const say = (what: string, severity?: 'info' | 'error') => hits.push({ message: `Your key (${c.label}): ${what}`, ...(severity ? { severity } : {}) });
      const use = jwk.use;
      const ops = Array.isArray(jwk.key_ops) ? jwk.key_ops.filter((o): o is string => typeof o === 'string') : [];
      const against = use === 'sig' ? ops.filter((o) => ENCRYPTION_OPS.has(o)) : use === 'enc' ? ops.filter((o) => SIGNING_OPS.has(o)) : [];
      if (against.length) say(`"use": "${String(use)}" contradicts "key_ops" ${against.map((o) => `"${o}"`).join(', ')}.`);
      const repeated = ops.filter((o, i) => ops.indexOf(o) !== i);
      if (repeated.length) say(`"key_ops" lists ${[...new Set(repeated)].map((o) => `"${o}"`).join(', ')} more than once.`);
      if (ops.some((o) => SIGNING_OPS.has(o)) && ops.some((o) => ENCRYPTION_OPS.has(o))) say('"key_ops" mixes signing with encryption operations.');
      if (typeof use === 'string' && use !== 'sig' && use !== 'enc') say(`"use": "${use}" is neither "sig" nor "enc".`, 'info');
      const why = typeof jwk.alg === 'string' ? algConflict(jwk.alg, c, use) : undefined;
      if (why) say(`"alg": "${String(jwk.alg)}" ${why}`, 'error');
    }
    return hits;
  },
};

/** How `alg` contradicts the key, from the algorithm table, or undefined when it fits. */
function algConflict(alg: string, c: KeyCandidate, use: unknown): string | undefined {
  const key = c.crv ? `a ${c.kty} ${c.crv} key` : `a ${c.kty} key`;
  const jws = jwsAlgorithmOf(alg);
  if (jws) {
    if (!jws.kty) return undefined;
    if (jws.kty !== c.kty) return `is for ${jws.kty} keys, and this is ${key}.`;
    if (jws.curves && !jws.curves.includes(c.crv as never)) return `needs a key on ${jws.curves.join(' or ')}, and this is ${key}.`;
    return undefined;
  }
  const km = keyManagementOf(alg);
  if (km) {
    if (km.family === 'ECDH-ES' || km.family === 'ECDH-ES+AES-KW') {
      return c.kty === 'EC' || c.kty === 'OKP' ? undefined : `is a key agreement for EC or OKP keys, and this is ${key}.`;
    }
    if (km.kty && km.kty !== c.kty) return `is for ${km.kty} keys, and this is ${key}.`;
    const bytes = (c.bits ?? 0) / 8;
    if ((km.family === 'AES-KW' || km.family === 'AES-GCM-KW') && km.keyBytes !== undefined && bytes !== km.keyBytes) {
      return `wraps with a ${km.keyBytes}-byte AES key, and this key is ${bytes} bytes.`;
    }
    return undefined;
  }
  if (contentEncryptionOf(alg)) {
    if (use === 'sig') return 'is a content-encryption algorithm, and the key says "use": "sig".';
    return c.kty === 'oct' ? undefined : `is a content-encryption algorithm for oct keys, and this is ${key}.`;
  }
  return 'is not a registered JWS or JWE algorithm.';
}
