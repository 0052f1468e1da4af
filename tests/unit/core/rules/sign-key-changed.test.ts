// issue 12 / rules-next.md P: sign-key-changed on the token sign() makes from an input token.
import { createPublicKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspect } from '../../../../src/core/index';
import { NOW, OTHER_SECRET, PAYLOAD, SECRET, ecKey, resignFindings, signed, type TestKeyPair } from './resign-cases';

const RULE = 'sign-key-changed';
const HS256 = '{"alg":"HS256","typ":"JWT"}';
const ES256 = '{"alg":"ES256","typ":"JWT"}';

let hsInput: string;
let esInput: string;
let ec: TestKeyPair;
let otherEc: TestKeyPair;
beforeAll(async () => {
  ec = ecKey();
  otherEc = ecKey();
  hsInput = await signed({ header: HS256, payload: PAYLOAD, key: SECRET });
  esInput = await signed({ header: ES256, payload: PAYLOAD, key: ec.pem });
});

const expectInfo = (findings: { severity: string }[]) => {
  expect(findings).toHaveLength(1);
  expect(findings[0]!.severity).toBe('info');
};

describe(RULE, () => {
  it('issue 12: re-signing with the secret that verified the input, same alg, is not reported', async () => {
    expect(await resignFindings(RULE, { header: HS256, payload: '{"sub":"edited"}', key: SECRET, from: { token: hsInput, key: SECRET } })).toEqual([]);
  });

  it('issue 12: re-signing with another secret is reported (info)', async () => {
    expectInfo(await resignFindings(RULE, { header: HS256, payload: PAYLOAD, key: OTHER_SECRET, from: { token: hsInput, key: SECRET } }));
  });

  it('issue 12: the same secret read in another encoding is other bytes, and is reported', async () => {
    const hex = Buffer.from(SECRET).toString('hex');
    const input = await signed({ header: HS256, payload: PAYLOAD, key: hex, secretEncoding: 'hex' });
    const from = { token: input, key: hex, secretEncoding: 'hex' as const };
    expect(await resignFindings(RULE, { header: HS256, payload: PAYLOAD, key: hex, secretEncoding: 'hex', from })).toEqual([]);
    expectInfo(await resignFindings(RULE, { header: HS256, payload: PAYLOAD, key: hex, secretEncoding: 'utf8', from }));
  });

  it('issue 12: the same secret with another alg is reported, at the header alg', async () => {
    const findings = await resignFindings(RULE, { header: '{"alg":"HS384","typ":"JWT"}', payload: PAYLOAD, key: SECRET, from: { token: hsInput, key: SECRET } });
    expectInfo(findings);
    expect(findings[0]!.at).toMatchObject({ part: 'header', from: 7, to: 14 });
  });

  it('issue 12: re-signing with the private key of the public key that verified the input is not reported', async () => {
    expect(await resignFindings(RULE, { header: ES256, payload: '{"sub":"x"}', key: ec.jwk(), from: { token: esInput, key: ec.spki } })).toEqual([]);
  });

  it('issue 12: re-signing with another EC key (other thumbprint) is reported', async () => {
    expectInfo(await resignFindings(RULE, { header: ES256, payload: PAYLOAD, key: otherEc.pem, from: { token: esInput, key: ec.spki } }));
  });

  it.each([
    ['no-key', () => ({ token: esInput })],
    ['invalid', () => ({ token: esInput, key: otherEc.spki })],
    ['unsecured', () => ({ token: `${Buffer.from('{"alg":"none"}').toString('base64url')}.${esInput.split('.')[1]}.` })],
  ])('issue 12: an input that was never verified (%s) is reported even when re-signed with its key', async (status, from) => {
    const input = from();
    expect((await inspect({ ...input, now: NOW })).signature.status).toBe(status);
    expectInfo(await resignFindings(RULE, { header: ES256, payload: PAYLOAD, key: ec.pem, from: input }));
  });

  it('issue 12: re-signing as alg none is reported', async () => {
    expectInfo(await resignFindings(RULE, { header: '{"alg":"none"}', payload: PAYLOAD, key: '', from: { token: hsInput, key: SECRET } }));
  });

  it('issue 12: an HS256 token whose secret is the DER of the public key that verified the ES256 input is reported as an algorithm-confusion test token', async () => {
    // sign() refuses a public key's text as a secret; its DER given as hex is read as bytes.
    const der = createPublicKey(ec.spki).export({ format: 'der', type: 'spki' }).toString('hex');
    const findings = await resignFindings(RULE, { header: HS256, payload: PAYLOAD, key: der, secretEncoding: 'hex', from: { token: esInput, key: ec.spki } });
    expectInfo(findings);
    expect(findings[0]!.message).toContain('alg-confusion-forgery');
    const output = await signed({ header: HS256, payload: PAYLOAD, key: der, secretEncoding: 'hex' });
    expect((await inspect({ token: output, key: ec.spki, now: NOW })).findings.map((f) => f.rule)).toContain('alg-confusion-forgery');
  });

  it('issue 12: an HS256 token with an unrelated secret does not name alg-confusion-forgery', async () => {
    const findings = await resignFindings(RULE, { header: HS256, payload: PAYLOAD, key: OTHER_SECRET, from: { token: esInput, key: ec.spki } });
    expectInfo(findings);
    expect(findings[0]!.message).not.toContain('alg-confusion-forgery');
  });

  it('issue 12: sign() without from reports neither re-signing rule', async () => {
    const result = await resignFindings(RULE, { header: HS256, payload: PAYLOAD, key: OTHER_SECRET });
    expect(result).toEqual([]);
  });
});
