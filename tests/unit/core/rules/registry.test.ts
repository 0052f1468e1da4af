// The registry: every rule once, each with its own file, its own test file and a filled-in
// explanation (checked always). Its ids, severities and inputs are those of the specification's
// catalogue, ../shared/rules.md (and ../shared/rules-next.md for ids from the next areas), in
// the catalogue's order. The catalogue sits beside the repo, not in it: where a file is absent
// the comparison that needs it is skipped, and its title names the missing file.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/core/rules/index';

const root = resolve(__dirname, '../../../..');
const catalogue = resolve(root, '../shared/rules.md');
const nextCatalogue = resolve(root, '../shared/rules-next.md');

function catalogueRules(text: string): { id: string; severity: string; input: string }[] {
  const out: { id: string; severity: string; input: string }[] = [];
  let inRules = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('## Rules')) inRules = true;
    else if (line.startsWith('## ')) inRules = false;
    const m = inRules && /^\| `([a-z0-9_-]+)` \| (T(?:\+[A-Z])*) \| (error|warning|info) \|/.exec(line);
    if (m) out.push({ id: m[1]!, severity: m[3]!, input: m[2]! });
  }
  return out;
}

/** The catalogue's rules, or none when the file is absent (describe bodies run even when skipped). */
const read = (file: string) => (existsSync(file) ? catalogueRules(readFileSync(file, 'utf8')) : []);
const missing = (...files: string[]) => files.filter((f) => !existsSync(f));
const title = (name: string, absent: string[]) => (absent.length ? `${name} (skipped: ${absent.join(' and ')} not found)` : name);

describe('rule registry', () => {
  it('lists each id once', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has a file, a test and an explanation', (id, rule) => {
    expect(existsSync(resolve(root, `src/core/rules/${id}.ts`))).toBe(true);
    expect(existsSync(resolve(root, `tests/unit/core/rules/${id}.test.ts`))).toBe(true);
    expect(rule.title).not.toBe(id);
    expect(rule.explanation.length).toBeGreaterThan(40);
    expect(rule.references.length).toBeGreaterThan(0);
  });
});

const absent = missing(catalogue);
describe.skipIf(absent.length > 0)(title('rule registry against rules.md', absent), () => {
  const expected = read(catalogue);

  it('reads 99 rules from the catalogue', () => {
    expect(expected).toHaveLength(99);
  });

  it('registers every catalogue id, in its order', () => {
    const ids = new Set(expected.map((r) => r.id));
    expect(rules.map((r) => r.id).filter((id) => ids.has(id))).toEqual(expected.map((r) => r.id));
  });

  it.each(expected)('$id has the catalogue severity and input', ({ id, severity, input }) => {
    expect(rules.find((r) => r.id === id)?.severity).toBe(severity);
    expect(rules.find((r) => r.id === id)?.input).toBe(input);
  });
});

const absentNext = missing(catalogue, nextCatalogue);
describe.skipIf(absentNext.length > 0)(title('rule registry against rules.md and rules-next.md', absentNext), () => {
  const current = read(catalogue);
  const next = read(nextCatalogue);

  it('reads 45 rules from rules-next.md, none of them already in rules.md', () => {
    expect(next).toHaveLength(45);
    expect(next.filter((n) => current.some((c) => c.id === n.id))).toEqual([]);
  });

  it('registers only catalogue ids; those from rules-next.md in its order, with its severity', () => {
    const known = new Set([...current, ...next].map((r) => r.id));
    expect(rules.map((r) => r.id).filter((id) => !known.has(id))).toEqual([]);
    const fromNext = rules.filter((r) => next.some((n) => n.id === r.id));
    expect(fromNext.map((r) => r.id)).toEqual(next.filter((n) => fromNext.some((r) => r.id === n.id)).map((n) => n.id));
    expect(fromNext.map((r) => [r.severity, r.input])).toEqual(fromNext.map((r) => [next.find((n) => n.id === r.id)!.severity, next.find((n) => n.id === r.id)!.input]));
  });
});
