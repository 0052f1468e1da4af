import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPublicSecret, listPart, PUBLIC_LIST_NAME } from '../../../../src/core/secrets/public-list';
import { needsPublicListCheck } from '../../../../src/core/secrets/public-check';
import { patternCandidates } from '../../../../src/core/secrets/patterns';
import { inspect } from '../../../../src/core/index';
import { hmacToken } from '../../helpers/mint';

// The list the app ships (wallarm/jwt-secrets, MIT; see src/assets/wordlists/README.md).
const LIST = readFileSync(resolve(__dirname, '../../../../src/assets/wordlists/jwt.secrets.list'));
const LINES = LIST.toString('utf8').split('\r\n');
const utf8 = new TextEncoder();
const payload = { sub: 'u1', iss: 'https://auth.acme.io/' };

describe('issue 15: the public list on every paste', () => {
  it('issue 15: a secret from deep in the public list is found with its line', () => {
    const line = 95_000;
    const secret = LINES[line - 1]!;
    const hit = findPublicSecret(hmacToken({ alg: 'HS256' }, payload, secret), LIST);
    expect(hit).toEqual({ secret, source: `${PUBLIC_LIST_NAME}, line ${line}`, alg: 'HS256' });
  });

  it('issue 15: the list split in parts finds the secret in exactly one part, with the same line', () => {
    const line = 60_001;
    const token = hmacToken({ alg: 'HS512' }, payload, LINES[line - 1]!);
    const hits = [0, 1, 2].map((part) => findPublicSecret(token, LIST, part, 3));
    expect(hits.filter(Boolean).map((h) => h!.source)).toEqual([`${PUBLIC_LIST_NAME}, line ${line}`]);
  });

  it('issue 15: listPart cuts at line starts and covers every line once', () => {
    const list = utf8.encode('a\nbb\nccc\ndddd\ne');
    const parts = [0, 1, 2].map((p) => listPart(list, p, 3));
    expect(parts.map((p) => new TextDecoder().decode(p.bytes)).join('')).toBe('a\nbb\nccc\ndddd\ne');
    expect(parts.map((p) => p.firstLine)).toEqual([1, 1 + (new TextDecoder().decode(parts[0]!.bytes).split('\n').length - 1), parts[2]!.firstLine]);
    for (const p of parts) expect(p.bytes.length === 0 || p.bytes[0] !== 0x0a || p.firstLine === 1).toBe(true);
  });

  it.each([
    ['digit sequence', '123456789012', 'pattern: digit sequence'],
    ['digits counting down', '9876543210', 'pattern: digit sequence'],
    ['one character repeated', 'a'.repeat(37), 'pattern: one character repeated'],
    ['placeholder', '...', 'pattern: placeholder'],
    ['keyboard walk', 'qwertyuiop', 'pattern: keyboard walk'],
    ['reversed row', 'lkjhgfdsa', 'pattern: keyboard walk'],
    ['a claim value', 'u1', 'token claim sub'],
  ])('issue 15: pattern check finds %s', (_name, secret, source) => {
    expect(findPublicSecret(hmacToken({ alg: 'HS384' }, payload, secret), new Uint8Array(0))).toEqual({ secret, source, alg: 'HS384' });
  });

  it('issue 15: pattern candidates stay a few thousand and name one source each', () => {
    const candidates = patternCandidates({ alg: 'HS256' }, payload);
    expect(candidates.length).toBeLessThan(10_000);
    expect(new Set(candidates.map((c) => c.secret)).size).toBe(candidates.length);
  });

  it('issue 15: a strong secret is not found', () => {
    expect(findPublicSecret(hmacToken({ alg: 'HS256' }, payload, 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf'), LIST)).toBeUndefined();
  });

  it('issue 15: a hit reaches the report as hmac-secret-weak, and the verdict says forgeable', async () => {
    const secret = LINES[95_000 - 1]!;
    const token = hmacToken({ alg: 'HS256' }, payload, secret);
    const before = await inspect({ token, now: 1_700_000_000 });
    expect(needsPublicListCheck(before)).toBe(true);
    const hit = findPublicSecret(before.input.token, LIST)!;
    const after = await inspect({ token, now: 1_700_000_000, weakSecret: hit });
    expect(after.weakSecret).toEqual(hit);
    expect(after.findings.map((f) => f.rule)).toContain('hmac-secret-weak');
    expect(after.summary.rule).toBe('hmac-secret-weak');
    expect(needsPublicListCheck(after)).toBe(false);
  });

  it('issue 15: a hit for another token never reaches the report', async () => {
    const hit = { secret: 'shizheng', source: `${PUBLIC_LIST_NAME}, line 95000`, alg: 'HS256' };
    const report = await inspect({ token: hmacToken({ alg: 'HS256' }, payload, 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf'), weakSecret: hit });
    expect(report.weakSecret).toBeUndefined();
    expect(report.findings.map((f) => f.rule)).not.toContain('hmac-secret-weak');
  });

  it('issue 15: no check for a token whose key verifies it or that is not HS*', async () => {
    const token = hmacToken({ alg: 'HS256' }, payload, 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf');
    expect(needsPublicListCheck(await inspect({ token, key: 'q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUf' }))).toBe(false);
    expect(needsPublicListCheck(await inspect({ token, key: 'wrong-key-wrong-key-wrong-key-12' }))).toBe(true);
    expect(needsPublicListCheck(await inspect({ token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.' }))).toBe(false);
  });
});
