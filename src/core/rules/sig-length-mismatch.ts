import type { LintRule, RuleContext, RuleHit } from './types';
import { algorithmOf, curveSignatureLength } from '../algorithms';
import { keyFor, signedEntries, type SignedEntry } from './context';
import { parseDerSignature } from '../lint/signature-shape';

export const sigLengthMismatch: LintRule = {
  id: 'sig-length-mismatch',
  severity: 'error',
  input: 'T',
  title: 'Signature has the wrong length',
  explanation:
    'Each algorithm produces signatures of one exact length (HS256 32 bytes, ES256 64, Ed25519 64, RSA the size of the key). A shorter or longer one was truncated, re-encoded or tampered with; verifiers that compare only the bytes supplied have accepted such truncated signatures.',
  references: [
    'RFC 7518 §3.2-§3.5',
    'RFC 8037 §3.1',
    'RFC 8017 §8.2.2 step 1',
    'CVE-2020-28042',
  ],
  check(ctx) {
    const out: RuleHit[] = [];
    for (const e of signedEntries(ctx)) {
      if (e.raw === '') continue; // sig-empty says it
      const expected = expectedLengths(ctx, e);
      const got = e.bytes.length;
      if (!expected || expected.includes(got)) continue;
      const want = expected.join(' or ');
      const der = algorithmOf(e.alg)?.family === 'ECDSA' && parseDerSignature(e.bytes) ? ' (it is DER-encoded instead of the raw r‖s form)' : '';
      out.push({
        message: `${e.prefix}The ${String(e.alg)} signature is ${got} bytes; it must be exactly ${want}${der}.`,
        at: e.sigAt,
      });
    }
    return out;
  },
};

/** The allowed signature lengths in bytes, or undefined when they cannot be known. */
function expectedLengths(ctx: RuleContext, e: SignedEntry): number[] | undefined {
  const info = algorithmOf(e.alg);
  if (!info || info.family === 'none') return undefined;
  if (info.signatureLength !== undefined) return [info.signatureLength];
  if (info.family === 'EdDSA') {
    const crv = keyFor(ctx, e.header, 'OKP')?.crv;
    const len = crv ? curveSignatureLength(crv) : undefined;
    return len ? [len] : info.curves!.map((c) => curveSignatureLength(c)!);
  }
  const bits = keyFor(ctx, e.header, 'RSA')?.bits;
  return bits ? [Math.ceil(bits / 8)] : undefined;
}
