#!/usr/bin/env node
// The `jwt-inspector` command (package.json "bin", built to lib/cli.js by `npm run build:core`).
import { run } from './main';
import { nodeIo } from './io';

run(process.argv.slice(2), {
  io: nodeIo,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  vars: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`jwt-inspector: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
