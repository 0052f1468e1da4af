// sign(): the user's header and payload text, signed byte for byte (base64url of the exact
// UTF-8, never re-serialised), then inspected with the key's public part (or the secret) so the
// produced token's problems are reported by the existing rule ids (rules-next.md P).
import { encodeBase64url, encodeBase64urlText } from '../parse/base64url';
import type { InspectInput, Report, SignInput, SignResult } from '../report';
import { readHeader } from './header';
import { keyMismatch, keySummary, publicJwkOf } from './key-fit';
import { signatureOf } from './signature';
import { checkedSigningKey } from './key-cache';
import type { Resigning } from '../rules/types';
import { inputFacts, signingFacts } from './resigned';
import { sdCarried, signedSdJwt, withDisclosures } from './sd-jwt';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** inspect(), plus (internal) the re-signing facts for the produced token's own report. */
type Inspect = (input: InspectInput, resigning?: Resigning) => Promise<Report>;

/** `inspect` is passed in by index.ts (the core's entry), so this folder does not import it.
 * With `input.from`, the produced token's report also says what re-signing changed. */
export async function signWith(input: SignInput, inspect: Inspect): Promise<SignResult> {
  try {
    return await signToken(input, inspect);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'sign-failed', message: `The crypto refused to sign with this key (${detail}).` } };
  }
}

async function signToken(input: SignInput, inspect: Inspect): Promise<SignResult> {
  const header = readHeader(input.header);
  if ('error' in header) return { ok: false, error: header.error };
  for (const part of ['header', 'payload'] as const) {
    // UTF-8 cannot carry half a surrogate pair: the bytes would not be the text.
    const at = LONE_SURROGATE.exec(input[part])?.index;
    if (at !== undefined) {
      const message = `The ${part} holds half of a UTF-16 character pair (position ${at}), which UTF-8 cannot encode; remove it.`;
      return { ok: false, error: { code: 'text-not-unicode', message, at: { part, from: at, to: at + 1 } } };
    }
  }
  const signingInput = `${encodeBase64urlText(input.header)}.${encodeBase64urlText(input.payload)}`;
  const from = input.from && inputFacts(input.from, (i) => inspect(i));
  // An SD-JWT's Disclosures follow the new issuer-signed JWT (./sd-jwt.ts).
  const carried = input.from && sdCarried(input.from.token);
  const output = (jws: string) => (carried ? withDisclosures(jws, carried) : jws);
  const sd = carried ? { sd: signedSdJwt(carried) } : {};
  const inspectWith = async (token: string, key?: string, signingKey?: Resigning['signingKey']): Promise<Report> => {
    const { secretEncoding, now } = input;
    const options = { ...(key !== undefined ? { key } : {}), ...(secretEncoding ? { secretEncoding } : {}), ...(now !== undefined ? { now } : {}) };
    return inspect({ token, ...options }, from && { from: await from, ...(signingKey ? { signingKey } : {}) });
  };

  const { info, alg } = header;
  if (!info) {
    const token = output(`${signingInput}.`);
    return { ok: true, token, alg, findings: (await inspectWith(token)).findings, ...sd };
  }
  const checked = await checkedSigningKey(input.key, input.secretEncoding ?? 'auto');
  if ('error' in checked) return { ok: false, error: checked.error };
  const { key, inconsistent } = checked;
  const mismatch = keyMismatch(info, key);
  if (mismatch) return { ok: false, error: mismatch };
  if (inconsistent) return { ok: false, error: { code: 'key-private-inconsistent', message: `This private key's parts disagree. ${inconsistent}` } };

  const signature = await signatureOf(info, key, new TextEncoder().encode(signingInput));
  const token = output(`${signingInput}.${encodeBase64url(signature)}`);
  // A secret is verified with the key text as typed and its encoding (so the encoding rules see
  // what the user typed); a private key with its public JWK, never the private members.
  const summary = keySummary(key);
  const report = await inspectWith(token, key.kind === 'secret' ? input.key : JSON.stringify(publicJwkOf(key)), signingFacts(key, summary));
  if (report.signature.status === 'invalid') {
    // The backstop for disagreements not checked above (an RSA d of another key): a token its
    // own key rejects is of no use to anyone.
    return {
      ok: false,
      error: { code: 'key-private-inconsistent', message: "This private key's parts disagree: its own public part does not verify what it signed." },
    };
  }
  return { ok: true, token, alg, key: summary, findings: report.findings, ...sd };
}
