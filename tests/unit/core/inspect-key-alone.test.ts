// rules-next O, "the key alone": a key pasted with an empty Token box gets its own findings from
// the rules marked keyAlone; everything else in the Report stays as for the empty input.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/rules/index';
import { runRules } from '../../../src/core/rules/run';
import type { LintRule, RuleContext } from '../../../src/core/rules/types';
import { lintKey, rfc7517Keys, severityOf, wycheproofJwk } from '../helpers/key-alone';
import { run } from '../helpers/mint';

const keyAloneIds = new Set(rules.filter((r) => r.keyAlone).map((r) => r.id));

describe('a key pasted with no token', () => {
  it('issue 12: keeps the empty input\'s report and adds only keyAlone findings', async () => {
    const empty = await run('');
    const report = await lintKey(wycheproofJwk(4).key);
    expect(report.kind).toBe(empty.kind);
    expect(report.signature).toEqual(empty.signature);
    expect(report.segments).toEqual(empty.segments);
    expect(report.keys.kind).toBe('jwks');
    expect(report.findings.map((f) => f.rule)).toContain('jwks-kid-duplicate');
    for (const f of report.findings) expect(keyAloneIds.has(f.rule), f.rule).toBe(true);
  });

  it('issue 12: the summary keeps its status and shape and takes the tone of the worst finding', async () => {
    const empty = await run('');
    expect(empty.findings).toEqual([]);
    const warned = await lintKey(wycheproofJwk(4).key);
    expect(warned.summary).toMatchObject({ status: empty.summary.status, trusted: false, tone: 'warn' });
    expect(warned.summary.headline).not.toBe(empty.summary.headline);
    expect(Object.keys(warned.summary).sort()).toEqual(['headline', 'sentence', 'status', 'tone', 'trusted']);
    expect((await lintKey(wycheproofJwk(7).key)).summary.tone).toBe('bad');
    const clean = await lintKey(JSON.stringify({ keys: rfc7517Keys('A.1') }));
    expect(clean.findings).toEqual([]);
    expect(clean.summary.tone).toBe('neutral');
  });

  it('issue 12: an unreadable key is said in the summary, with no findings', async () => {
    const report = await lintKey('{"kty":');
    expect(report.keys.kind).toBe('unrecognised');
    expect(report.findings).toEqual([]);
    expect(report.summary.tone).toBe('warn');
    expect(report.summary.sentence).toBe(report.keys.error);
  });

  it('issue 12: with no token and a key, only rules marked keyAlone run; with a token, all do', () => {
    const rule = (id: string, keyAlone?: true): LintRule => ({ id, severity: 'info', input: 'T+K', title: id, explanation: id, references: [], ...(keyAlone ? { keyAlone } : {}), check: () => [{ message: id }] });
    const both = [rule('token-rule'), rule('key-rule', true)];
    const ctx = (input: string, keyText: string) => ({ input, keyText }) as RuleContext;
    expect(runRules(ctx('', 'k'), both).map((f) => f.rule)).toEqual(['key-rule']);
    expect(runRules(ctx('a.b.c', 'k'), both).map((f) => f.rule)).toEqual(['token-rule', 'key-rule']);
    expect(runRules(ctx('', ''), both).map((f) => f.rule)).toEqual(['token-rule', 'key-rule']);
  });

  it('issue 12: a secret alone draws no token rules (hmac-secret-* need a token)', async () => {
    expect((await lintKey('secret')).findings).toEqual([]);
  });

  it('issue 12: a whitespace-only token counts as no token', async () => {
    expect(severityOf(await run('  \n', { key: wycheproofJwk(4).key }), 'jwks-kid-duplicate')).toBe('warning');
  });

  it.each([
    ['rsa-key-too-small', () => generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey, 'error'],
    ['rsa-public-exponent-weak', () => generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 3 }).publicKey, 'warning'],
  ] as const)('issue 12: %s also reads a key pasted alone', async (rule, make, severity) => {
    expect(severityOf(await lintKey(make().export({ type: 'spki', format: 'pem' }).toString()), rule)).toBe(severity);
  });

  it('issue 12: ec-public-key-invalid and pq-akp-key-invalid also read a key pasted alone', async () => {
    const offCurve = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5aA' };
    expect(severityOf(await lintKey(offCurve), 'ec-public-key-invalid')).toBe('error');
    expect(severityOf(await lintKey({ kty: 'AKP', alg: 'ML-DSA-44', pub: 'AAAA' }), 'pq-akp-key-invalid')).toBe('error');
  });
});
