// Reading the token and key for the command line: from a file or from stdin ('-'). An input
// that cannot be read is an InputError (exit 2) whose message names the file, never its content.
import { readFileSync } from 'node:fs';

export class InputError extends Error {}

export interface Io {
  readStdin(): Promise<Buffer>;
  readFile(path: string): Buffer;
  stdinIsTTY: boolean;
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export const nodeIo: Io = {
  readStdin: () => readStdin(),
  readFile: (path) => readFileSync(path),
  get stdinIsTTY() {
    return process.stdin.isTTY === true;
  },
};

/** The bytes of a file, or of stdin for '-'. `what` names it in the message ("key file"). */
export async function readSource(io: Io, path: string, what: string): Promise<Buffer> {
  if (path === '-') return io.readStdin();
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new InputError(`Cannot read the ${what} ${JSON.stringify(path)}: ${why}.`);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Key text as the app takes it: a text file as is; binary DER as bare base64, which the core
 * reads as DER. */
export function keyText(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytes.toString('base64');
  }
}
