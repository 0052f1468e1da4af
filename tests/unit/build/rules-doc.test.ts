// docs/rules.md is made from the rule files (`npm run docs`); this fails when it is stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../../src/core/index';
import { rulesDoc } from '../../../scripts/docs/rules-doc';

describe('docs/rules.md', () => {
  it('is what `npm run docs` makes from the rule files (run it after changing a rule)', () => {
    const page = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(page).toBe(rulesDoc(ruleCatalog));
  });

  it('has a section for every rule, and names the rules a verdict cannot trust', () => {
    const page = rulesDoc(ruleCatalog);
    for (const rule of ruleCatalog) expect(page).toContain(`\n## ${rule.id}\n`);
    expect(ruleCatalog.filter((r) => r.untrusted).map((r) => r.id).sort()).toEqual(
      ['alg-confusion-forgery', 'hmac-secret-empty', 'hmac-secret-weak', 'self-verified-only'],
    );
  });
});
