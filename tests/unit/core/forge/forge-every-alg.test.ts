// issue 12 acceptance: forge() on tokens of every other algorithm family than forge-variants'
// RS256/ES256/HS256 (generated key → sign → forge): each variant, inspected with the key given to
// forge(), reports its rule; the key-confusion variants are HMACs keyed with the SPKI PEM text
// as given (checked with Node's createHmac), so a verifier that reads the key as a secret
// accepts them.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forge, generateKey, inspect, sign } from '../../../../src/core/index';

const NOW = 1_700_000_000;
const ATTACKS = [
  'alg-none:none', 'alg-none:None', 'alg-none:NONE', 'alg-none:nOnE', 'empty-signature', 'key-confusion:pem',
  'key-confusion:pem-no-newline', 'key-confusion:pem-crlf', 'key-confusion:der', 'key-confusion:jwk', 'embedded-jwk', 'jku',
  'x5u', 'kid-traversal', 'psychic-signature', 'crit-unknown',
];

describe('forge(): every algorithm family', () => {
  it.each(['PS256', 'RS512', 'ES384', 'ES512', 'ES256K', 'EdDSA', 'Ed448', 'ML-DSA-44', 'HS512'])(
    'issue 12: each variant of a %s token reports its rule in inspect(), and key confusion is an HMAC keyed with the PEM text',
    async (alg) => {
      const made = await generateKey({ alg });
      if (!made.ok) throw new Error(made.error.message);
      const { bundle } = made;
      const signed = await sign({ header: `{"alg":"${alg}","typ":"JWT","kid":"k-1"}`, payload: '{"sub":"admin"}', key: JSON.stringify(bundle.privateJwk), now: NOW });
      if (!signed.ok) throw new Error(signed.error.code);
      // The verifier's key: the SPKI PEM, or for HMAC the oct JWK itself.
      const key = bundle.spkiPem ?? JSON.stringify(bundle.privateJwk);
      const result = await forge(signed.token, { key });
      if (!result.ok) throw new Error(result.error.code);

      const hmac = alg.startsWith('HS');
      const expected = ATTACKS.filter((a) => (a !== 'psychic-signature' || alg.startsWith('ES')) && (!a.startsWith('key-confusion:') || !hmac));
      expect(result.variants.map((v) => v.attack)).toEqual(expected);
      for (const variant of result.variants) {
        const rules = (await inspect({ token: variant.token, key, now: NOW })).findings.map((f) => f.rule);
        expect({ attack: variant.attack, reported: rules.includes(variant.rule) }).toEqual({ attack: variant.attack, reported: true });
      }
      const pem = result.variants.find((v) => v.attack === 'key-confusion:pem');
      if (hmac) return expect(pem).toBeUndefined();
      const [h, p, s] = pem!.token.split('.');
      // The HMAC of the token's own hash size (RS512 → HS512), SHA-256 where there is none.
      const bits = ['384', '512'].includes(alg.slice(-3)) ? alg.slice(-3) : '256';
      expect(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg).toBe(`HS${bits}`);
      expect(s).toBe(createHmac(`sha${bits}`, key).update(`${h}.${p}`).digest('base64url'));
    },
    60_000,
  );
});
