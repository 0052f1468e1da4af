import type { LintRule, Resigning } from './types';
import { segmentAt, valueAt } from './context';
import { equalBytes } from '../crypto/hmac';
import { keySerializations } from '../secrets/confusion';
import { STATUS_WORDS } from '../status-words';
import type { SignatureStatus } from '../report';

/** Why an input token counts as never verified, for the statuses the catalogue names. */
const NOT_VERIFIED: Partial<Record<SignatureStatus, string>> = {
  'no-key': 'no key was given to check it',
  invalid: 'its signature did not verify',
  unsecured: 'it had no signature, alg none',
};

/** Runs only on the token sign() made from an input token (SignInput.from). */
export const signKeyChanged: LintRule = {
  id: 'sign-key-changed',
  severity: 'info',
  input: 'T+K',
  title: 'Re-signed with another key or algorithm',
  explanation:
    'This token was made by re-signing an input token, and its signature is not the one the input had: the key is another (RFC 7638 thumbprints, or secret bytes, differ), the `alg` changed, or the input was never verified. ' +
    'That is expected after an edit, but the token now verifies only with your key, and a verifier that trusts the original issuer rejects it.',
  references: ['RFC 7515 §5.1', 'RFC 8725 §2.1'],
  check(ctx) {
    const resigning = ctx.resigning;
    if (!resigning) return [];
    const { from, signingKey } = resigning;
    const alg = typeof ctx.header?.alg === 'string' ? ctx.header.alg : undefined;
    const sentences: string[] = [];
    if (from.status !== 'valid') {
      const why = NOT_VERIFIED[from.status] ?? STATUS_WORDS[from.status].label.toLowerCase();
      sentences.push(`The input token was never verified (${why}), so nothing vouched for it before you signed it.`);
    } else if (!signingKey) {
      sentences.push('The input token was signed; this one is not signed at all.');
    } else if (!from.key || from.key.thumbprint !== signingKey.thumbprint) {
      sentences.push(`This token is signed with another key than the one that verified the input${from.key ? ` (${from.key.label})` : ''}.`);
    }
    const algChanged = alg !== from.alg;
    if (algChanged) sentences.push(`Its alg is ${alg ?? 'missing'}; the input's was ${from.alg ?? 'missing'}.`);
    if (!sentences.length) return [];
    sentences.push(
      signingKey
        ? 'It verifies only with your key: a verifier that trusts the original issuer rejects it.'
        : 'A verifier that trusts the original issuer rejects it, unless it accepts alg none.',
    );
    const confusion = confusionSerialization(resigning, alg);
    if (confusion) {
      sentences.push(
        `It is an algorithm-confusion test token: its ${alg} secret is the input's verifying public key (${confusion}), so inspected with that public key it is reported as alg-confusion-forgery.`,
      );
    }
    const at = algChanged ? valueAt(ctx, 'header', 'alg') : segmentAt(ctx, 'signature');
    return [{ message: sentences.join(' '), ...(at ? { at } : {}) }];
  },
};

/** The serialization of the input's public key that is this HS* token's secret, if it is one. */
function confusionSerialization({ from, signingKey }: Resigning, alg: string | undefined): string | undefined {
  const secret = signingKey?.secret;
  const key = from.key?.confusion;
  if (!secret || !key || !alg?.startsWith('HS')) return undefined;
  return keySerializations(key).find((s) => equalBytes(s.bytes, secret))?.name;
}
