// forge(): attack variants of a pasted token, for testing a verifier (what jwt_tool and Burp's
// JWT Editor make). Each variant keeps the payload segment as pasted, names the rule inspect()
// reports on it, and says in one sentence what a vulnerable verifier would do. Never throws;
// nothing is fetched.
import { isNoneAlg, jwsAlgorithmOf } from '../algorithms';
import { convertKey } from '../keys/convert';
import type { ForgeOptions, ForgeResult, KeyBundle, SecretEncoding, Variant } from '../report';
import { keyMismatch } from '../sign/key-fit';
import { signatureOf } from '../sign/signature';
import { readSigningKey } from '../sign/signing-key';
import { DEFAULT_ATTACKER_URL, freshKeyVariants } from './fresh-key';
import { critUnknown, emptySignature, kidTraversal, noneVariants, psychicSignature, type Resign } from './header-attacks';
import { keyConfusionVariants } from './key-confusion';
import { readForgeInput, signingInput, type ForgeInput } from './input';

export { DEFAULT_ATTACKER_URL } from './fresh-key';

export async function forgeToken(token: string, opts: ForgeOptions = {}): Promise<ForgeResult> {
  try {
    return await forgeVariants(token, opts);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'failed', message: `The variants could not be made here (${detail}).` } };
  }
}

async function forgeVariants(token: string, opts: ForgeOptions): Promise<ForgeResult> {
  const input = readForgeInput(token);
  if ('error' in input) return { ok: false, error: input.error };
  const keyText = opts.key?.trim() ? opts.key : undefined;
  let bundle: KeyBundle | undefined;
  if (keyText !== undefined) {
    const converted = await convertKey(keyText, opts.secretEncoding);
    if (!converted.ok) return { ok: false, error: { code: 'unreadable-key', message: converted.error.message } };
    bundle = converted.bundle;
  }
  const notes: string[] = [];
  const variants: Variant[] = [...noneVariants(input)];
  if (!isNoneAlg(input.alg)) variants.push(emptySignature(input));
  if (bundle?.publicJwk) variants.push(...keyConfusionVariants(input, bundle));
  else notes.push('Key-confusion variants need the public key that verifies this token (RSA, EC or OKP) in the key box.');
  const fresh = await freshKeyVariants(input, opts.url ?? DEFAULT_ATTACKER_URL);
  if (!fresh.length) notes.push('No fresh key could be made here, so the embedded-jwk, jku and x5u variants are missing.');
  variants.push(...fresh, kidTraversal(input));
  const psychic = psychicSignature(input);
  if (psychic) variants.push(psychic);
  else notes.push('The psychic-signature variant is made for ES256, ES384, ES512 and ES256K tokens only.');
  variants.push(await critUnknown(input, resigner(input, keyText, opts.secretEncoding ?? 'auto')));
  return { ok: true, variants, notes };
}

/** Re-signs with the key given to forge() when it is a secret or private key fit for the alg;
 * otherwise the variant keeps the pasted signature. */
function resigner(input: ForgeInput, keyText: string | undefined, encoding: SecretEncoding): Resign {
  return async (alg, header) => {
    const info = jwsAlgorithmOf(alg);
    if (keyText === undefined || !info?.can.sign) return undefined;
    const key = await readSigningKey(keyText, encoding);
    if ('error' in key || keyMismatch(info, key)) return undefined;
    return signatureOf(info, key, signingInput(input, header));
  };
}
