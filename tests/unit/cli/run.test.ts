// The command line driven in-process (issue 17): statuses and exit codes for every kind of
// token, the output formats, stdin and files, and keygen → sign → inspect. The packed command is
// tested once in packed.test.ts.
import { describe, expect, it } from 'vitest';
import { inspect, ruleCatalog, STATUS_WORDS } from '../../../src/core/index';
import { run } from '../../../src/cli/main';
import { exitCodeFor } from '../../../src/cli/policy';
import { colourWanted } from '../../../src/cli/human';
import { makeTokens, NOW } from './tokens';
import { NOW as SD_NOW } from '../helpers/mint';
import { BASE, issuerJwk, simple } from '../helpers/sd-jwt';

const t = makeTokens();

async function cli(argv: string[], opts: { stdin?: string; files?: Record<string, string>; tty?: boolean; stdinTTY?: boolean } = {}) {
  let out = '';
  let err = '';
  const files = opts.files ?? {};
  const code = await run(argv, {
    io: {
      readStdin: async () => Buffer.from(opts.stdin ?? ''),
      readFile: (path) => {
        if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return Buffer.from(files[path]!);
      },
      stdinIsTTY: opts.stdinTTY ?? false,
    },
    out: (s) => (out += s),
    err: (s) => (err += s),
    stdoutIsTTY: opts.tty ?? false,
    vars: {},
  });
  return { code, out, err };
}
const keyFiles = { 'pub.pem': t.publicPem };

