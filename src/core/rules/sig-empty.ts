import type { LintRule } from './types';
import { isNoneAlg } from '../algorithms';
import { segmentAt, showAlg, signedEntries } from './context';

export const sigEmpty: LintRule = {
  id: 'sig-empty',
  severity: 'error',
  input: 'T',
  title: 'Empty signature',
  explanation:
    'The header names a signing algorithm but the signature is empty. Some verifiers compare only as many bytes as were supplied, or treat an empty signature as "unsigned", and so accept any claims (CVE-2020-28042).',
  references: ['RFC 7515 §5.2', 'CVE-2020-28042', 'jwt_tool -X n'],
  check(ctx) {
    return signedEntries(ctx)
      .filter((e) => e.raw === '' && !isNoneAlg(e.alg))
      .map((e) => ({
        message: `${e.prefix}"alg" is ${showAlg(e.alg)} but the signature is empty, so nothing protects the claims.`,
        at: e.sigAt ?? segmentAt(ctx, 'payload'),
      }));
  },
};
