// Warm-up for the inspect worker and the page's copy of the core. JavaScript starts slow: the
// first inspect() of a 400 KB token ran about 5× slower than the fifth, because the engine had
// not yet compiled the decoding, parsing and rule loops. Before the first paste both inspect
// sample tokens (a small RS256 token checked against a PEM and a JWK key, an HS256 and an ES256
// token; then the worker RS256 tokens of 8 to 32 KB, the page the small one again) so that this
// code is compiled when a real token arrives. Each step is one inspect(); a real request runs
// before the next step (see worker.ts, runner.ts).
import { inspect } from '../../core/index';
import { prettyJson } from '../editor/pretty-json';
import { SAMPLE_EC_PRIVATE, SAMPLE_RSA_PRIVATE } from '../samples/keys';
import { segment, signJws, spkiPem, webCrypto } from '../samples/sign';
import { sdJwtSample } from './warm-up-sd-jwt';

// Growing payloads, each inspected a few times: every step stays short (a request waits for at
// most one step), and by the last one the loops over the token have been compiled.
const SIZES = [8 * 1024, 16 * 1024, 16 * 1024, 32 * 1024, 32 * 1024, 32 * 1024];
const PAGE_REPEATS = 8;


function claims(now: number, bytes: number) {
  const groups: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const g = `group-${i}-engineering`;
    groups.push(g);
    size += g.length + 3;
  }
  return { iss: 'https://issuer.example', sub: 'warm-up', aud: 'api', iat: now, exp: now + 600, groups };
}

const RSA = webCrypto('RS256');

const signed = (alg: 'RS256' | 'ES256', payload: object, key: CryptoKey) => signJws({ alg, typ: 'JWT', kid: 'warm-up' }, payload, key);

/** The warm-up steps, each one inspect() (plus the display indenting the worker also does); the
 * larger tokens only when `large` (the page itself inspects only small ones). */
export async function warmUpSteps(large = true): Promise<Array<() => Promise<unknown>>> {
  const now = Math.floor(Date.now() / 1000);
  const rsa = await crypto.subtle.importKey('jwk', { ...SAMPLE_RSA_PRIVATE }, RSA.importParams, true, RSA.usages.sign);
  const ec = await crypto.subtle.importKey('jwk', { ...SAMPLE_EC_PRIVATE }, webCrypto('ES256').importParams, false, webCrypto('ES256').usages.sign);
  const { kty, n, e } = SAMPLE_RSA_PRIVATE;
  const publicPem = spkiPem(await crypto.subtle.exportKey('spki', await publicOf(rsa)));
  const small = await signed('RS256', claims(now, 64), rsa);
  const es = await signed('ES256', claims(now, 64), ec);
  const { x, y, crv } = SAMPLE_EC_PRIVATE;
  const sdJwt = await sdJwtSample(ec, { kty: 'EC', crv, x, y }, now);
  const hs = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment(claims(now, 64))}.${'A'.repeat(43)}`;
  const run = (token: string, key: string) => async () => {
    const r = await inspect({ token, key, now });
    prettyJson(r.payload?.text ?? '{}');
  };
  return [
    run(small, publicPem),
    run(small, JSON.stringify({ kty, n, e, kid: 'warm-up' })),
    run(hs, 'warm-up-secret'),
    run(es, JSON.stringify({ kty: 'EC', crv, x, y })),
    run(sdJwt, JSON.stringify({ kty: 'EC', crv, x, y })),
    // The worker: larger tokens. The page: the same small token a few more times, so the rules
    // and report code that run on every paste are compiled, not just started.
    ...(large
      ? SIZES.map((bytes) => async () => run(await signed('RS256', claims(now, bytes), rsa), publicPem)())
      : Array.from({ length: PAGE_REPEATS }, () => run(small, publicPem))),
  ];
}

async function publicOf(privateKey: CryptoKey): Promise<CryptoKey> {
  const { kty, n, e } = (await crypto.subtle.exportKey('jwk', privateKey)) as JsonWebKey;
  return crypto.subtle.importKey('jwk', { kty, n, e }, RSA.importParams, true, RSA.usages.verify);
}
