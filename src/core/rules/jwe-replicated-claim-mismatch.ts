import type { LintRule } from './types';
import { memberAt } from './context';
import { isObject } from '../parse/token-parts';

const REPLICATED = ['iss', 'sub', 'aud'] as const;

/** A string and a one-element array holding it are the same audience. */
const normalised = (name: string, v: unknown) => (name === 'aud' && Array.isArray(v) && v.length === 1 ? v[0] : v);

export const jweReplicatedClaimMismatch: LintRule = {
  id: 'jwe-replicated-claim-mismatch',
  severity: 'warning',
  input: 'T+D',
  title: 'JWE header claims differ from the encrypted claims',
  explanation:
    'RFC 7519 lets a JWE copy `iss`, `sub` or `aud` into its readable header, for routing before decryption; the copies must equal the claims inside. ' +
    'When they differ, an intermediary that acts on the header (picks a tenant or a key by `iss`) treats the token as another principal\'s; with a public-key `alg` anyone can write those header values.',
  references: ['RFC 7519 §5.3', 'RFC 7519 §7.3'],
  check(ctx) {
    const d = ctx.decryption;
    const header = ctx.header;
    if (d?.status !== 'decrypted' || !header) return [];
    const claims = isObject(d.claims) ? d.claims : {};
    return REPLICATED.filter((name) => name in header).flatMap((name) => {
      const inside = claims[name];
      if (JSON.stringify(normalised(name, inside)) === JSON.stringify(normalised(name, header[name]))) return [];
      const said = inside === undefined ? 'the decrypted claims have none' : `the decrypted claims say ${JSON.stringify(inside)}`;
      return [{ message: `The header says "${name}": ${JSON.stringify(header[name])}, but ${said}.`, at: memberAt(ctx, 'header', name) }];
    });
  },
};
