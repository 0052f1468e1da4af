// The packed command (issue 17 acceptance): `npm pack` (whose prepack builds lib/), the tarball
// installed in a temporary folder, and `npx jwt-inspector` run there with plain Node. The one
// slow test file of the command line; everything else is in-process (run.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from '../../../src/core/index';
import { makeTokens, NOW } from './tokens';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const t = makeTokens();
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jwt-inspector-pack-'));
  execFileSync('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n');
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(dir, tarball)], { cwd: dir, stdio: 'pipe' });
  writeFileSync(join(dir, 'pub.pem'), t.publicPem);
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// `--` keeps npx from taking options it knows (--json, --key) for itself.
function npx(args: string[], stdin?: string) {
  const r = spawnSync('npx', ['--no', '--', 'jwt-inspector', ...args], { cwd: dir, input: stdin ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const statusOf = (args: string[], stdin?: string) => JSON.parse(npx(['--json', '--now', String(NOW), ...args], stdin).out).signature.status;

// Each npx start takes a second or more on a busy machine.
describe('npx jwt-inspector from the packed tarball', { timeout: 300_000 }, () => {
  it('issue 17: statuses and exit codes for valid, invalid, unsecured, no-key, malformed and encrypted tokens', () => {
    const cases = [
      [t.valid, true, 'valid', 0],
      [t.invalid, true, 'invalid', 1],
      [t.unsecured, true, 'unsecured', 1],
      [t.valid, false, 'no-key', 0],
      [t.malformed, false, 'malformed', 1],
      [t.encrypted, false, 'encrypted', 0],
    ] as const;
    for (const [token, withKey, status, code] of cases) {
      const args = [token, '--now', String(NOW), ...(withKey ? ['--key', 'pub.pem'] : [])];
      expect([status, npx(args).code]).toEqual([status, code]);
      expect(statusOf(args.slice(1), `${token}\n`)).toBe(status);
    }
  });

  it('issue 17: --json equals inspect()’s report for the same input and --now', async () => {
    const r = npx([t.invalid, '--json', '--now', String(NOW), '--key', 'pub.pem']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(await inspect({ token: t.invalid, key: t.publicPem, now: NOW }))));
  });

  it('issue 17: --sarif has the SARIF 2.1.0 shape', () => {
    const r = npx(['-', '--sarif', '--now', String(NOW), '--key', 'pub.pem'], t.unsecured);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.out);
    expect(sarif).toMatchObject({ version: '2.1.0', $schema: expect.stringMatching(/sarif-2\.1\.0/) });
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(50);
    expect(sarif.runs[0].results).toContainEqual(expect.objectContaining({ ruleId: 'alg-none', level: 'error' }));
  });

  it('issue 17: usage and input errors exit 2', () => {
    expect(npx(['--bogus']).code).toBe(2);
    expect(npx([t.valid, '--key', 'missing.pem']).code).toBe(2);
    expect(npx([], '').code).toBe(2);
    expect(npx(['--help']).out).toMatch(/Usage/);
  });

  it('issue 17: keygen → sign → inspect', () => {
    const key = npx(['keygen', '--alg', 'ES256']);
    expect(key.code).toBe(0);
    writeFileSync(join(dir, 'private.jwk'), key.out);
    const signed = npx(['sign', '--header', '{"alg":"ES256","typ":"JWT"}', '--payload', '-', '--key', 'private.jwk'], '{"sub":"round-trip"}');
    expect(signed.code).toBe(0);
    expect(statusOf([signed.out.trim(), '--key', 'private.jwk'])).toBe('valid');
  });
});
