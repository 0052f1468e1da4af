// JWS JSON serialization (flattened and general), JWE JSON, and RFC 7797 b64:false.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/parse/extract';
import { parseToken } from '../../../../src/core/parse/token';
import type { ParsedToken } from '../../../../src/core/parse/types';
import { b64url } from '../../helpers/mint';

const parse = (input: string | object): ParsedToken => parseToken(extract(typeof input === 'string' ? input : JSON.stringify(input)));
const ascii = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const hs256 = (input: string, key = 'secret') => createHmac('sha256', key).update(input).digest('base64url');

const PROTECTED = b64url('{"alg":"HS256"}');
const PAYLOAD = b64url('{"sub":"admin"}');
const SIG = hs256(`${PROTECTED}.${PAYLOAD}`);

describe('JWS JSON serialization', () => {
  it('flattened: one signature entry, segments inside the JSON text', () => {
    const text = JSON.stringify({ payload: PAYLOAD, protected: PROTECTED, header: { kid: 'k1' }, signature: SIG });
    const t = parse(text);
    expect(t.kind).toBe('jws');
    expect(t.serialization).toBe('flattened');
    expect(t.payload?.json?.value).toEqual({ sub: 'admin' });
    expect(t.signatures).toHaveLength(1);
    const [s] = t.signatures;
    expect(s!.header).toEqual({ alg: 'HS256', kid: 'k1' });
    expect(s!.unprotected).toEqual({ kid: 'k1' });
    expect(s!.protected?.value).toEqual({ alg: 'HS256' });
    expect(ascii(s!.signingInput)).toBe(`${PROTECTED}.${PAYLOAD}`);
    expect(s!.signatureRaw).toBe(SIG);
    for (const seg of t.segments) expect(text.slice(seg.from, seg.to)).toBe(seg.raw);
    expect(t.jsonSerialization?.raw.value).toEqual(JSON.parse(text));
    expect(t.jsonSerialization?.compactInside).toBe(false);
  });

  it('flattened: the header shows protected and unprotected members, protected spans exact', () => {
    const t = parse({ payload: PAYLOAD, protected: PROTECTED, header: { kid: 'k1' }, signature: SIG });
    expect(t.header?.value).toEqual({ alg: 'HS256', kid: 'k1' });
    const root = t.header?.node;
    const alg = root?.type === 'object' ? root.members.find((m) => m.name === 'alg') : undefined;
    expect(t.header!.text.slice(alg!.nameSpan.from, alg!.nameSpan.to)).toBe('"alg"');
  });

  it('flattened: a name in both header parts shows up as a duplicate', () => {
    const t = parse({ payload: PAYLOAD, protected: PROTECTED, header: { alg: 'none' }, signature: SIG });
    expect(t.header?.duplicates.map((d) => d.name)).toEqual(['alg']);
    expect(t.signatures[0]!.header.alg).toBe('HS256');
  });

  it('general: one entry per signature, each with its own signing input', () => {
    const p2 = b64url('{"alg":"HS384"}');
    const t = parse({
      payload: PAYLOAD,
      signatures: [
        { protected: PROTECTED, signature: SIG },
        { protected: p2, header: { kid: 'b' }, signature: 'c2ln' },
        { header: { alg: 'HS256' }, signature: 'c2ln' },
      ],
    });
    expect(t.kind).toBe('jws');
    expect(t.serialization).toBe('general');
    expect(t.signatures.map((s) => s.header)).toEqual([{ alg: 'HS256' }, { alg: 'HS384', kid: 'b' }, { alg: 'HS256' }]);
    expect(t.signatures.map((s) => ascii(s.signingInput))).toEqual([`${PROTECTED}.${PAYLOAD}`, `${p2}.${PAYLOAD}`, `.${PAYLOAD}`]);
    expect(t.signatures[2]!.protected).toBeUndefined();
    expect(t.segments.map((s) => s.name)).toEqual(['header', 'payload', 'signature', 'header', 'signature', 'signature']);
  });

  it('a header only in the unprotected part (RFC 7520 4.7 shape)', () => {
    const t = parse({ payload: PAYLOAD, header: { alg: 'HS256', kid: 'k' }, signature: 'c2ln' });
    expect(t.kind).toBe('jws');
    expect(t.header?.value).toEqual({ alg: 'HS256', kid: 'k' });
    expect(ascii(t.signatures[0]!.signingInput)).toBe(`.${PAYLOAD}`);
  });

  it('detached payload: no payload member', () => {
    const t = parse({ protected: PROTECTED, signature: SIG });
    expect(t.kind).toBe('jws');
    expect(t.payload?.detached).toBe(true);
  });

  it('unsecured when every signature is alg none', () => {
    expect(parse({ payload: PAYLOAD, protected: b64url('{"alg":"none"}'), signature: '' }).kind).toBe('unsecured');
    const mixed = parse({ payload: PAYLOAD, signatures: [{ protected: b64url('{"alg":"none"}'), signature: '' }, { protected: PROTECTED, signature: SIG }] });
    expect(mixed.kind).toBe('jws');
  });

  it('notices a compact token hidden inside (polyglot)', () => {
    const compact = `${PROTECTED}.${PAYLOAD}.${SIG}`;
    const t = parse(`{"  ${compact}  ":"","protected":"${PROTECTED}","payload":"${PAYLOAD}","signature":"${SIG}"}`);
    expect(t.jsonSerialization?.compactInside).toBe(true);
  });

  it.each<[string, unknown, 'flattened' | 'general']>([
    ['signatures not an array', { payload: PAYLOAD, signatures: {} }, 'general'],
    ['signatures empty', { payload: PAYLOAD, signatures: [] }, 'general'],
    ['a signature entry not an object', { payload: PAYLOAD, signatures: ['x'] }, 'general'],
    ['signature not a string', { payload: PAYLOAD, protected: PROTECTED, signature: 5 }, 'flattened'],
    ['protected not a string', { payload: PAYLOAD, protected: { alg: 'HS256' }, signature: SIG }, 'flattened'],
    ['protected not JSON', { payload: PAYLOAD, protected: b64url('nope'), signature: SIG }, 'flattened'],
    ['protected not base64url', { payload: PAYLOAD, protected: `${PROTECTED}!`, signature: SIG }, 'flattened'],
    ['header not an object', { payload: PAYLOAD, protected: PROTECTED, header: 'x', signature: SIG }, 'flattened'],
    ['payload not a string', { payload: { sub: 'a' }, protected: PROTECTED, signature: SIG }, 'flattened'],
    ['payload not base64url', { payload: `${PAYLOAD}?`, protected: PROTECTED, signature: SIG }, 'flattened'],
  ])('malformed: %s', (_name, json, serialization) => {
    const t = parse(JSON.stringify(json));
    expect(t.kind).toBe('malformed');
    expect(t.serialization).toBe(serialization);
    expect(t.malformedReason).toMatch(/\S/);
    expect(t.jsonSerialization).toBeDefined();
  });
});

