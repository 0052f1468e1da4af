// The command line's figure (issue 17): wall time of `node lib/cli.js <1 KB RS256 token> --key
// <pem>`, each run a fresh Node process (cold start included), with the CLI built as the package
// ships it (scripts/build-core.mjs) into node_modules/.bench-cli so its imports resolve.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeToken } from './tokens.mjs';

export function cliBench(key, now, runs, stats) {
  const dir = resolve('node_modules/.bench-cli');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const built = spawnSync(process.execPath, ['scripts/build-core.mjs', join(dir, 'lib')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('build-core failed');
  const pem = join(dir, 'public.pem');
  writeFileSync(pem, key.publicPem);
  const token = makeToken(key, 1024, now);
  const args = [join(dir, 'lib/cli.js'), token, '--key', pem];
  const once = (argv = args) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 || (argv === args && !r.stdout.startsWith('Signature verified'))) throw new Error(`cli run failed (${r.status}): ${r.stdout}${r.stderr}`);
    return ms;
  };
  once(); // the files into the page cache; every measured run is still a new Node process
  const wall = [];
  const bare = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    wall.push(once());
    bare.push(once(['-e', '0']));
    cpu.push(childCpu(args));
  }
  rmSync(dir, { recursive: true, force: true });
  return { tokenBytes: token.length, wall: stats(wall), bareNode: stats(bare), cpu: cpu.includes(undefined) ? undefined : stats(cpu) };
}

/** User + system CPU milliseconds of one run (the shell's `times`), which a busy machine does
 * not inflate as it does wall time; undefined where there is no POSIX shell. */
function childCpu(args) {
  const r = spawnSync('sh', ['-c', '"$@" > /dev/null; times', 'sh', process.execPath, ...args], { encoding: 'utf8' });
  const line = r.stdout?.trim().split('\n')[1];
  const t = line?.match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
  return t ? (Number(t[1]) * 60 + Number(t[2]) + Number(t[3]) * 60 + Number(t[4])) * 1000 : undefined;
}
