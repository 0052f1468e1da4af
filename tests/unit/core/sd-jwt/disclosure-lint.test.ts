// rules-next "When an SD-JWT is presented": the b64-* rules run on every Disclosure and on the
// KB-JWT, the json-* rules on each Disclosure's JSON. A finding on a Disclosure points at the
// Disclosure in the token text, as the sd-* rules do; a finding on the KB-JWT has path `kb`.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/core/report';
import { b64url, hits, run } from '../../helpers/mint';
import { BASE, digest, es256, issuerJwk, prop, SD_HEADER, present, simple } from '../../helpers/sd-jwt';

const key = issuerJwk();
const SALT = '2GLC42sKQveCfGfryNRN9w';

/** An SD-JWT presenting `disclosures` (base64url text as given), each referenced by `_sd`. */
async function presented(...disclosures: string[]): Promise<Report> {
  const issuer = es256(SD_HEADER, { ...BASE, _sd: disclosures.map((d) => digest(d)).sort(), _sd_alg: 'sha-256' });
  return run(present(issuer, disclosures), { key });
}

/** The rule's findings, each checked to point at one of the presented Disclosures. */
function onDisclosure(report: Report, rule: string, disclosure: string) {
  const found = hits(report, rule);
  for (const f of found) {
    expect(f.path).toBeUndefined();
    expect(f.at?.part).toBe('token');
    expect(report.input.token.slice(f.at!.from, f.at!.to)).toBe(disclosure);
  }
  return found;
}

/** A Disclosure of `json` as UTF-8 bytes (the text as written, escapes and all). */
const raw = (json: string) => b64url(json);
/** A Disclosure whose base64url text is `n` mod 4 characters long (2 or 3), so it can be padded. */
function unpaddedOfLength(): string {
  for (let i = 0; ; i++) {
    const d = raw(JSON.stringify([SALT, 'given_name', `Alice${'x'.repeat(i)}`]));
    if (d.length % 4 !== 0) return d;
  }
}

describe('issue 14: b64-* rules on each Disclosure', () => {
  it('issue 14: b64-padding fires on a Disclosure with "=" padding, at the Disclosure', async () => {
    const d = unpaddedOfLength();
    const padded = d + '='.repeat(4 - (d.length % 4));
    const report = await presented(padded);
    expect(onDisclosure(report, 'b64-padding', padded).map((f) => f.severity)).toEqual(['warning']);
    expect(hits(await presented(d), 'b64-padding')).toEqual([]);
  });

  it('issue 14: b64-std-alphabet fires on a Disclosure written with "+" or "/"', async () => {
    // Bytes chosen so that the base64 text has both "+" and "/": the value ">>>???" encodes to them.
    const url = raw(JSON.stringify([SALT, 'note', '>>>???>>>???']));
    const std = url.replace(/-/g, '+').replace(/_/g, '/');
    expect(std).not.toBe(url);
    const report = await presented(std);
    expect(onDisclosure(report, 'b64-std-alphabet', std)).toHaveLength(1);
    expect(hits(await presented(url), 'b64-std-alphabet')).toEqual([]);
  });

  it('issue 14: b64-trailing-bits fires on a Disclosure whose last character has unused bits set', async () => {
    const d = unpaddedOfLength();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(d.at(-1)!);
    const changed = d.slice(0, -1) + alphabet[last | 1]!; // the lowest unused bit set: same bytes
    expect(changed).not.toBe(d);
    const report = await presented(changed);
    expect(onDisclosure(report, 'b64-trailing-bits', changed)).toHaveLength(1);
    expect(report.sd?.disclosures[0]?.name).toBe('given_name');
  });

  it('issue 14: b64-invalid fires on a Disclosure of impossible length', async () => {
    const d = raw(JSON.stringify([SALT, 'given_name', 'Alice']));
    const cut = d.length % 4 === 1 ? d : `${d}${'A'.repeat((5 - (d.length % 4)) % 4)}`;
    expect(cut.length % 4).toBe(1);
    const report = await presented(cut);
    expect(onDisclosure(report, 'b64-invalid', cut).map((f) => f.severity)).toEqual(['error']);
  });

  it('issue 14: b64-whitespace fires on a Disclosure with a line break inside', async () => {
    const d = raw(JSON.stringify([SALT, 'given_name', 'Alice']));
    const wrapped = `${d.slice(0, 10)}\n${d.slice(10)}`;
    const report = await presented(wrapped);
    expect(onDisclosure(report, 'b64-whitespace', wrapped)).toHaveLength(1);
    expect(hits(await presented(d), 'b64-whitespace')).toEqual([]);
  });

  it('issue 14: a clean SD-JWT draws no b64-* or json-* finding', async () => {
    const report = await run(simple({ given_name: 'Alice', address: { street: 'Main St' } }, BASE, { kb: {} }).token, { key });
    expect(report.signature.status).toBe('valid');
    expect(report.findings.filter((f) => /^(b64|json)-/.test(f.rule))).toEqual([]);
  });
});

