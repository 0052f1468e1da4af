// Issue 12 / rules-next.md section Q: pq-akp-key-invalid, on supplied AKP keys and on AKP keys a
// token carries (header `jwk`, payload `cnf.jwk`). Example data: RFC 9964's ML-DSA-44 example
// (tests/vectors/rfc/rfc9964, see its README).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compact, hits, run, severityOf } from '../../helpers/mint';

const RULE = 'pq-akp-key-invalid';
const { jwk, jws } = JSON.parse(readFileSync('tests/vectors/rfc/rfc9964/cose-wg_ML_DSA_44.jose.json', 'utf8')) as { jwk: Record<string, string>; jws: string };
const { priv, ...pub } = jwk;
const b64 = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64url');

describe(RULE, () => {
  it('issue 12: fires on a supplied ML-DSA-44 key whose pub is cut short, and the key is not used', async () => {
    const report = await run(jws, { key: JSON.stringify({ ...pub, pub: pub.pub!.slice(0, 400) }) });
    expect(severityOf(report, RULE)).toBe('error');
    expect(report.signature.status).not.toBe('valid');
    expect(report.signature.status).not.toBe('invalid');
  });

  it('issue 12: fires on a supplied private key whose priv is the FIPS 204 expanded key (2560 bytes), not the seed', async () => {
    const report = await run(jws, { key: JSON.stringify({ ...jwk, priv: b64(2560) }) });
    expect(severityOf(report, RULE)).toBe('error');
  });

  it('issue 12: fires on a header jwk without pub and on a cnf.jwk of the wrong length, at those members', async () => {
    const header = await run(compact({ alg: 'ML-DSA-44', jwk: { kty: 'AKP', alg: 'ML-DSA-44' } }, { sub: 'u1' }, 'c2ln'));
    expect(hits(header, RULE)[0]).toMatchObject({ severity: 'error', at: { part: 'header' } });
    const cnf = await run(compact({ alg: 'ES256' }, { sub: 'u1', cnf: { jwk: { kty: 'AKP', alg: 'ML-DSA-65', pub: b64(1312) } } }, 'c2ln'));
    expect(hits(cnf, RULE)[0]).toMatchObject({ severity: 'error', at: { part: 'payload' } });
  });

  it('issue 12: info for an AKP key of an algorithm this tool does not implement', async () => {
    const report = await run(compact({ alg: 'ML-DSA-44', jwk: { kty: 'AKP', alg: 'SLH-DSA-SHA2-128s', pub: b64(32) } }, { sub: 'u1' }, 'c2ln'));
    expect(severityOf(report, RULE)).toBe('info');
  });

  it('issue 12: stays quiet on the RFC 9964 example key, public or private (32-byte seed)', async () => {
    for (const key of [pub, jwk]) {
      const report = await run(jws, { key: JSON.stringify(key) });
      expect(hits(report, RULE)).toEqual([]);
      expect(report.signature.status).toBe('valid');
    }
    expect(priv).toHaveLength(43);
    expect(hits(await run(compact({ alg: 'ML-DSA-44', jwk: pub }, { sub: 'u1' }, 'c2ln')), RULE)).toEqual([]);
  });
});
