#!/usr/bin/env node
// `npm test`: everything. Unit and conformance (vitest), then the built app end to end
// (Playwright in Chromium). Provides its own browser: Debian's /usr/bin/chromium when present,
// otherwise Playwright's own Chromium, installed on first use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const hasSystemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => existsSync(p));
run('npx', ['vitest', 'run']);
if (!hasSystemChromium) run('npx', ['playwright', 'install', 'chromium']);
run('npx', ['vite', 'build']);
run('npx', ['playwright', 'test']);
