// Issue 14 (speed): sdDigests takes every digest at once with WebCrypto where it has the hash;
// its digests are exactly sdDigest's (RFC 9901 §4.2.3 check value included).
import { describe, expect, it } from 'vitest';
import { sdDigest, sdDigests } from '../../../../src/core/sd-jwt/digest';

const RFC = 'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0';

describe('issue 14: sdDigests', () => {
  it('issue 14: sdDigests gives the digests of sdDigest for every implemented hash', async () => {
    const texts = [RFC, 'a', '', 'é~x'];
    for (const alg of ['sha-256', 'sha-384', 'sha-512', 'sha3-256', 'sha3-512']) {
      const map = await sdDigests(texts, alg);
      expect([...map]).toEqual(texts.map((t) => [t, sdDigest(t, alg)]));
    }
    expect((await sdDigests([RFC], 'sha-256')).get(RFC)).toBe('X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0');
  });

  it('issue 14: an unknown hash gives no digests', async () => {
    expect((await sdDigests([RFC], 'SHA-256')).size).toBe(0);
  });
});
