// Issue 16, reading the pasted input: tokens pasted twice, curl commands, HTTP messages and
// callback URLs holding several tokens, through inspect().
import { describe, expect, it } from 'vitest';
import { b64url, hits, hmacToken, NOW, run, severityOf } from '../../helpers/mint';

const SECRET = 'a-secret-nobody-would-guess-0193';
const ID = hmacToken({ alg: 'HS256', typ: 'JWT' }, { iss: 'https://idp.example', sub: 'u1', aud: 'client', nonce: 'n1', iat: NOW - 60, exp: NOW + 540 }, SECRET);
const ACCESS = hmacToken({ alg: 'HS256', typ: 'at+jwt' }, { iss: 'https://idp.example', sub: 'u1', aud: 'api', client_id: 'client', scope: 'read', iat: NOW - 60, exp: NOW + 540 }, SECRET);
const JWE = `${b64url('{"alg":"dir","enc":"A128GCM"}')}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
const stripped = (r: { input: { stripped: { kind: string }[] } }) => r.input.stripped.map((s) => s.kind);

describe('issue 16: tokens pasted one after another', () => {
  it.each([
    ['back to back', `${ID}${ID}`],
    ['on two lines', `${ID}\n${ID}`],
    ['with a space', `${ID} ${ID}`],
  ])('issue 16: a token pasted twice (%s) is that token, not an encrypted one', async (_name, input) => {
    const report = await run(input, { key: SECRET, secretEncoding: 'utf8' });
    expect(report.kind).toBe('jws');
    expect(report.signature.status).toBe('valid');
    expect(report.input.token).toBe(ID);
    expect(stripped(report)).toEqual(['repeated-token']);
    expect(hits(report, 'jwe-compact')).toEqual([]);
    expect(hits(report, 'format-segment-count')).toEqual([]);
    expect(severityOf(report, 'input-surrounding-noise')).toBe('info');
    // The segments are the first copy's, in the pasted text.
    expect(report.segments.map((s) => [s.from, s.to])).toEqual([
      [0, ID.indexOf('.')],
      [ID.indexOf('.') + 1, ID.lastIndexOf('.')],
      [ID.lastIndexOf('.') + 1, ID.length],
    ]);
  });

  it('issue 16: two different tokens pasted together: the first is inspected and the second offered', async () => {
    const report = await run(`${ID}${ACCESS}`);
    expect(report.kind).toBe('jws');
    expect(report.input.token).toBe(ID);
    expect(stripped(report)).toEqual(['other-tokens']);
    expect(report.input.alternatives).toEqual([{ name: 'token 2', text: ACCESS }]);
    expect(severityOf(report, 'input-surrounding-noise')).toBe('info');
  });

  it('issue 16: five dot-separated parts without enc are malformed, never encrypted', async () => {
    for (const input of [`${ID}.AAAA.BBBB`, `${ID.slice(0, ID.lastIndexOf('.'))}.c2ln.eyJub3QiOiJoZWFkZXIifQ.x`]) {
      const report = await run(input);
      expect(report.kind).toBe('malformed');
      expect(report.signature.status).toBe('malformed');
      expect(severityOf(report, 'format-segment-count')).toBe('error');
      expect(hits(report, 'jwe-compact')).toEqual([]);
      // The first three parts are still shown as the header and payload they are.
      expect(report.segments.map((s) => s.name)).toEqual(['header', 'payload', 'signature']);
      expect(report.payload?.value?.sub).toBe('u1');
    }
  });

  it('issue 16: a JWE (five parts with enc) is still encrypted', async () => {
    const report = await run(JWE);
    expect(report.kind).toBe('jwe');
    expect(report.signature.status).toBe('encrypted');
    expect(severityOf(report, 'jwe-compact')).toBe('info');
    expect(hits(report, 'format-segment-count')).toEqual([]);
  });
});

describe('issue 16: tokens inside a curl command or an HTTP message', () => {
  it.each([
    ['curl -H "Authorization: Bearer …"', `curl 'https://api.example/orders' -H "Authorization: Bearer ${ACCESS}" -H 'Accept: application/json'`, ['curl-command', 'auth-scheme']],
    ['curl --header with line continuations', `curl -X GET \\\n  'https://api.example/orders' \\\n  --header 'Authorization: Bearer ${ACCESS}'`, ['curl-command', 'auth-scheme']],
    ['an HTTP request', `GET /orders HTTP/1.1\r\nHost: api.example\r\nAuthorization: Bearer ${ACCESS}\r\nAccept: application/json\r\n\r\n{"limit":10}`, ['http-message', 'auth-scheme']],
  ])('issue 16: %s gives its token and says what was removed', async (_name, input, kinds) => {
    const report = await run(input, { key: SECRET, secretEncoding: 'utf8' });
    expect(report.kind).toBe('jws');
    expect(report.signature.status).toBe('valid');
    expect(report.input.token).toBe(ACCESS);
    expect(stripped(report)).toEqual(kinds);
    expect(severityOf(report, 'input-auth-scheme-prefix')).toBe('info');
    expect(severityOf(report, 'input-surrounding-noise')).toBe('info');
    // The token's segments point into the pasted text.
    expect(report.segments[0]!.from).toBe(input.indexOf(ACCESS));
    expect(report.segments[2]!.to).toBe(input.indexOf(ACCESS) + ACCESS.length);
  });
});

describe('issue 16: a callback URL with access_token and id_token', () => {
  it.each([
    ['fragment', `https://app.example/cb#access_token=${ACCESS}&token_type=Bearer&id_token=${ID}&state=s1`],
    ['query', `https://app.example/cb?id_token=${ID}&access_token=${ACCESS}&state=s1`],
  ])('issue 16: a callback URL (%s) inspects the id_token and offers the access_token', async (_name, input) => {
    const report = await run(input);
    expect(report.input.token).toBe(ID);
    expect(report.input.name).toBe('id_token');
    expect(report.input.alternatives).toEqual([{ name: 'access_token', text: ACCESS }]);
    expect(report.profile.idToken).toBe(true);
    expect(stripped(report)).toEqual(['url', 'url']);
    // Said by the rule, which does not echo the URL's other values.
    const noise = hits(report, 'input-surrounding-noise');
    expect(noise.length).toBeGreaterThanOrEqual(2);
    for (const f of noise) expect(f.message).not.toContain(ACCESS);
    // The alternative is a token of its own.
    const other = await run(report.input.alternatives![0]!.text);
    expect(other.profile.atJwt).toBe(true);
    expect(other.input.stripped).toEqual([]);
  });
});
