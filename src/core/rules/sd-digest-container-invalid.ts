import type { LintRule, RuleHit } from './types';

export const sdDigestContainerInvalid: LintRule = {
  id: 'sd-digest-container-invalid',
  severity: 'error',
  input: 'T',
  title: 'Malformed `_sd` or `...` entry',
  explanation:
    'Digests live only in `_sd` arrays of strings and in array elements of the form `{"...": digest}`. ' +
    'Anything else survives processing as an ordinary claim, so strict and lax verifiers see different claims.',
  references: ['RFC 9901 §4.1', 'RFC 9901 §4.2.4.1', 'RFC 9901 §4.2.4.2', 'RFC 9901 §4.2.5', 'RFC 9901 §7.1'],
  check(ctx) {
    const sd = ctx.sd;
    if (!sd) return [];
    const where = (pointer: string) => (pointer === '' ? 'the top level' : pointer);
    const hits: RuleHit[] = sd.processed.issues.containers.map((c) => ({ message: `At ${where(c.pointer)}: ${c.message}.` }));
    const size = sd.hash ? ` ${sd.hash}` : '';
    for (const digest of new Set(sd.badDigests)) {
      hits.push({ message: `The digest ${JSON.stringify(digest)} is not a base64url${size} digest: it can match no Disclosure.`, severity: 'warning' });
    }
    return hits;
  },
};
