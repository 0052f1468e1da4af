// Published vectors (tests/vectors) parse to the right kind, serialization,
// header and payload, and the signing input is right: for the HMAC ones the signature is
// recomputed over it with the vector's key.
import { createHmac } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/parse/extract';
import { parseToken } from '../../../../src/core/parse/token';
import type { JwsSignatureEntry, ParsedToken } from '../../../../src/core/parse/types';
import { VECTORS, readVectors } from '../../conformance/vectors';


const parse = (jws: string | object): ParsedToken => parseToken(extract(typeof jws === 'string' ? jws : JSON.stringify(jws)));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type Jwk = { kty: string; k?: string };
/** The signature recomputed over the parsed signing input, for HS* with an oct key. */
function hmacMatches(entry: JwsSignatureEntry, jwk: Jwk | undefined): boolean {
  const bits = /^HS(256|384|512)$/.exec(String(entry.header.alg))?.[1];
  if (!bits || jwk?.kty !== 'oct' || !jwk.k) throw new Error('not an HMAC vector');
  const mac = createHmac(`sha${bits}`, Buffer.from(jwk.k, 'base64url')).update(entry.signingInput).digest();
  return mac.equals(Buffer.from(entry.signature));
}

interface Rfc7515Case {
  id: string;
  serialization: 'compact' | 'flattened' | 'general';
  alg: string | string[];
  jws: string | object;
  protectedHeaderUtf8?: string;
  payloadUtf8: string;
  publicJwk?: Jwk;
}

describe('RFC 7515 Appendix A', () => {
  const cases = readVectors<{ tests: Rfc7515Case[] }>('rfc/rfc7515_appendix_a.json').tests;
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const t = parse(c.jws);
    expect(t.kind).toBe(c.alg === 'none' ? 'unsecured' : 'jws');
    expect(t.serialization).toBe(c.serialization);
    expect(t.payload?.text).toBe(c.payloadUtf8);
    if (c.protectedHeaderUtf8 !== undefined) expect(t.header?.text).toBe(c.protectedHeaderUtf8);
    expect(t.signatures).toHaveLength(Array.isArray(c.alg) ? c.alg.length : 1);
    if (typeof c.jws === 'string') {
      expect(text(t.signatures[0]!.signingInput)).toBe(c.jws.slice(0, c.jws.lastIndexOf('.')));
    }
    if (c.alg === 'HS256') expect(hmacMatches(t.signatures[0]!, c.publicJwk)).toBe(true);
  });
});

interface CookbookJws {
  title: string;
  input: { payload: string; key: Jwk | Jwk[]; alg: string };
  output: { compact?: string; json?: object; json_flat?: object };
}

describe('RFC 7520 section 4', () => {
  const files = readdirSync(resolve(VECTORS, 'rfc7520/jws')).sort();
  const cases = files.flatMap((f) => {
    const v = readVectors<CookbookJws>(`rfc7520/jws/${f}`);
    const forms = [['compact', v.output.compact], ['general', v.output.json], ['flattened', v.output.json_flat]] as const;
    return forms.filter(([, jws]) => jws !== undefined).map(([form, jws]) => [`${f} ${form}`, form, jws!, v] as const);
  });
  it.each(cases)('%s', (_name, form, jws, v) => {
    const t = parse(jws);
    expect(t.kind).toBe('jws');
    expect(t.serialization).toBe(form);
    const detached = v.title.toLowerCase().includes('detached');
    expect(t.payload?.detached).toBe(detached);
    if (!detached) expect(t.payload?.text).toBe(v.input.payload);
    const keys = Array.isArray(v.input.key) ? v.input.key : [v.input.key];
    t.signatures.forEach((s, i) => {
      if (!detached && String(s.header.alg).startsWith('HS')) expect(hmacMatches(s, keys[i] ?? keys[0])).toBe(true);
    });
  });
});

describe('RFC 7520 section 5', () => {
  const files = readdirSync(resolve(VECTORS, 'rfc7520/jwe')).sort();
  const cases = files.flatMap((f) => {
    const v = readVectors<CookbookJws>(`rfc7520/jwe/${f}`);
    return Object.entries(v.output).map(([form, jwe]) => [`${f} ${form}`, jwe as string | object] as const);
  });
  it.each(cases)('%s is a JWE', (_name, jwe) => {
    const t = parse(jwe);
    expect(t.kind).toBe('jwe');
  });
});

interface Rfc7797Case {
  id: string;
  payloadUtf8: string;
  b64: boolean;
  compact: string;
  compactDetached: boolean;
  flattened: object;
  publicJwk: Jwk;
}

describe('RFC 7797', () => {
  const cases = readVectors<{ tests: Rfc7797Case[] }>('rfc/rfc7797/rfc7797_examples.json').tests;
  it.each(cases.map((c) => [c.id, c] as const))('%s compact and flattened', (_id, c) => {
    const compact = parse(c.compact);
    expect(compact.kind).toBe('jws');
    expect(compact.payload?.detached).toBe(c.compactDetached);
    if (!c.compactDetached) {
      expect(compact.payload?.text).toBe(c.payloadUtf8);
      expect(hmacMatches(compact.signatures[0]!, c.publicJwk)).toBe(true);
    }
    const flattened = parse(c.flattened);
    expect(flattened.kind).toBe('jws');
    expect(flattened.serialization).toBe('flattened');
    expect(flattened.payload?.text).toBe(c.payloadUtf8);
    expect(hmacMatches(flattened.signatures[0]!, c.publicJwk)).toBe(true);
  });
});

interface WycheproofFile {
  testGroups: { private: Jwk; public?: Jwk; tests: { tcId: number; jws: string; result: string; comment: string }[] }[];
}

describe('Wycheproof JWS', () => {
  const groups = readVectors<WycheproofFile>('wycheproof/json_web_signature_test.json').testGroups;
  // 372/373 are labelled valid but carry a '?' inside a segment (see the vectors README).
  const mislabelled = new Set([372, 373]);
  const valid = groups.flatMap((g) => g.tests.filter((t) => t.result === 'valid' && !mislabelled.has(t.tcId)).map((t) => [t.tcId, t.jws, g.private] as const));

  it.each(valid)('tcId %i (valid) parses as a JWS; HMAC ones verify over the signing input', (_id, jws, key) => {
    const t = parse(jws);
    expect(t.kind).toBe('jws');
    expect(t.segments.flatMap((s) => s.issues)).toEqual([]);
    if (key.kty === 'oct') expect(hmacMatches(t.signatures[0]!, key)).toBe(true);
  });

  it.each([372, 373])('tcId %i: the "?" inside a segment makes the token malformed', (id) => {
    const test = groups.flatMap((g) => g.tests).find((t) => t.tcId === id)!;
    expect(parse(test.jws).kind).toBe('malformed');
  });

  it('never throws on any Wycheproof JWS input, valid or not', () => {
    for (const g of groups) for (const t of g.tests) expect(() => parse(t.jws)).not.toThrow();
  });
});
