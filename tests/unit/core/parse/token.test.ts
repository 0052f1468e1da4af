import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/parse/extract';
import { parseToken, MAX_TOKEN_CHARS } from '../../../../src/core/parse/token';
import type { Base64Issue, ParsedToken } from '../../../../src/core/parse/types';
import type { SegmentName, TokenKind } from '../../../../src/core/report';
import { b64url, compact } from '../../helpers/mint';

const parse = (input: string): ParsedToken => parseToken(extract(input));
const issuesOf = (t: ParsedToken, name: SegmentName): Base64Issue[] | undefined => t.segments.find((s) => s.name === name)?.issues;
const ascii = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const NONE_HEADER = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0';
const HS256_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';
const ADMIN = 'eyJzdWIiOiJhZG1pbiJ9';
const EXPIRED = `${HS256_HEADER}.eyJzdWIiOiJ1MSIsImlhdCI6MTUxNjIzOTAyMiwiZXhwIjoxNTE2MjQyNjIyfQ.1TBac53puxV0Hvpo9ssloYh_i0oV15kWIV2wqG6MgO0`;

describe('parseToken: kinds', () => {
  it.each<[string, string, TokenKind]>([
    ['HS256 token', EXPIRED, 'jws'],
    ['alg none', `${NONE_HEADER}.${ADMIN}.`, 'unsecured'],
    ['alg None', `eyJhbGciOiJOb25lIiwidHlwIjoiSldUIn0.${ADMIN}.`, 'unsecured'],
    ['alg NONE', `eyJhbGciOiJOT05FIiwidHlwIjoiSldUIn0.${ADMIN}.`, 'unsecured'],
    ['alg nOnE', `eyJhbGciOiJuT25FIiwidHlwIjoiSldUIn0.${ADMIN}.`, 'unsecured'],
    ['alg " none "', compact({ alg: ' none ' }, { sub: 'a' }), 'unsecured'],
    ['alg "none\\u0000"', compact({ alg: 'none\0' }, { sub: 'a' }), 'unsecured'],
    ['alg none with a signature kept', `${NONE_HEADER}.${ADMIN}.PGnRccPTXeaxA8nzfytWewWRkizJa_ihI_3H6ec-Zbw`, 'unsecured'],
    ['alg "nonce" is not none', compact({ alg: 'nonce' }, { sub: 'a' }), 'jws'],
    ['no alg at all', compact({ typ: 'JWT' }, { sub: 'a' }), 'jws'],
    ['compact JWE', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVy.dGFn', 'jwe'],
    ['JWS with a plain-text payload', 'eyJhbGciOiJIUzI1NiJ9.Zm9v.TD37p4c_0jmreSrBSDmE0F3mYSPtkZ3WrSyI5wb_KTg', 'jws'],
    ['JWS with a binary payload', `${HS256_HEADER}.${b64url(new Uint8Array([0xff, 0, 0x80]))}.c2ln`, 'jws'],
  ])('%s', (_name, token, kind) => {
    expect(parse(token).kind).toBe(kind);
  });
});

describe('parseToken: compact JWS parts', () => {
  it('decodes header, payload and signature with offsets into the token text', () => {
    const t = parse(`Bearer ${EXPIRED}`);
    expect(t.serialization).toBe('compact');
    expect(t.header?.value).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(t.payload?.json?.value).toEqual({ sub: 'u1', iat: 1516239022, exp: 1516242622 });
    expect(t.payload?.detached).toBe(false);
    expect(t.segments.map((s) => [s.name, EXPIRED.slice(s.from, s.to) === s.raw])).toEqual([
      ['header', true],
      ['payload', true],
      ['signature', true],
    ]);
    expect(t.signatures).toHaveLength(1);
    expect(t.signatures[0]!.signature).toHaveLength(32);
    expect(ascii(t.signatures[0]!.signingInput)).toBe(EXPIRED.slice(0, EXPIRED.lastIndexOf('.')));
  });

  it('uses the text as pasted for the signing input, whitespace included', () => {
    const wrapped = EXPIRED.replace('.', '.\n');
    const t = parse(wrapped);
    expect(t.kind).toBe('jws');
    expect(issuesOf(t, 'payload')).toEqual(['whitespace']);
    expect(ascii(t.signatures[0]!.signingInput)).toBe(wrapped.slice(0, wrapped.lastIndexOf('.')));
  });

  it('keeps a plain-text payload as text without JSON', () => {
    const t = parse('eyJhbGciOiJIUzI1NiJ9.Zm9v.TD37p4c_0jmreSrBSDmE0F3mYSPtkZ3WrSyI5wb_KTg');
    expect(t.payload?.text).toBe('foo');
    expect(t.payload?.json).toBeUndefined();
  });

  it.each([
    ['a JSON string', '"hello"', true],
    ['a JSON number', '123', true],
    ['a JSON object', '{"a":1}', true],
    ['a broken JSON object (still JSON, for json-invalid)', '{"a":', true],
    ['an array after whitespace', '  [1]', true],
    ['plain words', 'hello world', false],
    ['a compact token', `${NONE_HEADER}.${ADMIN}.`, false],
  ])('payload %s is JSON: %s', (_name, payload, isJson) => {
    const t = parse(compact({ alg: 'HS256' }, payload, 'c2ln'));
    expect(t.payload?.json !== undefined).toBe(isJson);
    expect(t.payload?.text).toBe(payload);
  });

  it('has no text for a payload that is not UTF-8', () => {
    const t = parse(`${HS256_HEADER}.${b64url(new Uint8Array([0xff, 0, 0x80]))}.c2ln`);
    expect(t.payload?.text).toBeUndefined();
    expect(Array.from(t.payload!.bytes)).toEqual([0xff, 0, 0x80]);
  });

  it('marks an empty payload segment as detached', () => {
    const t = parse(`${HS256_HEADER}..c2ln`);
    expect(t.kind).toBe('jws');
    expect(t.payload?.detached).toBe(true);
    expect(issuesOf(t, 'payload')).toEqual([]);
  });

  it('decodes a compact JWE header and its five segments', () => {
    const t = parse('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVy.dGFn');
    expect(t.header?.value).toEqual({ alg: 'dir', enc: 'A128GCM' });
    expect(t.segments.map((s) => s.name)).toEqual(['header', 'encrypted_key', 'iv', 'ciphertext', 'tag']);
    expect(t.payload).toBeUndefined();
    expect(t.signatures).toEqual([]);
  });
});

describe('parseToken: malformed, with a reason and what could be decoded', () => {
  it.each<[string, string, RegExp | undefined, { header?: boolean; payload?: boolean }]>([
    ['empty input', '', undefined, {}],
    ['only whitespace', ' \n\t ', undefined, {}],
    ['no dots', 'hello', undefined, {}],
    ['two segments (missing trailing dot)', `${NONE_HEADER}.${ADMIN}`, /\b2\b/, { header: true, payload: true }],
    ['four segments', `${NONE_HEADER}.${ADMIN}.c2ln.eHg`, /\b4\b/, { header: true, payload: true }],
    ['six segments', 'eyJhbGciOiJkaXIifQ.a.b.c.d.e', /\b6\b/, { header: true }],
    ['header not base64url', `eyJhbGciOiJub25lIn0!.${ADMIN}.`, /"!"/, { header: true, payload: true }],
    ['header length mod 4 = 1', `eyJhb.${ADMIN}.`, undefined, { header: true, payload: true }],
    ['a header alone', 'eyJhbGciOiJIUzI1NiJ9', undefined, { header: true }],
    ['header not JSON', `eyJhbGciOiJIUzI1NiJ9eA.${ADMIN}.`, /\b16\b/, { header: true, payload: true }],
    ['header an array', `WzEsMiwzXQ.${ADMIN}.`, undefined, { header: true, payload: true }],
    ['header empty', `.${ADMIN}.c2ln`, undefined, { payload: true }],
    ['payload not base64url', `${HS256_HEADER}.${ADMIN}?.c2ln`, /"\?"/, { header: true, payload: true }],
    ['signature not base64url', `${HS256_HEADER}.${ADMIN}.c2ln*`, /"\*"/, { header: true, payload: true }],
    ['JWE header not JSON', 'bm90IGpzb24..aXY.Y2lwaGVy.dGFn', undefined, { header: true }],
    ['JSON that is not a serialization', '{"alg":"HS256"}', undefined, {}],
    ['broken JSON', '{"payload":"e30",', undefined, {}],
  ])('%s', (_name, input, reason, decoded) => {
    const t = parse(input);
    expect(t.kind).toBe('malformed');
    expect(t.malformedReason).toMatch(/\S/);
    if (reason) expect(t.malformedReason).toMatch(reason);
    expect(t.header !== undefined).toBe(decoded.header ?? false);
    expect(t.payload !== undefined).toBe(decoded.payload ?? false);
  });

  it('refuses more than 8 MB quickly, without parsing', () => {
    const t = parseToken({ text: `${HS256_HEADER}.${'A'.repeat(MAX_TOKEN_CHARS)}.c2ln`, offset: 0, stripped: [] });
    expect(t.kind).toBe('malformed');
    expect(t.segments).toEqual([]);
  });

  it('takes the dots of an unencoded (b64:false) payload as part of it', () => {
    const header = b64url(JSON.stringify({ alg: 'HS256', b64: false, crit: ['b64'] }));
    const t = parse(`${header}.a.b.c.c2ln`);
    expect(t.kind).toBe('jws');
    expect(t.payload?.text).toBe('a.b.c');
    expect(ascii(t.signatures[0]!.signingInput)).toBe(`${header}.a.b.c`);
  });
});

describe('rules.md section A and B examples parse to the facts their rules need', () => {
  it('format-segment-count: header.payload without the trailing dot', () => {
    expect(parse(`${NONE_HEADER}.${ADMIN}`).kind).toBe('malformed');
  });

  it('b64-padding', () => {
    const t = parse(`eyJhbGciOiJub25lIn0=.${ADMIN}.`);
    expect(issuesOf(t, 'header')).toEqual(['padding']);
    expect(t.kind).toBe('unsecured');
  });

  it('b64-std-alphabet', () => {
    const t = parse(EXPIRED.replace('Yh_i0', 'Yh/i0'));
    expect(issuesOf(t, 'signature')).toEqual(['std-alphabet']);
    expect(t.kind).toBe('jws');
  });

  it('b64-whitespace: a line break after the first dot', () => {
    expect(issuesOf(parse(EXPIRED.replace('.', '.\r\n')), 'payload')).toEqual(['whitespace']);
  });

  it('b64-trailing-bits', () => {
    const t = parse(`eyJhbGciOiJub25lIn1.${ADMIN}.`);
    expect(issuesOf(t, 'header')).toEqual(['trailing-bits']);
    expect(t.header?.value).toEqual({ alg: 'none' });
  });

  it('b64-invalid: a "!" and a header of length 5', () => {
    expect(issuesOf(parse(`eyJhbGciOiJub25lIn0!.${ADMIN}.`), 'header')).toEqual(['invalid-char']);
    expect(issuesOf(parse(`eyJhb.${ADMIN}.`), 'header')).toEqual(['bad-length']);
    expect(issuesOf(parse(`.${ADMIN}.`), 'header')).toEqual(['empty']);
  });

  it('json-invalid: trailing garbage after the header object', () => {
    const t = parse(`eyJhbGciOiJIUzI1NiJ9eA.${ADMIN}.`);
    expect(t.header?.error?.offset).toBe(15);
    expect(t.header?.text).toBe('{"alg":"HS256"}x');
  });

  it('json-not-object: payload [1,2,3]', () => {
    const t = parse(`${HS256_HEADER}.WzEsMiwzXQ.c2ln`);
    expect(t.kind).toBe('jws');
    expect(t.payload?.json?.value).toEqual([1, 2, 3]);
  });

  it('json-encoding: UTF-8 BOM before the header', () => {
    const t = parse(`77u_eyJhbGciOiJIUzI1NiJ9.${ADMIN}.c2ln`);
    expect(t.header?.encodingIssues).toEqual(['bom']);
    expect(t.header?.value).toEqual({ alg: 'HS256' });
  });

  it('json-duplicate-member: header and payload variants', () => {
    const h = parse(`eyJhbGciOiJIUzI1NiIsImFsZyI6Im5vbmUifQ.${ADMIN}.LILNvnXSBagAd9dxs_5IiVKjRI5lPnFedgE9Y2-jJVw`);
    expect(h.header?.duplicates.map((d) => d.name)).toEqual(['alg']);
    expect(h.header?.value).toEqual({ alg: 'none' });
    const p = parse(`${HS256_HEADER}.eyJzdWIiOiJ1c2VyIiwic3ViIjoiYWRtaW4ifQ.Alp-6tL6lZm3q5nsHo8rgR84YAY7EGSlc9odVTYAxbI`);
    expect(p.payload?.json?.duplicates.map((d) => [d.path, d.name])).toEqual([[[], 'sub']]);
  });

  it('json-escaped-member-name: {"\\u0061lg":"none"}', () => {
    const t = parse(compact('{"\\u0061lg":"none"}', { sub: 'a' }));
    const root = t.header?.node;
    expect(root?.type === 'object' && root.members[0]).toMatchObject({ name: 'alg', escaped: true, rawName: '\\u0061lg' });
    expect(t.kind).toBe('unsecured');
  });

  it('json-deep-nesting: 1,000 nested arrays in the payload', () => {
    const t = parse(compact({ alg: 'HS256' }, `{"a":${'['.repeat(1000)}${']'.repeat(1000)}}`, 'c2ln'));
    expect(t.kind).toBe('jws');
    expect(t.payload?.json?.depth).toBeGreaterThan(256);
  });
});
