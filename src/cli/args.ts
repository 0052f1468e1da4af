// The command line's arguments, read into one command or a usage error (exit 2). Node-only;
// nothing here reads files or the clock.
import { parseArgs } from 'node:util';
import type { SecretEncoding } from '../core/index';

export type FailOn = 'error' | 'warning' | 'info' | 'never';
export type Format = 'human' | 'json' | 'sarif' | 'markdown';

export interface InspectCommand {
  kind: 'inspect';
  /** The token text, or '-' for stdin; undefined: stdin when it is piped. */
  token?: string;
  /** A key file, or '-' for stdin. */
  key?: string;
  secretEncoding?: SecretEncoding;
  now?: number;
  leeway?: number;
  related?: string;
  /** --aud / --nonce: the Verifier's own values for an SD-JWT's key binding JWT. */
  expectedAudience?: string;
  expectedNonce?: string;
  format: Format;
  failOn: FailOn;
  /** Claim names whose values --markdown and --json mask. */
  mask: string[];
  /** A file holding the token; SARIF results then point into it. */
  tokenFile?: string;
}

export interface KeygenCommand {
  kind: 'keygen';
  alg: string;
  public: boolean;
}

export interface SignCommand {
  kind: 'sign';
  header: string;
  payload: string;
  key: string;
  secretEncoding?: SecretEncoding;
}

export type Command = { kind: 'help' } | { kind: 'version' } | InspectCommand | KeygenCommand | SignCommand;

export type Parsed = { ok: true; command: Command } | { ok: false; message: string };

const ENCODINGS: readonly SecretEncoding[] = ['auto', 'utf8', 'base64', 'base64url', 'hex'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

class UsageError extends Error {}

const common = { help: { type: 'boolean', short: 'h' }, 'secret-encoding': { type: 'string' } } as const;
const OPTIONS = {
  inspect: {
    ...common, version: { type: 'boolean', short: 'v' }, key: { type: 'string', short: 'k' }, now: { type: 'string' },
    leeway: { type: 'string' }, related: { type: 'string' }, json: { type: 'boolean' }, sarif: { type: 'boolean' },
    markdown: { type: 'boolean' }, 'fail-on': { type: 'string' }, mask: { type: 'string', multiple: true }, 'token-file': { type: 'string' },
    aud: { type: 'string' }, nonce: { type: 'string' },
  },
  keygen: { ...common, alg: { type: 'string' }, public: { type: 'boolean' } },
  sign: { ...common, header: { type: 'string' }, payload: { type: 'string' }, key: { type: 'string', short: 'k' } },
} as const;

export function parseCommandLine(argv: readonly string[]): Parsed {
  try {
    return { ok: true, command: commandOf(argv) };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, message: error.message };
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ,]*)/.exec(text)?.[1];
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return { ok: false, message: `Unknown option ${option}.` };
    // Node's own sentence otherwise ("Option '--key <value>' argument missing"), first line only.
    return { ok: false, message: text.split(/\n|\. /)[0]!.replace(/\.?$/, '.') };
  }
}

function commandOf(argv: readonly string[]): Command {
  const sub = argv[0] === 'keygen' || argv[0] === 'sign' ? argv[0] : 'inspect';
  const rest = sub === 'inspect' ? [...argv] : argv.slice(1);
  const { values, positionals } = parseArgs({ args: rest, options: OPTIONS[sub], allowPositionals: true, strict: true });
  const v = values as Record<string, string | boolean | string[] | undefined>;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const secretEncoding = oneOf(v['secret-encoding'] as string | undefined, ENCODINGS, '--secret-encoding');
  if (sub === 'keygen') {
    none(positionals);
    return { kind: 'keygen', alg: required(v.alg, '--alg'), public: v.public === true };
  }
  if (sub === 'sign') {
    none(positionals);
    const cmd: SignCommand = { kind: 'sign', header: required(v.header, '--header'), payload: required(v.payload, '--payload'), key: required(v.key, '--key') };
    if (cmd.payload === '-' && cmd.key === '-') throw new UsageError('Only one of --payload and --key can be read from stdin.');
    return secretEncoding ? { ...cmd, secretEncoding } : cmd;
  }
  if (positionals.length > 1) throw new UsageError(`One token at a time (got ${positionals.length} arguments).`);
  const token = positionals[0];
  const key = v.key as string | undefined;
  const tokenFile = v['token-file'] as string | undefined;
  if (tokenFile !== undefined && token !== undefined) throw new UsageError('Give the token as an argument or with --token-file, not both.');
  if (key === '-' && tokenFile === undefined && (token === undefined || token === '-')) throw new UsageError('The token and the key cannot both come from stdin.');
  const formats = (['json', 'sarif', 'markdown'] as const).filter((f) => v[f]);
  if (formats.length > 1) throw new UsageError(`Choose one of ${formats.map((f) => `--${f}`).join(', ')}.`);
  const cmd: InspectCommand = {
    kind: 'inspect',
    format: formats[0] ?? 'human',
    failOn: oneOf(v['fail-on'] as string | undefined, FAIL_ON, '--fail-on') ?? 'error',
    mask: ((v.mask as string[] | undefined) ?? []).flatMap((m) => m.split(',')).map((m) => m.trim()).filter(Boolean),
  };
  const extra = { token, key, secretEncoding, related: v.related, expectedAudience: v.aud, expectedNonce: v.nonce, tokenFile, now: timeOf(v.now as string | undefined), leeway: secondsOf(v.leeway as string | undefined) };
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) Object.assign(cmd, { [name]: value });
  return cmd;
}

function none(positionals: string[]): void {
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]!.slice(0, 20)}".`);
}

function required(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${name} is required.`);
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/** --now: unix seconds, or an ISO 8601 date. */
export function timeOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new UsageError('--now must be unix seconds or an ISO date such as 2026-01-31T12:00:00Z.');
  return Math.floor(ms / 1000);
}

function secondsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError('--leeway must be a number of seconds, 0 or more.');
  return n;
}
