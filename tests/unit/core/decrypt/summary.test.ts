// Issue 13: the verdict of a JWE with a key follows the decryption, then the inner token.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../src/core/index';
import type { NestedReport, Report } from '../../../../src/core/report';

const encrypted: Report['signature'] = { status: 'encrypted', reason: 'Encrypted.', candidates: [] };
const inner = (status: 'valid' | 'invalid'): NestedReport =>
  ({ path: ['jwe'], report: { summary: summarize({ signature: (status === 'valid' ? { status, alg: 'RS256', candidates: [] } : { status, reason: 'No.', candidates: [] }) as Report['signature'], findings: [] }) } }) as unknown as NestedReport;

describe('issue 13: summary of a decrypted JWE', () => {
  it('issue 13: decrypted with a signed token inside takes the inner verdict', () => {
    const s = summarize({ signature: encrypted, findings: [], decryption: { status: 'decrypted', alg: 'RSA-OAEP', enc: 'A128GCM' }, nested: [inner('valid')] });
    expect(s).toMatchObject({ status: 'valid', trusted: true, tone: 'good' });
    expect(s.headline.startsWith('Decrypted')).toBe(true);
    const bad = summarize({ signature: encrypted, findings: [], decryption: { status: 'decrypted', alg: 'RSA-OAEP', enc: 'A128GCM' }, nested: [inner('invalid')] });
    expect(bad).toMatchObject({ status: 'invalid', trusted: false, tone: 'bad' });
  });

  it('issue 13: decrypted plain claims under a public-key alg are untrusted (jwe-not-authenticated)', () => {
    const findings = [{ rule: 'jwe-not-authenticated', severity: 'error' as const, message: '' }];
    const s = summarize({ signature: encrypted, findings, decryption: { status: 'decrypted', alg: 'RSA-OAEP', enc: 'A128GCM' }, nested: [] });
    expect(s).toMatchObject({ status: 'encrypted', trusted: false, tone: 'bad', rule: 'jwe-not-authenticated' });
  });

  it('issue 13: failed is bad, key-mismatch/unsupported/refused warn, no-key keeps the Encrypted verdict', () => {
    const of = (status: 'failed' | 'key-mismatch' | 'unsupported' | 'refused' | 'no-key') =>
      summarize({ signature: encrypted, findings: [], decryption: { status, alg: 'dir', enc: 'A128GCM' } });
    expect(of('failed').tone).toBe('bad');
    for (const s of ['key-mismatch', 'unsupported', 'refused'] as const) expect(of(s).tone).toBe('warn');
    expect(of('no-key')).toEqual(summarize({ signature: encrypted, findings: [] }));
  });
});
