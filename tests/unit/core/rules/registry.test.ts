// The registry lists exactly the rule ids of ../shared/rules.md, each once, each with its own
// file, its own test file and a filled-in catalogue entry.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/core/rules/index';

const root = resolve(__dirname, '../../../..');
const catalogue = resolve(root, '../shared/rules.md');

function catalogueRules(text: string): { id: string; severity: string }[] {
  const out: { id: string; severity: string }[] = [];
  let inRules = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('## Rules')) inRules = true;
    else if (line.startsWith('## ')) inRules = false;
    const m = inRules && /^\| `([a-z0-9_-]+)` \| (T(?:\+[KWC])?) \| (error|warning|info) \|/.exec(line);
    if (m) out.push({ id: m[1]!, severity: m[3]! });
  }
  return out;
}

const present = existsSync(catalogue);

describe.skipIf(!present)(present ? 'rule registry' : 'rule registry (skipped: ../shared/rules.md not found)', () => {
  // describe bodies run even when skipped: read the catalogue only where it exists.
  const expected = present ? catalogueRules(readFileSync(catalogue, 'utf8')) : [];

  it('reads 99 rules from the catalogue', () => {
    expect(expected).toHaveLength(99);
  });

  it('registers exactly the catalogue ids, in its order', () => {
    expect(rules.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it.each(expected)('$id has the catalogue severity, a file, a test and an explanation', ({ id, severity }) => {
    const rule = rules.find((r) => r.id === id)!;
    expect(rule.severity).toBe(severity);
    expect(existsSync(resolve(root, `src/core/rules/${id}.ts`))).toBe(true);
    expect(existsSync(resolve(root, `tests/unit/core/rules/${id}.test.ts`))).toBe(true);
    expect(rule.title).not.toBe(id);
    expect(rule.explanation.length).toBeGreaterThan(40);
    expect(rule.references.length).toBeGreaterThan(0);
  });
});
