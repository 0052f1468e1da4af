// Locates the external conformance vectors (../shared/vectors next to the repo root) and reads
// them in place. Tests skip with a clear message when the folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from '../../../src/core/index';
import type { Report, SignatureStatus } from '../../../src/core/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const VECTORS = resolve(repoRoot, '../shared/vectors');

/** Absent-folder message for describe.skipIf titles. */
export const MISSING = `conformance vectors not found at ${VECTORS} (skipped)`;

export function hasVectors(file: string): boolean {
  return existsSync(resolve(VECTORS, file));
}

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
