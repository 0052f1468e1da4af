// Rules D and E never crash: arbitrary JSON in the key-source header members and arbitrary key
// text become findings or silence, never an `internal` finding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, hmacToken, run } from '../../helpers/mint';

const MEMBERS = ['jwk', 'x5c', 'x5t', 'x5t#S256', 'x5u', 'jku', 'kid', 'typ'];
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('MIIB', 'AAAA', '-_-_', 'http://[::1', 'https://a@b#c', '../x', { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, { kty: 'RSA', n: '', e: '' }, { kty: 'oct', k: '' }),
);
const header = fc.record(
  { alg: fc.constantFrom('HS256', 'HS512', 'RS256', 'ES256', 'EdDSA', 'none', 'XS1'), ...Object.fromEntries(MEMBERS.map((m) => [m, value])) },
  { requiredKeys: ['alg'] },
);
const key = fc.oneof(
  fc.constant(undefined),
  fc.string(),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom('{"keys":[{"kty":"RSA","n":"AQAB","e":"AQ","kid":"k"}]}', 'ssh-rsa AAAAB3NzaC1yc2E= x', '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----'),
);

describe('rules D and E on arbitrary input', () => {
  it('never produce an internal finding', async () => {
    await fc.assert(
      fc.asyncProperty(header, key, fc.boolean(), async (h, k, hmac) => {
        const token = hmac && String(h.alg).startsWith('HS') ? hmacToken(h, { sub: 'u' }, '') : compact(h, { sub: 'u' }, 'AAAA');
        const report = await run(token, k === undefined ? {} : { key: k });
        expect(report.findings.filter((f) => f.rule === 'internal').map((f) => f.message)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
