// The command line's arguments (issue 17): options read into a command, usage errors as values.
import { describe, expect, it } from 'vitest';
import { parseCommandLine, timeOf } from '../../../src/cli/args';

const ok = (argv: string[]) => {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.command;
};
const usage = (argv: string[]) => {
  const parsed = parseCommandLine(argv);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.message;
};

describe('command-line arguments', () => {
  it('issue 17: reads the inspect options', () => {
    expect(ok(['tok', '--key', 'k.pem', '--secret-encoding', 'hex', '--now', '1700000000', '--leeway', '0', '--related', 'r', '--sarif', '--fail-on', 'warning'])).toEqual({
      kind: 'inspect', token: 'tok', key: 'k.pem', secretEncoding: 'hex', now: 1_700_000_000, leeway: 0, related: 'r', format: 'sarif', failOn: 'warning', mask: [],
    });
    expect(ok([])).toEqual({ kind: 'inspect', format: 'human', failOn: 'error', mask: [] });
    expect(ok(['-', '-k', 'jwks.json', '--json'])).toMatchObject({ token: '-', key: 'jwks.json', format: 'json' });
    expect(ok(['--markdown', '--mask', 'sub,email', '--mask', 'name'])).toMatchObject({ format: 'markdown', mask: ['sub', 'email', 'name'] });
    expect(ok(['--token-file', 'fixtures/a.jwt'])).toMatchObject({ tokenFile: 'fixtures/a.jwt' });
  });

  it('issue 17: --now takes unix seconds or an ISO date', () => {
    expect(timeOf('1700000000')).toBe(1_700_000_000);
    expect(timeOf('2026-01-31T12:00:00Z')).toBe(Date.UTC(2026, 0, 31, 12) / 1000);
    expect(timeOf('2026-01-31')).toBe(Date.UTC(2026, 0, 31) / 1000);
    expect(usage(['t', '--now', 'yesterday'])).toMatch(/--now/);
  });

  it('issue 17: help, version and the subcommands', () => {
    expect(ok(['--help'])).toEqual({ kind: 'help' });
    expect(ok(['sign', '-h'])).toEqual({ kind: 'help' });
    expect(ok(['--version'])).toEqual({ kind: 'version' });
    expect(ok(['keygen', '--alg', 'ES256', '--public'])).toEqual({ kind: 'keygen', alg: 'ES256', public: true });
    expect(ok(['sign', '--header', '{"alg":"HS256"}', '--payload', '-', '--key', 's.txt', '--secret-encoding', 'base64'])).toEqual({
      kind: 'sign', header: '{"alg":"HS256"}', payload: '-', key: 's.txt', secretEncoding: 'base64',
    });
  });

  it('issue 17: usage errors are values with a message that names the problem', () => {
    expect(usage(['--bogus'])).toBe('Unknown option --bogus.');
    expect(usage(['t', '--key'])).toMatch(/--key/);
    expect(usage(['t', '--fail-on', 'sometimes'])).toMatch(/--fail-on must be one of error, warning, info, never/);
    expect(usage(['t', '--secret-encoding', 'rot13'])).toMatch(/--secret-encoding/);
    expect(usage(['t', '--leeway', '-5'])).toMatch(/--leeway/);
    expect(usage(['t', '--json', '--sarif'])).toMatch(/--json, --sarif/);
    expect(usage(['a', 'b'])).toMatch(/One token/);
    expect(usage(['-', '--key', '-'])).toMatch(/stdin/);
    expect(usage(['t', '--token-file', 'f'])).toMatch(/not both/);
    expect(usage(['keygen'])).toBe('--alg is required.');
    expect(usage(['sign', '--header', '{}', '--payload', '-', '--key', '-'])).toMatch(/stdin/);
    expect(usage(['keygen', '--alg', 'ES256', '--key', 'x'])).toBe('Unknown option --key.');
  });

  it('issue 17: a usage error never repeats a secret given as an option value', () => {
    expect(usage(['t', '--leeway', 'hunter2-secret'])).not.toContain('hunter2');
    expect(usage(['t', '--now=hunter2-secret'])).not.toContain('hunter2');
    expect(usage(['t', '--secret=hunter2-secret'])).not.toContain('hunter2');
  });
});