describe('jwt-inspector, in-process', () => {
  it.each([
    ['valid', t.valid, true, 'valid', 0],
    ['invalid', t.invalid, true, 'invalid', 1],
    ['unsecured', t.unsecured, true, 'unsecured', 1],
    ['no-key', t.valid, false, 'no-key', 0],
    ['malformed', t.malformed, false, 'malformed', 1],
    ['encrypted', t.encrypted, false, 'encrypted', 0],
  ] as const)('issue 17: a %s token prints its verdict first and exits %#', async (_name, token, withKey, status, code) => {
    const r = await cli([token, '--now', String(NOW), ...(withKey ? ['--key', 'pub.pem'] : [])], { files: keyFiles });
    expect(r.code).toBe(code);
    const report = await inspect({ token, now: NOW, ...(withKey ? { key: t.publicPem } : {}) });
    expect(report.signature.status).toBe(status);
    expect(r.out.split('\n')[0]).toBe(report.summary.headline);
    if (status !== 'unsecured') expect(r.out.split('\n')[0]).toBe(STATUS_WORDS[status].label);
    for (const f of report.findings) expect(r.out).toContain(f.rule);
    expect(r.err).toBe('');
  });

  it('issue 17: --json is inspect()’s report for the same input and --now, from stdin', async () => {
    const r = await cli(['--json', '--now', String(NOW), '--key', 'pub.pem', '--leeway', '5'], { stdin: `${t.valid}\n`, files: keyFiles });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(await inspect({ token: t.valid, key: t.publicPem, now: NOW, leeway: 5 }))));
  });

  it('issue 17: --sarif is SARIF 2.1.0 with the catalogue as rules and one result per finding', async () => {
    const r = await cli(['--token-file', 'fixtures/bad.jwt', '--sarif', '--now', String(NOW), '--key', 'pub.pem'], { files: { ...keyFiles, 'fixtures/bad.jwt': `${t.invalid}\n` } });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const { rules } = sarif.runs[0].tool.driver;
    expect(rules.map((x: { id: string }) => x.id)).toEqual(ruleCatalog.map((x) => x.id));
    const report = await inspect({ token: t.invalid, key: t.publicPem, now: NOW });
    const results = sarif.runs[0].results;
    expect(results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level])).toEqual(
      report.findings.map((f) => [f.rule, { error: 'error', warning: 'warning', info: 'note' }[f.severity]]),
    );
    const invalid = results.find((x: { ruleId: string }) => x.ruleId === 'sig-invalid');
    expect(rules[invalid.ruleIndex].id).toBe('sig-invalid');
    expect(invalid.locations[0].physicalLocation.artifactLocation.uri).toBe('fixtures/bad.jwt');
    expect(invalid.locations[0].physicalLocation.region.startLine).toBe(1);
  });

  it('issue 17: --fail-on decides which findings fail', async () => {
    const args = [t.valid, '--now', String(NOW)];
    expect((await cli([...args, '--fail-on', 'info'])).code).toBe(1); // sig-not-verified is info
    expect((await cli([...args, '--fail-on', 'warning'])).code).toBe(0);
    expect((await cli([t.unsecured, '--fail-on', 'never'])).code).toBe(0);
    expect(exitCodeFor([{ rule: 'x', severity: 'warning', message: '' }], 'error')).toBe(0);
    expect(exitCodeFor([{ rule: 'x', severity: 'warning', message: '' }], 'warning')).toBe(1);
  });

  it('issue 17: usage and input errors exit 2 with a message, and never print the key', async () => {
    expect(await cli(['--nope'])).toMatchObject({ code: 2, out: '' });
    expect((await cli([t.valid, '--key', 'missing.pem'])).err).toMatch(/missing\.pem.*no such file/);
    expect((await cli([t.valid, '--key', 'missing.pem'])).code).toBe(2);
    expect(await cli([], { stdin: '\n' })).toMatchObject({ code: 2 });
    expect(await cli([], { stdinTTY: true })).toMatchObject({ code: 2 });
    const secret = 'this-secret-must-not-be-printed-anywhere';
    const bad = await cli(['sign', '--header', '{"alg":"ES256"}', '--payload', 'p.json', '--key', 'k.txt'], { files: { 'p.json': '{}', 'k.txt': secret } });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/\S/);
    expect(bad.err + bad.out).not.toContain(secret);
  });

  it('issue 17: keygen → sign → inspect round trip', async () => {
    const priv = await cli(['keygen', '--alg', 'ES256']);
    const pub = await cli(['keygen', '--alg', 'ES256', '--public']);
    expect(priv.code).toBe(0);
    expect(JSON.parse(priv.out)).toMatchObject({ kty: 'EC', crv: 'P-256', d: expect.any(String) });
    expect(JSON.parse(pub.out)).not.toHaveProperty('d');
    expect(await cli(['keygen', '--alg', 'HS256', '--public'])).toMatchObject({ code: 2 });
    expect(await cli(['keygen', '--alg', 'XS999'])).toMatchObject({ code: 2 });
    const signed = await cli(['sign', '--header', '{"alg":"ES256","typ":"JWT"}', '--payload', '-', '--key', 'k.jwk'], { stdin: '{"sub":"x"}', files: { 'k.jwk': priv.out } });
    expect(signed.code).toBe(0);
    const checked = await cli(['--json', signed.out.trim(), '--key', 'k.jwk'], { files: { 'k.jwk': priv.out } });
    expect(JSON.parse(checked.out).signature.status).toBe('valid');
  });

  it('issue 17: --markdown masks the claims named by --mask', async () => {
    const r = await cli([t.valid, '--markdown', '--mask', 'sub', '--now', String(NOW)]);
    expect(r.out).toContain('`sig-not-verified`');
    expect(r.out).not.toContain('user-42');
  });

  it('issue 17: colour only on a terminal, and never with NO_COLOR', async () => {
    expect(colourWanted(true, {})).toBe(true);
    expect(colourWanted(false, {})).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect((await cli([t.valid], { tty: true })).out).toContain('\u001b[');
    expect((await cli([t.valid])).out).not.toContain('\u001b[');
  });

  it('issue 14: --aud and --nonce go to the key binding check; one that differs exits 1 and the verdict is not trusted', async () => {
    const kb = { aud: 'https://verifier.example.org', nonce: 'n-0S6_WzA2Mj' };
    const token = simple({ given_name: 'Alice' }, BASE, { kb: { payload: kb } }).token;
    const sd = (...more: string[]) => cli([token, '--json', '--now', String(SD_NOW), '--key', 'issuer.jwk', ...more], { files: { 'issuer.jwk': issuerJwk() } });
    const same = await sd('--aud', kb.aud, '--nonce', kb.nonce);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.out).sd.keyBinding).toMatchObject({ status: 'valid', audMatches: true, nonceMatches: true });
    const other = await sd('--aud', 'https://other.example.org');
    expect(other.code).toBe(1);
    expect(JSON.parse(other.out).sd.keyBinding.audMatches).toBe(false);
    expect(JSON.parse(other.out).summary.trusted).toBe(false);
    expect(JSON.parse(other.out).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect((await sd('--nonce', 'replayed')).code).toBe(1);
    expect((await sd('--aud', 'https://other.example.org', '--fail-on', 'never')).code).toBe(0);
  });
});
