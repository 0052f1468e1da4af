import { describe, expect, it } from 'vitest';
import { claimRegistry } from '../../../../src/core/claims/registry';

describe('claim registry', () => {
  it.each([
    'iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti',
    'name', 'email', 'email_verified', 'address', 'updated_at',
    'azp', 'nonce', 'auth_time', 'at_hash', 'c_hash', 'acr', 'amr', 'sid',
    'client_id', 'scope', 'roles', 'groups', 'entitlements', 'act', 'may_act', 'cnf',
    'events', 'toe', 'ueid', 'cdniv', 'htm', 'htu', 'orig', 'sip_callid',
  ])('%s has a label, a source and one sentence', (name) => {
    const info = claimRegistry.get(name);
    expect(info).toBeDefined();
    expect(info!.label.length).toBeGreaterThan(1);
    expect(info!.source.length).toBeGreaterThan(1);
    expect(info!.description).toMatch(/^[A-Z"'`_].*[.]$/);
  });

  it('marks exactly the NumericDate claims', () => {
    const dates = [...claimRegistry].filter(([, i]) => i.numericDate).map(([n]) => n).sort();
    expect(dates).toEqual(['auth_time', 'exp', 'iat', 'nbf', 'toe', 'updated_at']);
  });

  it('keeps every description to one short sentence', () => {
    for (const [name, info] of claimRegistry) {
      expect(info.description.length, name).toBeLessThan(140);
      expect(info.description.replace(/e\.g\.|i\.e\./g, '').split('. ').length, name).toBe(1);
    }
  });
});
