// The core builds on its own for Node (scripts/build-core.mjs): one ES module that plain Node
// imports with no Vite and no browser, giving the same report as the source, and type
// declarations a NodeNext TypeScript project can use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from '../../../src/core/index';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// jwt.io's example token and secret.
const token =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const input = { token, key: 'your-256-bit-secret', now: 1_516_239_100 };
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(root, 'node_modules', '.core-build-'));
  execFileSync(process.execPath, [join(root, 'scripts/build-core.mjs'), join(dir, 'lib')], { cwd: root, stdio: 'pipe' });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the core built for Node', () => {
  it('runs in plain Node and reports what the source reports', async () => {
    const script = `import('${join(dir, 'lib/index.js')}').then(async (m) => process.stdout.write(JSON.stringify(await m.inspect(${JSON.stringify(input)}))))`;
    const built = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    const source = JSON.parse(JSON.stringify(await inspect(input)));
    expect(built.signature.status).toBe('valid');
    expect(built).toEqual(source);
  });

  it('has declarations a NodeNext project type-checks against', () => {
    writeFileSync(
      join(dir, 'consumer.mts'),
      `import { inspect, type Report, type SignatureStatus, type SignatureVerdict } from './lib/index.js';\n` +
        `const report: Report = await inspect({ token: 'x' });\n` +
        `const status: SignatureStatus = report.signature.status;\n` +
        `// @ts-expect-error: a status is one of the catalogue's words\n` +
        `const wrong: SignatureStatus = 'fine';\n` +
        `// @ts-expect-error: a verdict that is not valid says why (a union keyed on status)\n` +
        `const silent: SignatureVerdict = { status: 'invalid', candidates: [] };\n` +
        `const sig = report.signature;\n` +
        `const why: string = sig.status === 'valid' ? sig.keyUsed : sig.reason;\n` +
        `// @ts-expect-error: the Report carries no bytes, a secret is described\n` +
        `const bytes: Uint8Array | undefined = report.keys.candidates[0]?.secrets?.[0]?.bytes;\n` +
        `export { status, wrong, silent, why, bytes };\n`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const args = ['--ignoreConfig', '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022', '--types', 'node', join(dir, 'consumer.mts')];
    expect(() => execFileSync(process.execPath, [tsc, ...args], { cwd: dir, encoding: 'utf8' })).not.toThrow();
  });
});
