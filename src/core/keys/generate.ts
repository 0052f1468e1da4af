// generateKey (issue 12): a fresh key for a KeySpec, as a KeyBundle marked as made here for
// testing. jose (WebCrypto) makes RSA, P-256/384/521, Ed25519 and HMAC keys; @noble/curves makes
// secp256k1 and Ed448 keys, which no browser's WebCrypto has; @noble/post-quantum makes ML-DSA
// (AKP, RFC 9964) keys. jose and @noble/post-quantum are loaded only when such a key is made. Never throws: a spec we cannot make is { ok: false, error }.
import { ed448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { encodeBase64url } from '../parse/base64url';
import type { KeyBundleResult, KeySpec, WorkbenchError } from '../report';
import { mlDsaKeyPair } from '../crypto/ml-dsa';
import { jwsAlgorithmOf } from '../algorithms';
import { bundleOf } from './bundle';
import type { PublicJwk } from './spki';

type Plan =
  | { kty: 'RSA'; bits: number; alg?: string }
  | { kty: 'EC' | 'OKP'; crv: string; alg?: string }
  | { kty: 'oct'; bytes: number; alg?: string }
  | { kty: 'AKP'; alg: string };

const RSA_BITS = [2048, 3072, 4096];
const EC_CURVES = ['P-256', 'P-384', 'P-521', 'secp256k1'];
const OKP_CURVES = ['Ed25519', 'Ed448'];
const OCT_BYTES = [32, 48, 64];
const JOSE_EC_ALG: Record<string, string> = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };
const JOSE_HS_ALG: Record<number, 'HS256' | 'HS384' | 'HS512'> = { 32: 'HS256', 48: 'HS384', 64: 'HS512' };

export const MADE_HERE_NOTE = 'Made here for testing: use a key from your own key management for anything real.';

export async function generateKey(spec: KeySpec): Promise<KeyBundleResult> {
  const plan = planOf(spec);
  if ('code' in plan) return { ok: false, error: plan };
  try {
    const jwk = await makeJwk(plan);
    return { ok: true, bundle: bundleOf({ jwk, alg: plan.alg, origin: 'generated', notes: [MADE_HERE_NOTE] }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'failed', message: `This key could not be made here (${detail}).` } };
  }
}

function planOf(spec: KeySpec): Plan | WorkbenchError {
  const bad = (message: string): WorkbenchError => ({ code: 'bad-spec', message });
  const given = spec as Record<string, unknown>;
  if (typeof spec !== 'object' || spec === null) return bad('No key spec was given.');
  if (!('kty' in spec)) {
    const alg = String(given.alg);
    if (/^ML-DSA-/.test(alg)) return akpPlan(alg);
    return algPlan(alg) ?? bad(`"${alg}" is not a signing algorithm a key can be made for here.`);
  }
  switch (spec.kty) {
    case 'RSA':
      return RSA_BITS.includes(spec.bits) ? { kty: 'RSA', bits: spec.bits } : bad(`RSA keys are made with ${RSA_BITS.join(', ')} bits.`);
    case 'EC':
      return EC_CURVES.includes(spec.crv) ? { kty: 'EC', crv: spec.crv } : bad(`EC keys are made on ${EC_CURVES.join(', ')}.`);
    case 'OKP':
      return OKP_CURVES.includes(spec.crv) ? { kty: 'OKP', crv: spec.crv } : bad(`OKP keys are made on ${OKP_CURVES.join(' and ')}.`);
    case 'oct':
      return OCT_BYTES.includes(spec.bytes) ? { kty: 'oct', bytes: spec.bytes } : bad(`Secrets are made with ${OCT_BYTES.join(', ')} bytes.`);
    case 'AKP':
      return akpPlan(spec.alg);
    default:
      return bad(`"${String(given.kty)}" is not a key type a key can be made for here.`);
  }
}

/** The key an alg's table entry asks for: RSA at its minimum (2048), the first curve it names
 * (EdDSA: Ed25519), a secret as long as its hash (HS*). Undefined for none and unknown names. */
function algPlan(alg: string): Plan | undefined {
  const info = jwsAlgorithmOf(alg);
  if (!info?.can.sign) return undefined;
  if (info.kty === 'RSA') return { kty: 'RSA', bits: info.minKeyBits ?? 2048, alg };
  if ((info.kty === 'EC' || info.kty === 'OKP') && info.curves?.[0]) return { kty: info.kty, crv: info.curves[0], alg };
  if (info.kty === 'oct' && info.minKeyBits) return { kty: 'oct', bytes: info.minKeyBits / 8, alg };
  return undefined;
}

/** ML-DSA-44/65/87; any other AKP alg (another post-quantum scheme) is not made here. */
function akpPlan(alg: string): Plan | WorkbenchError {
  if (jwsAlgorithmOf(alg)?.family === 'ML-DSA') return { kty: 'AKP', alg };
  return { code: 'unsupported', message: `"${alg}" keys cannot be made here; AKP keys are made for ML-DSA-44, ML-DSA-65 and ML-DSA-87.` };
}

async function makeJwk(plan: Plan): Promise<PublicJwk> {
  if (plan.kty === 'AKP') {
    const { seed, pub } = await mlDsaKeyPair(plan.alg);
    return { kty: 'AKP', alg: plan.alg, pub: encodeBase64url(pub), priv: encodeBase64url(seed) };
  }
  if (plan.kty === 'EC' && plan.crv === 'secp256k1') {
    const d = secp256k1.utils.randomSecretKey();
    const point = secp256k1.getPublicKey(d, false);
    return { kty: 'EC', crv: 'secp256k1', x: encodeBase64url(point.subarray(1, 33)), y: encodeBase64url(point.subarray(33)), d: encodeBase64url(d) };
  }
  if (plan.kty === 'OKP' && plan.crv === 'Ed448') {
    const seed = ed448.utils.randomSecretKey();
    return { kty: 'OKP', crv: 'Ed448', x: encodeBase64url(ed448.getPublicKey(seed)), d: encodeBase64url(seed) };
  }
  const jose = await import('jose');
  if (plan.kty === 'oct') return stringMembers(await jose.exportJWK(await jose.generateSecret(JOSE_HS_ALG[plan.bytes]!, { extractable: true })));
  const alg = plan.kty === 'RSA' ? 'RS256' : plan.kty === 'OKP' ? 'Ed25519' : JOSE_EC_ALG[plan.crv]!;
  const options = plan.kty === 'RSA' ? { modulusLength: plan.bits, extractable: true } : { extractable: true };
  const { privateKey } = await jose.generateKeyPair(alg, options);
  return stringMembers(await jose.exportJWK(privateKey));
}

function stringMembers(jwk: object): PublicJwk {
  return Object.fromEntries(Object.entries(jwk).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
