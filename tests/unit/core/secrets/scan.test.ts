import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretScan, scanSecrets } from '../../../../src/core/secrets/scan';
import { scanSecrets as scanPasted } from '../../../../src/core/index';
import { compact, hmacToken } from '../../helpers/mint';
import { parsedJws } from './parsed';

const WORDLIST = resolve(__dirname, '../../../../../shared/wordlists/jwt.secrets.list');
const header = { alg: 'HS256', typ: 'JWT' };
const payload = { sub: 'u1' };

describe('scanSecrets', () => {
  it.each([
    ['LF', 'alpha\nbeta\nhunter2\ndelta', 3],
    ['CRLF', 'alpha\r\nbeta\r\nhunter2\r\ndelta\r\n', 3],
    ['leading empty line', '\r\nalpha\r\nhunter2', 3],
    ['last line without newline', 'alpha\nhunter2', 2],
  ])('finds the secret with its line number (%s)', (_name, words, line) => {
    const token = parsedJws(hmacToken(header, payload, 'hunter2'));
    expect(scanSecrets(token, words)).toMatchObject({ status: 'found', secret: 'hunter2', line, alg: 'HS256' });
  });

  it.each(['HS384', 'HS512'])('works for %s', (alg) => {
    const token = parsedJws(hmacToken({ alg }, payload, 'pässwörd'));
    expect(scanSecrets(token, ['x', 'pässwörd'])).toMatchObject({ status: 'found', line: 2, alg });
  });

  it('an empty line is the empty key', () => {
    const token = parsedJws(hmacToken(header, payload, ''));
    expect(scanSecrets(token, 'a\n\nb')).toMatchObject({ status: 'found', line: 2, secret: '' });
  });

  it('reports not-found with the number tried, not counting a final newline', () => {
    const token = parsedJws(hmacToken(header, payload, 'nope'));
    expect(scanSecrets(token, 'a\nb\nc\n')).toMatchObject({ status: 'not-found', tried: 3, total: 3 });
  });

  it('says not-hmac for an RS256 or unsecured token', () => {
    const token = parsedJws(compact({ alg: 'RS256' }, payload, 'AAAA'));
    expect(scanSecrets(token, 'a').status).toBe('not-hmac');
    expect(scanSecrets(parsedJws(compact({ alg: 'none' }, payload)), 'a').status).toBe('not-hmac');
  });

  it('reports progress and stops when onProgress returns false', () => {
    const token = parsedJws(hmacToken(header, payload, 'never'));
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const seen: number[] = [];
    const result = scanSecrets(token, words, (p) => {
      seen.push(p.tried);
      return p.tried < 30;
    }, { progressEvery: 10 });
    expect(result).toMatchObject({ status: 'cancelled', tried: 30 });
    expect(seen).toEqual([10, 20, 30]);
  });

  it('measures elapsed time with the given clock', () => {
    let t = 0;
    const token = parsedJws(hmacToken(header, payload, 'b'));
    const result = scanSecrets(token, 'a\nb', undefined, { clock: () => (t += 5) });
    expect(result.elapsedMs).toBeGreaterThan(0);
  });

  it('can be driven in chunks', () => {
    const token = parsedJws(hmacToken(header, payload, 'w7'));
    const scan = createSecretScan(token, Array.from({ length: 10 }, (_, i) => `w${i}`));
    expect(scan.step(5)).toBeUndefined();
    expect(scan.progress().tried).toBe(5);
    expect(scan.step(5)).toMatchObject({ status: 'found', line: 8 });
  });

  it('accepts the token as pasted text', () => {
    const token = hmacToken(header, payload, 'hunter2');
    expect(scanSecrets(token, 'a\nhunter2')).toMatchObject({ status: 'found', line: 2 });
    expect(scanPasted(`Bearer ${token}`, 'hunter2')).toMatchObject({ status: 'found', line: 1 });
    expect(scanSecrets('not a token', 'hunter2').status).toBe('not-hmac');
  });
});

const haveWordlist = existsSync(WORDLIST);
describe.skipIf(!haveWordlist)(`scanSecrets over ${WORDLIST}${haveWordlist ? '' : ' (skipped: wordlist not found)'}`, () => {
  it('finds a secret taken from a line near the end, with its line number', () => {
    const text = readFileSync(WORDLIST, 'utf8');
    const lines = text.split('\n');
    const line = lines.length - 50;
    const secret = lines[line - 1]!.replace(/\r$/, '');
    const token = parsedJws(hmacToken(header, { sub: 'u1', name: 'some payload of ordinary size' }, secret));
    const result = scanSecrets(token, text, undefined, { clock: () => performance.now() });
    console.log(`scanned ${result.tried} of ${result.total} candidates in ${result.elapsedMs.toFixed(0)} ms`);
    expect(result.status).toBe('found');
    expect(result.secret).toBe(secret);
    // Duplicates in the list can find the same secret on an earlier line.
    expect(lines[result.line! - 1]!.replace(/\r$/, '')).toBe(secret);
  });
});
