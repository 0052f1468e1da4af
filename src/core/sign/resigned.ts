// The facts of a re-signing (rules-next.md P): the input token inspected with the key it was
// pasted with (its verdict, alg, header and the key that verified it), and the signing key, both
// named by RFC 7638 thumbprint so "the same key" is one comparison (a secret's thumbprint is
// that of its oct JWK, so equal thumbprints mean equal secret bytes).
import { encodeBase64url } from '../parse/base64url';
import { readKeys } from '../keys/cache';
import { jwkThumbprint } from '../keys/candidate';
import type { KeyCandidate } from '../keys/types';
import type { InspectInput, KeySummary, Report, ResignedFrom } from '../report';
import type { Resigning } from '../rules/types';
import type { SigningKey } from './signing-key';

type InspectInput0 = (input: InspectInput) => Promise<Report>;

const secretThumbprint = (bytes: Uint8Array) => jwkThumbprint({ kty: 'oct', k: encodeBase64url(bytes) }) ?? '';

// The page re-signs on every keystroke of an edit while the input token and its key stay the
// same: their facts are kept for the last few inputs (they do not depend on the clock).
const MAX_KEPT = 4;
const kept = new Map<string, Promise<Resigning['from']>>();

export function inputFacts(from: ResignedFrom, inspect: InspectInput0): Promise<Resigning['from']> {
  const id = JSON.stringify([from.token, from.key ?? '', from.secretEncoding ?? 'auto']);
  const known = kept.get(id);
  if (known) return known;
  const facts = readInput(from, inspect);
  kept.set(id, facts);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return facts;
}

async function readInput(from: ResignedFrom, inspect: InspectInput0): Promise<Resigning['from']> {
  const encoding = from.secretEncoding ?? 'auto';
  // The signature verdict does not depend on the clock: any `now` will do.
  const report = await inspect({ token: from.token, now: 0, secretEncoding: encoding, ...(from.key !== undefined ? { key: from.key } : {}) });
  const header = report.header?.value;
  const alg = typeof header?.alg === 'string' ? header.alg : report.signature.alg;
  const facts: Resigning['from'] = { status: report.signature.status, ...(header ? { header } : {}), ...(alg !== undefined ? { alg } : {}) };
  const verdict = report.signature;
  if (verdict.status !== 'valid') return facts;
  const candidate = (await readKeys(from.key ?? '', encoding)).candidates.find((c) => c.label === verdict.keyUsed);
  const key = candidate && verifyingKey(candidate, verdict.encoding, from.key ?? '');
  return key ? { ...facts, key } : facts;
}

function verifyingKey(c: KeyCandidate, encoding: string | undefined, keyText: string): NonNullable<Resigning['from']['key']> | undefined {
  const kid = c.kid !== undefined ? { kid: c.kid } : {};
  if (c.kty === 'oct') {
    const bytes = (c.secrets?.find((s) => s.encoding === encoding) ?? c.secrets?.[0])?.bytes;
    return bytes && { label: c.label, thumbprint: secretThumbprint(bytes), ...kid };
  }
  if (!c.thumbprint) return undefined;
  // The text as pasted is one of the serializations a confused verifier may use as the secret.
  const text = c.pem ?? c.sshLine ?? (c.source === 'jwk' ? keyText : undefined);
  const confusion = {
    label: c.label,
    ...(c.spki ? { spki: c.spki } : {}),
    ...(c.jwk ? { jwk: c.jwk } : {}),
    ...(text ? { text } : {}),
    ...(c.certificate ? { certificate: c.certificate } : {}),
  };
  return { label: c.label, thumbprint: c.thumbprint, ...kid, confusion };
}

/** The signing key as the re-signing rules compare it. */
export function signingFacts(key: SigningKey, summary: KeySummary): NonNullable<Resigning['signingKey']> {
  return { thumbprint: summary.thumbprint, ...(key.kid !== undefined ? { kid: key.kid } : {}), ...(key.kind === 'secret' ? { secret: key.bytes } : {}) };
}
