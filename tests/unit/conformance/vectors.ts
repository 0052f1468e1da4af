// Reads the conformance vectors kept in the repo (tests/vectors, sources and licences in its
// README). They are part of the repo: a missing file is an error, never a skip.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from '../../../src/core/index';
import type { Report, SignatureStatus } from '../../../src/core/report';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const VECTORS = resolve(repoRoot, 'tests/vectors');

export function readVectors<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(VECTORS, file), 'utf8')) as T;
}

/** A fixed clock: signatures do not depend on time, and nothing here reads Date. */
export const NOW = 1767225600;

export function check(token: string | object, key: unknown, extra: { payload?: string } = {}): Promise<Report> {
  return inspect({
    token: typeof token === 'string' ? token : JSON.stringify(token),
    key: typeof key === 'string' ? key : JSON.stringify(key),
    now: NOW,
    ...extra,
  });
}

export const notValid = (s: SignatureStatus) => s !== 'valid';
