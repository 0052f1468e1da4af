// The command line is Node code over the core's one entry (issue 17): it imports Node's own
// modules, src/core/index.ts and package.json, and nothing of the page.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../../src/cli', import.meta.url));

describe('src/cli imports', () => {
  it('issue 17: only node:*, the core entry, package.json and its own modules', () => {
    const specs = readdirSync(dir).flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]!),
    );
    expect(specs.length).toBeGreaterThan(5);
    const allowed = (s: string) => s.startsWith('node:') || s === '../core/index' || s === '../../package.json' || /^\.\/[a-z-]+$/.test(s);
    expect(specs.filter((s) => !allowed(s))).toEqual([]);
  });
});