describe("issue 14: json-* rules on each Disclosure's JSON", () => {
  it('issue 14: json-duplicate-member fires on a repeated member inside a Disclosure value', async () => {
    const d = raw(`["${SALT}","address",{"street":"a","street":"b"}]`);
    const found = onDisclosure(await presented(d), 'json-duplicate-member', d);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  it('issue 14: json-duplicate-member is an error for a privilege-like member in a Disclosure', async () => {
    const d = raw(`["${SALT}","access",{"role":"user","role":"admin"}]`);
    expect(onDisclosure(await presented(d), 'json-duplicate-member', d).map((f) => f.severity)).toEqual(['error']);
  });

  it('issue 14: json-duplicate-member is an error for a repeated _sd inside a Disclosure value, and for a repeated vct in the payload', async () => {
    const d = raw(`["${SALT}","address",{"_sd":["a"],"_sd":["b"]}]`);
    expect(onDisclosure(await presented(d), 'json-duplicate-member', d).map((f) => f.severity)).toEqual(['error']);
    const payload = JSON.stringify({ ...BASE, _sd_alg: 'sha-256' }).replace(/^\{/, '{"vct":"a","vct":"b",');
    const token = `${es256(SD_HEADER, {}).split('.')[0]}.${b64url(payload)}.sig~`;
    expect(hits(await run(token), 'json-duplicate-member').map((f) => f.severity)).toEqual(['error']);
  });

  it('issue 14: json-escaped-member-name fires on a claim name written with \\u escapes, and on a member in the value', async () => {
    const name = raw(`["${SALT}","\\u0065xp",1767225600]`);
    expect(onDisclosure(await presented(name), 'json-escaped-member-name', name)).toHaveLength(1);
    const member = raw(`["${SALT}","address",{"str\\u0065et":"a"}]`);
    expect(onDisclosure(await presented(member), 'json-escaped-member-name', member)).toHaveLength(1);
    const plain = raw(`["${SALT}","address",{"street":"a"}]`);
    expect(hits(await presented(plain), 'json-escaped-member-name')).toEqual([]);
  });

  it('issue 14: json-encoding fires on a Disclosure with a byte order mark', async () => {
    const d = b64url(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(JSON.stringify([SALT, 'given_name', 'Alice']))]));
    expect(onDisclosure(await presented(d), 'json-encoding', d)).toHaveLength(1);
  });

  it('issue 14: json-deep-nesting fires on a Disclosure value nested 40 levels deep', async () => {
    const d = raw(`["${SALT}","deep",${'['.repeat(40)}${']'.repeat(40)}]`);
    expect(onDisclosure(await presented(d), 'json-deep-nesting', d).map((f) => f.severity)).toEqual(['warning']);
  });

  it('issue 14: json-invalid fires on a Disclosure that is not JSON; json-not-object never on a Disclosure', async () => {
    const bad = raw(`["${SALT}","given_name","Alice"`);
    const report = await presented(bad);
    expect(onDisclosure(report, 'json-invalid', bad)).toHaveLength(1);
    expect(hits(report, 'sd-disclosure-malformed')).toHaveLength(1);
    const good = prop('given_name', 'Alice').text;
    expect(hits(await presented(good), 'json-not-object')).toEqual([]);
  });
});

describe('issue 14: b64-* and json-* rules on the KB-JWT, at path kb', () => {
  const kbOf = (token: string) => token.slice(token.lastIndexOf('~') + 1);

  it('issue 14: b64-padding fires on a padded KB-JWT signature, at path kb', async () => {
    const { token } = simple({ given_name: 'Alice' }, BASE, { kb: {} });
    const padded = `${token}${'='.repeat((4 - (kbOf(token).split('.')[2]!.length % 4)) % 4) || '=='}`;
    const report = await run(padded, { key });
    expect(hits(report, 'b64-padding').map((f) => f.path)).toEqual([['kb']]);
  });

  it('issue 14: json-duplicate-member fires on a KB-JWT payload with two nonces, at path kb', async () => {
    const { token } = simple({ given_name: 'Alice' }, BASE, { kb: {} });
    const [h, p, s] = kbOf(token).split('.');
    const payload = Buffer.from(p!, 'base64url').toString('utf8').replace(/^\{/, '{"nonce":"other",');
    const report = await run(`${token.slice(0, token.lastIndexOf('~') + 1)}${h}.${b64url(payload)}.${s}`, { key });
    expect(hits(report, 'json-duplicate-member').map((f) => [f.path, f.severity])).toEqual([[['kb'], 'error']]);
  });
});
