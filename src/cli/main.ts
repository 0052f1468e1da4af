// The command line: arguments → inspect / keygen / sign over the core → text and an exit status.
// `run` takes its streams and environment as parameters, so tests drive it without a process.
import { exportReport, generateKey, inspect, ruleCatalog, sign, type InspectInput } from '../core/index';
import { version } from '../../package.json';
import { parseCommandLine, type InspectCommand, type KeygenCommand, type SignCommand } from './args';
import { HELP } from './help';
import { humanReport, colourWanted } from './human';
import { InputError, keyText, readSource, type Io } from './io';
import { EXIT, exitCodeFor, expectedMismatch } from './policy';
import { toSarif } from './sarif';

export interface Env {
  io: Io;
  out: (text: string) => void;
  err: (text: string) => void;
  stdoutIsTTY: boolean;
  vars: Record<string, string | undefined>;
}

export async function run(argv: readonly string[], env: Env): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    env.err(`jwt-inspector: ${parsed.message}\nRun jwt-inspector --help for the options.\n`);
    return EXIT.usage;
  }
  const command = parsed.command;
  try {
    switch (command.kind) {
      case 'help':
        env.out(HELP);
        return EXIT.ok;
      case 'version':
        env.out(`${version}\n`);
        return EXIT.ok;
      case 'keygen':
        return await keygen(command, env);
      case 'sign':
        return await signToken(command, env);
      case 'inspect':
        return await inspectToken(command, env);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    env.err(`jwt-inspector: ${error.message}\n`);
    return EXIT.usage;
  }
}

async function inspectToken(cmd: InspectCommand, env: Env): Promise<number> {
  const token = await tokenText(cmd, env);
  const key = cmd.key === undefined ? undefined : keyText(await readSource(env.io, cmd.key, 'key file'));
  // `related` goes to the core as given; the core uses it once it checks related tokens.
  const input: InspectInput & { related?: string } = { token };
  for (const [name, value] of Object.entries({ key, secretEncoding: cmd.secretEncoding, now: cmd.now, leeway: cmd.leeway, related: cmd.related, expectedAudience: cmd.expectedAudience, expectedNonce: cmd.expectedNonce })) {
    if (value !== undefined) Object.assign(input, { [name]: value });
  }
  const report = await inspect(input);
  const masked = cmd.mask.length > 0;
  if (cmd.format === 'json') env.out(masked ? exportReport(report, { format: 'json', mask: cmd.mask }) : `${JSON.stringify(report, null, 2)}\n`);
  else if (cmd.format === 'markdown') env.out(exportReport(report, { format: 'markdown', mask: cmd.mask }));
  else if (cmd.format === 'sarif') {
    const location = cmd.tokenFile && cmd.tokenFile !== '-' ? cmd.tokenFile : undefined;
    env.out(`${JSON.stringify(toSarif(report, ruleCatalog, { version, ...(location ? { location } : {}) }), null, 2)}\n`);
  } else env.out(humanReport(report, colourWanted(env.stdoutIsTTY, env.vars)));
  const code = exitCodeFor(report.findings, cmd.failOn);
  return code === EXIT.ok && cmd.failOn !== 'never' && expectedMismatch(report) ? EXIT.findings : code;
}

async function tokenText(cmd: InspectCommand, env: Env): Promise<string> {
  let text: string;
  if (cmd.token !== undefined && cmd.token !== '-') text = cmd.token;
  else if (cmd.token === undefined && cmd.tokenFile === undefined && env.io.stdinIsTTY) throw new InputError('No token: give one as an argument, or pipe it to stdin.');
  else {
    const bytes = await readSource(env.io, cmd.tokenFile ?? '-', 'token file');
    // The line break that ends a file or an echo is not part of the token.
    text = bytes.toString('utf8').replace(/(\r?\n)+$/, '');
  }
  if (text.trim() === '') throw new InputError('No token: the input is empty.');
  return text;
}

async function keygen(cmd: KeygenCommand, env: Env): Promise<number> {
  const made = await generateKey({ alg: cmd.alg });
  if (!made.ok) throw new InputError(made.error.message);
  const jwk = cmd.public ? made.bundle.publicJwk : made.bundle.privateJwk;
  if (!jwk) throw new InputError(`A ${cmd.alg} key is a shared secret: it has no public half.`);
  env.out(`${JSON.stringify(jwk, null, 2)}\n`);
  return EXIT.ok;
}

async function signToken(cmd: SignCommand, env: Env): Promise<number> {
  const payload = (await readSource(env.io, cmd.payload, 'payload file')).toString('utf8');
  const key = keyText(await readSource(env.io, cmd.key, 'key file'));
  const signed = await sign({ header: cmd.header, payload, key, ...(cmd.secretEncoding ? { secretEncoding: cmd.secretEncoding } : {}) });
  if (!signed.ok) throw new InputError(signed.error.message);
  env.out(`${signed.token}\n`);
  return EXIT.ok;
}
