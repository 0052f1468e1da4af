import { describe, expect, it } from 'vitest';
import { extract, looksLikeJwt } from '../../../src/core/extract';
import type { StrippedKind } from '../../../src/core/types';

const T = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImV4cCI6NDEwMjQ0NDgwMH0.h_hkkj9D-caNwNEnJpBOhvwUhe9TG5PDA5ZFNjoIm2w';
const NONE = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.';
const JWE = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVy.dGFn';

const kinds = (input: string) => extract(input).stripped.map((s) => s.kind);

describe('extract: the token inside what was pasted', () => {
  it.each<[string, string, string, StrippedKind[]]>([
    ['a bare token', T, T, []],
    ['an unsecured token (trailing dot kept)', NONE, NONE, []],
    ['a compact JWE', JWE, JWE, []],
    ['Bearer prefix', `Bearer ${T}`, T, ['auth-scheme']],
    ['lower-case bearer with tabs', `bearer\t\t${T}`, T, ['auth-scheme']],
    ['JWT prefix', `JWT ${T}`, T, ['auth-scheme']],
    ['Token prefix', `Token ${T}`, T, ['auth-scheme']],
    ['Authorization header line', `Authorization: Bearer ${T}`, T, ['auth-scheme']],
    ['AUTHORIZATION with no scheme', `AUTHORIZATION:${T}`, T, ['auth-scheme']],
    ['surrounding whitespace and newlines', `  \n${T}\r\n`, T, ['whitespace']],
    ['double quotes with a trailing newline', `"${T}"\n`, T, ['whitespace', 'quotes']],
    ['single quotes', `'${T}'`, T, ['quotes']],
    ['backticks', `\`${T}\``, T, ['quotes']],
    ['curly quotes', `\u201c${T}\u201d`, T, ['quotes']],
    ['trailing comma', `${T},`, T, ['trailing-punctuation']],
    ['quoted with a trailing comma (a JSON array line)', `  "${T}",`, T, ['whitespace', 'trailing-punctuation', 'quotes']],
    ['trailing semicolon', `${T};`, T, ['trailing-punctuation']],
    ['Cookie line', `Cookie: theme=dark; session=${T}; lang=en`, T, ['auth-scheme', 'cookie-name', 'cookie-name']],
    ['Set-Cookie line', `Set-Cookie: session=${T}; Path=/; HttpOnly`, T, ['auth-scheme', 'cookie-name', 'cookie-name']],
    ['bare cookie pair', `session=${T}`, T, ['cookie-name']],
    ['cookie whose name starts with e', `exp_session=${T}`, T, ['cookie-name']],
    ['URL-encoded trailing space', `${T}%20`, T, ['url-encoding', 'whitespace']],
    ['quoted cookie value', `session="${T}"`, T, ['cookie-name', 'quotes']],
    ['URL fragment id_token', `https://app.example/cb#id_token=${T}&state=abc`, T, ['url', 'url']],
    ['URL fragment access_token', `https://app.example/cb#state=abc&access_token=${T}`, T, ['url']],
    ['URL query access_token', `https://api.example/x?access_token=${T}`, T, ['url']],
    ['URL query id_token', `https://app.example/cb?code=1&id_token=${T}#x`, T, ['url', 'url']],
    ['URL query token', `https://app.example/?token=${T}`, T, ['url']],
    ['URL fragment token', `https://app.example/#token=${T}`, T, ['url']],
    ['any parameter name', `https://app.example/cb?jwt_assertion=${T}`, T, ['url']],
    ['a bare fragment', `#id_token=${T}&state=1`, T, ['url', 'url']],
    ['URL-encoded dots', T.replaceAll('.', '%2E'), T, ['url-encoding']],
    ['URL-encoded padding', 'eyJhbGciOiJub25lIn0%3D.eyJzdWIiOiJhZG1pbiJ9.', 'eyJhbGciOiJub25lIn0=.eyJzdWIiOiJhZG1pbiJ9.', ['url-encoding']],
    ['URL-encoded in a URL parameter', `https://x.example/cb#id_token=${T.replaceAll('.', '%2e')}`, T, ['url', 'url-encoding']],
    ['OAuth token response', `{"access_token":"${T}","token_type":"Bearer","expires_in":3600}`, T, ['json-field']],
    ['OAuth token response, id_token only', `{"token_type":"Bearer","id_token":"${NONE}"}`, NONE, ['json-field']],
    ['token response pretty-printed', `{\n  "access_token": "${T}",\n  "id_token": "${NONE}"\n}\n`, T, ['whitespace', 'json-field']],
  ])('%s', (_name, input, token, stripped) => {
    const e = extract(input);
    expect(e.text).toBe(token);
    expect(e.stripped.map((s) => s.kind)).toEqual(stripped);
  });

  it('gives the offset of the token in the input when it is a plain substring', () => {
    for (const input of [`Bearer ${T}`, ` "${T}",`, `Cookie: a=b; session=${T}; c=d`, `{"access_token":"${T}"}`, `https://x/#id_token=${T}&s=1`]) {
      const e = extract(input);
      expect(e.offset).not.toBeNull();
      expect(input.slice(e.offset!, e.offset! + e.text.length)).toBe(e.text);
    }
  });

  it('has no offset once the text was decoded', () => {
    expect(extract(T.replaceAll('.', '%2E')).offset).toBeNull();
    expect(extract(`{"access_token":"${T.replace('.', '\\u002e')}"}`).offset).toBeNull();
  });

  it('reports what was removed', () => {
    const e = extract(`Authorization: Bearer ${T}\n`);
    expect(e.stripped).toEqual([
      { kind: 'whitespace', text: '\n' },
      { kind: 'auth-scheme', text: 'Authorization: Bearer ' },
    ]);
  });

  it('keeps whitespace inside the token', () => {
    const wrapped = `${T.slice(0, 40)}\n${T.slice(40)}`;
    expect(extract(`  ${wrapped}  `).text).toBe(wrapped);
  });

  it('returns a JWS/JWE JSON serialization as it is', () => {
    const flattened = '{"payload":"eyJzdWIiOiJhZG1pbiJ9","protected":"eyJhbGciOiJIUzI1NiJ9","signature":"abc"}';
    const general = '{"payload":"e30","signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9","signature":"abc"}]}';
    const jwe = '{"protected":"eyJlbmMiOiJBMTI4R0NNIn0","ciphertext":"abc","iv":"x","tag":"y"}';
    for (const json of [flattened, general, jwe]) {
      expect(extract(json)).toEqual({ text: json, offset: 0, stripped: [] });
    }
    expect(extract(`\n${flattened}\n`).text).toBe(flattened);
  });

  it('returns a serialization with a compact token inside as it is (polyglot)', () => {
    const polyglot = `{"  ${T}  ":"","protected":"eyJhbGciOiJIUzI1NiJ9","payload":"e30","signature":"abc"}`;
    expect(extract(polyglot).text).toBe(polyglot);
  });

  it('does not decode %XX when that makes no token appear', () => {
    expect(kinds('abc%2Edef')).toEqual([]);
    expect(kinds('eyJhbGciOiJub25lIn0%ZZ.eyJzdWIiOiJhZG1pbiJ9.')).toEqual([]);
  });

  it('does not take a padded token for a cookie pair', () => {
    const padded = 'eyJhbGciOiJub25lIn0=.eyJzdWIiOiJhZG1pbiJ9.';
    expect(extract(padded).text).toBe(padded);
  });

  it('leaves text with no token in it alone', () => {
    for (const input of ['hello world', 'a=b; c=d', '{"a":1}', '[1,2]', 'https://example.com/?x=1', '', 'Bearer ']) {
      expect(extract(input).text).toBe(input.trim());
    }
  });

  it('returns promptly on 5 MB of noise', () => {
    const noise = ` "${'?a=b&;'.repeat(900_000)}" `;
    expect(extract(noise).text.length).toBeGreaterThan(0);
    const spaces = `Bearer${' '.repeat(5_000_000)}x`;
    expect(extract(spaces).text).toBe('x');
  });
});

describe('looksLikeJwt', () => {
  it.each([
    [T, true],
    [NONE, true],
    [JWE, true],
    ['eyJhbGciOiJub25lIn0=.eyJzdWIiOiJhZG1pbiJ9.', true],
    ['eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9', false],
    ['abc.def.ghi', false],
    ['e.f', false],
    ['1.2.3', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeJwt(text)).toBe(expected);
  });
});