describe('JWE JSON serialization', () => {
  it.each([
    ['flattened', { protected: b64url('{"enc":"A128GCM"}'), header: { alg: 'dir' }, iv: 'aXY', ciphertext: 'Y2lwaGVy', tag: 'dGFn' }],
    ['general', { protected: b64url('{"enc":"A128GCM"}'), recipients: [{ header: { alg: 'dir' } }], iv: 'aXY', ciphertext: 'Y2lwaGVy', tag: 'dGFn' }],
  ] as const)('%s', (serialization, json) => {
    const t = parse(json);
    expect(t.kind).toBe('jwe');
    expect(t.serialization).toBe(serialization);
    expect(t.header?.value).toEqual({ enc: 'A128GCM' });
    expect(t.segments.map((s) => s.name)).toEqual(['header', 'iv', 'ciphertext', 'tag']);
  });
});

describe('RFC 7797 b64:false', () => {
  const header = b64url('{"alg":"HS256","b64":false,"crit":["b64"]}');

  it('compact: the payload is the text as written, signed as header.payload', () => {
    const t = parse(`${header}.$.02.${hs256(`${header}.$.02`)}`);
    expect(t.kind).toBe('jws');
    expect(t.payload?.text).toBe('$.02');
    expect(t.segments.find((s) => s.name === 'payload')?.issues).toEqual([]);
    expect(ascii(t.signatures[0]!.signingInput)).toBe(`${header}.$.02`);
  });

  it('compact detached: header..signature', () => {
    const t = parse(`${header}..${hs256(`${header}.$.02`)}`);
    expect(t.kind).toBe('jws');
    expect(t.payload?.detached).toBe(true);
  });

  it('flattened: the payload member is the raw payload', () => {
    const t = parse({ protected: header, payload: '$.02', signature: hs256(`${header}.$.02`) });
    expect(t.kind).toBe('jws');
    expect(t.payload?.text).toBe('$.02');
    expect(ascii(t.signatures[0]!.signingInput)).toBe(`${header}.$.02`);
  });

  it('a JSON payload written raw is still decoded as JSON', () => {
    const t = parse({ protected: header, payload: '{"sub":"a"}', signature: 'c2ln' });
    expect(t.payload?.json?.value).toEqual({ sub: 'a' });
  });
});
