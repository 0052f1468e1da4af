import { describe, expect, it } from 'vitest';
import { extract, looksLikeJwt } from '../../../../src/core/parse/extract';
import type { StrippedKind } from '../../../../src/core/report';

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
    ['token response pretty-printed (the id_token is taken)', `{\n  "access_token": "${T}",\n  "id_token": "${NONE}"\n}\n`, NONE, ['whitespace', 'json-field']],
    // Issue 16: a curl command and a whole HTTP message.
    ['issue 16: curl with -H "Authorization: Bearer …"', `curl 'https://api.example/orders' -H "Authorization: Bearer ${T}" -H 'Accept: application/json'`, T, ['curl-command', 'auth-scheme']],
    ['issue 16: curl with --header, single quotes and line continuations', `curl -X GET \\\n  'https://api.example/orders?limit=10' \\\n  -H 'Accept: application/json' \\\n  --header 'Authorization: Bearer ${T}'\n`, T, ['whitespace', 'curl-command', 'auth-scheme']],
    ['issue 16: curl with CR LF line continuations', `curl https://api.example/x \\\r\n  -H "Authorization: Bearer ${T}"`, T, ['curl-command', 'auth-scheme']],
    ['issue 16: curl with the header glued to -H', `curl -H"Authorization: Bearer ${T}" https://api.example/x`, T, ['curl-command', 'auth-scheme']],
    ['issue 16: curl with --oauth2-bearer', `curl --oauth2-bearer ${T} https://api.example/x`, T, ['curl-command']],
    ['issue 16: curl with a cookie', `curl -b 'theme=dark; session=${T}' https://api.example/x`, T, ['curl-command', 'cookie-name']],
    ['issue 16: curl with a custom token header', `curl -H 'X-Auth-Token: ${T}' https://api.example/x`, T, ['curl-command', 'auth-scheme']],
    ['issue 16: curl after a shell prompt, as Chrome copies it (lower-case header)', `$ curl 'https://api.example/x' \\\n  -H 'accept: */*' \\\n  -H 'authorization: Bearer ${T}'`, T, ['curl-command', 'auth-scheme']],
    ['issue 16: curl with the token in its URL', `curl -s "https://api.example/x?access_token=${T}"`, T, ['curl-command', 'url']],
    ['issue 16: an HTTP request', `GET /api/orders HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer ${T}\nAccept: application/json\n\n{"limit":10}`, T, ['http-message', 'auth-scheme']],
    ['issue 16: an HTTP request with CR LF line ends', `POST /orders HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Bearer ${T}\r\nContent-Length: 0\r\n\r\n`, T, ['whitespace', 'http-message', 'auth-scheme']],
    ['issue 16: HTTP headers without the request line', `Host: api.example.com\nX-Auth-Token: ${T}\nAccept: */*`, T, ['http-message', 'auth-scheme']],
    ['issue 16: an HTTP/2 request copied from a browser', `:method: GET\n:authority: api.example.com\nauthorization: Bearer ${T}\naccept: */*`, T, ['http-message', 'auth-scheme']],
    ['issue 16: an HTTP response setting a cookie', `HTTP/1.1 200 OK\nSet-Cookie: session=${T}; Path=/; HttpOnly\nContent-Type: text/html`, T, ['http-message', 'auth-scheme', 'cookie-name', 'cookie-name']],
    ['issue 16: an HTTP request with the token in its URL', `GET /cb?id_token=${NONE}&state=1 HTTP/1.1\nHost: app.example`, NONE, ['http-message', 'url', 'url']],
    ['issue 16: an HTTP request with the token in its body', `POST /token HTTP/1.1\nHost: idp.example\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=jwt-bearer&assertion=${T}`, T, ['http-message', 'url']],
    // Issue 16: tokens pasted one after another.
    ['issue 16: a token pasted twice', `${T}${T}`, T, ['repeated-token']],
    ['issue 16: a token pasted twice on two lines', `${T}\n${T}\n`, T, ['whitespace', 'repeated-token']],
    ['issue 16: a token pasted three times with spaces', `${T} ${T} ${T}`, T, ['repeated-token']],
    ['issue 16: an unsecured token pasted twice', `${NONE}${NONE}`, NONE, ['repeated-token']],
    ['issue 16: a JWE pasted twice', `${JWE}${JWE}`, JWE, ['repeated-token']],
    ['issue 16: two different tokens', `${T}${NONE}`, T, ['other-tokens']],
    ['issue 16: a Bearer line with the token pasted twice', `Bearer ${T}${T}`, T, ['auth-scheme', 'repeated-token']],
  ])('%s', (_name, input, token, stripped) => {
    const e = extract(input);
    expect(e.text).toBe(token);
    expect(e.stripped.map((s) => s.kind)).toEqual(stripped);
  });

  it('gives the offset of the token in the input when it is a plain substring', () => {
    const http = `GET / HTTP/1.1\nHost: a\nAuthorization: Bearer ${T}\n`;
    const curl = `curl https://a.example/ \\\n -H 'Authorization: Bearer ${T}'`;
    for (const input of [`Bearer ${T}`, ` "${T}",`, `Cookie: a=b; session=${T}; c=d`, `{"access_token":"${T}"}`, `https://x/#id_token=${T}&s=1`, http, curl, `${T}\n${T}`]) {
      const e = extract(input);
      expect(e.offset).not.toBeNull();
      expect(input.slice(e.offset!, e.offset! + e.text.length)).toBe(e.text);
    }
  });

  it('issue 16: a callback URL with access_token and id_token takes the id_token and offers the access_token', () => {
    for (const input of [
      `https://app.example/cb#access_token=${T}&token_type=Bearer&id_token=${NONE}&state=x`,
      `https://app.example/cb?id_token=${NONE}&access_token=${T}`,
    ]) {
      const e = extract(input);
      expect(e.text).toBe(NONE);
      expect(e.name).toBe('id_token');
      expect(e.alternatives).toEqual([{ name: 'access_token', text: T }]);
    }
    const encoded = extract(`https://app.example/cb#access_token=${T.replaceAll('.', '%2E')}&id_token=${NONE}`);
    expect(encoded.alternatives).toEqual([{ name: 'access_token', text: T }]);
  });

  it('issue 16: the other token is named in what was removed, not passed off as "the surrounding URL"', () => {
    const e = extract(`https://app.example/cb#access_token=${T}&token_type=Bearer&id_token=${NONE}&state=x`);
    const removed = e.stripped.filter((s) => s.kind === 'url').map((s) => s.text);
    expect(removed.join(' ')).not.toContain(T.slice(0, 20));
    expect(removed[0]).toContain('access_token=<access_token>');
  });

  it('issue 16: a token response with several tokens takes the id_token and offers the others', () => {
    const e = extract(`{"access_token":"${T}","id_token":"${NONE}","refresh_token":"${JWE}"}`);
    expect(e.text).toBe(NONE);
    expect(e.name).toBe('id_token');
    expect(e.alternatives).toEqual([
      { name: 'access_token', text: T },
      { name: 'refresh_token', text: JWE },
    ]);
  });

  it('issue 16: one token has no alternatives, and the same token twice is offered once', () => {
    expect(extract(`https://app.example/cb#id_token=${T}`).alternatives).toBeUndefined();
    expect(extract(`https://app.example/cb#id_token=${T}&access_token=${T}`).alternatives).toBeUndefined();
    expect(extract(`${T}${T}`).alternatives).toBeUndefined();
  });

  it('issue 16: an HTTP request with Authorization and DPoP headers takes Authorization and offers the DPoP proof', () => {
    const e = extract(`POST /orders HTTP/1.1\r\nHost: a\r\nDPoP: ${NONE}\r\nAuthorization: DPoP ${T}\r\n\r\n`);
    expect(e.text).toBe(T);
    expect(e.name).toBe('Authorization');
    expect(e.alternatives).toEqual([{ name: 'DPoP', text: NONE }]);
  });

  it('issue 16: tokens pasted one after another: the first is taken, the others offered', () => {
    const e = extract(`${T}\n${NONE}\n${T}\n${JWE}`);
    expect(e.text).toBe(T);
    expect(e.name).toBe('token 1');
    expect(e.alternatives).toEqual([
      { name: 'token 2', text: NONE },
      { name: 'token 4', text: JWE },
    ]);
    expect(kinds(`${T}${NONE}`)).toEqual(['other-tokens']);
  });

  it('issue 16: what else the HTTP message or curl command held is listed', () => {
    expect(extract(`GET /api/orders HTTP/1.1\nHost: api.example\nAuthorization: Bearer ${T}\nAccept: */*\n\n{}`).stripped[0]).toEqual({
      kind: 'http-message',
      text: 'GET /api/orders HTTP/1.1 · Host · Accept · body',
    });
    expect(extract(`curl -s 'https://api.example/x' -H 'Authorization: Bearer ${T}' -H 'Accept: */*'`).stripped[0]).toEqual({
      kind: 'curl-command',
      text: "curl -s https://api.example/x -H 'Accept: */*'",
    });
  });

  it('issue 16: five parts that are one JWE, or text that is not two whole tokens, are not split', () => {
    expect(extract(JWE)).toEqual({ text: JWE, offset: 0, stripped: [] });
    // Whitespace inside a token (a wrapped token) and a token followed by other text.
    const wrapped = `${T.slice(0, 40)}\n${T.slice(40)}`;
    for (const input of [`${wrapped}\n${wrapped}`, `${T} and ${T}`, `${T}.${T}`, `${T}${T.slice(0, 30)}`]) {
      expect(extract(input).stripped).toEqual([]);
    }
    // An unencoded payload (b64: false) may hold dots.
    const unencoded = 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19.$.02.A.B.c2ln';
    expect(extract(unencoded).text).toBe(unencoded);
  });

  it('issue 16: text that only looks like HTTP or curl is left alone', () => {
    for (const input of ['curl https://example.com/', 'GET / HTTP/1.1\nHost: a', 'Host: a\nAccept: b', `https://a.example/x\nhttps://b.example/#id_token=x`]) {
      expect(extract(input).text).toBe(input);
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
