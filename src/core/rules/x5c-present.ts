import type { LintRule, RuleContext } from './types';
import { equalBytes } from '../crypto/hmac';
import { memberAt, userKeys } from './context';
import { headerX5c, type X5cEntry } from '../lint/x5c';

export const x5cPresent: LintRule = {
  id: 'x5c-present',
  severity: 'warning',
  input: 'T',
  title: 'Token carries its own certificate chain',
  explanation:
    'The header\'s `x5c` brings the certificate (chain) to check the token with. ' +
    'Unless the verifier validates that chain up to a trust anchor it already holds, anyone can embed a self-signed certificate and sign with its key; certificate parsing is also a known attack surface.',
  references: [
    'RFC 7515 §4.1.6 (recipient MUST validate per RFC 5280)',
    "PS:jwt 'Other interesting JWT header parameters' (CVE-2017-2800, CVE-2018-2633)",
    "OWASP JWT CS 'Trusting key material…'",
  ],
  check(ctx) {
    const chain = headerX5c(ctx);
    if (!chain || ctx.token.kind === 'jwe') return [];
    const at = memberAt(ctx, 'header', 'x5c');
    if (chain.ok && anchored(ctx, chain.entries)) {
      return [{ message: 'The token carries an `x5c` chain that matches the key you supplied, which verifies the signature.', severity: 'info', at }];
    }
    return [{ message: 'The token carries its own certificate chain in `x5c`; without your trusted certificate it cannot be validated here.', at }];
  },
};

/** A pasted key verified the token and is the chain's leaf key or one of its certificates.
 * (The chain's own signatures are not checked: that needs a full path validation.) */
function anchored(ctx: RuleContext, entries: X5cEntry[]): boolean {
  if (ctx.verdict.status !== 'valid') return false;
  const used = userKeys(ctx).find((c) => c.label === ctx.verdict.keyUsed);
  if (!used) return false;
  const same = (a?: Uint8Array, b?: Uint8Array) => !!a && !!b && equalBytes(a, b);
  return same(used.spki, entries[0]?.certificate?.spki) || entries.some((e) => same(used.certificate, e.der));
}
