// Padded or standard-alphabet segments (AWS ALB and Cognito pad theirs): the signature is always
// checked over the segments exactly as sent. Only when that fails is the canonical base64url
// form (no '=', '-' and '_' for '+' and '/') tried too, to tell "re-encoded after signing"
// from "signed with another key"; a match there never makes the signature valid.
import type { AlgorithmInfo } from '../algorithms';
import type { KeyCandidate } from '../keys/types';
import type { JwsSignatureEntry } from '../parse/types';
import { verifySignature } from './primitives';

const canonical = (text: string): string => text.replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');

/** The signing input rebuilt from canonical base64url segments, or undefined when that is the
 * input as sent. An unencoded payload (b64: false) is raw text and stays as it is. */
function canonicalInput(entry: JwsSignatureEntry): Uint8Array | undefined {
  const asSent = entry.signingInput;
  const head = entry.protectedRaw.length + 1;
  const payload = asSent.subarray(head);
  const header = canonical(entry.protectedRaw);
  const body = entry.header.b64 === false ? undefined : canonical(new TextDecoder().decode(payload));
  const bytes = new TextEncoder().encode(`${header}.${body ?? ''}`);
  const out = body === undefined ? concat(bytes, payload) : bytes;
  return equal(out, asSent) ? undefined : out;
}

/** Label of the first tried key that verifies the canonical re-encoding of the segments. */
export async function reencodedMatch(entry: JwsSignatureEntry, info: AlgorithmInfo, tried: KeyCandidate[]): Promise<string | undefined> {
  const input = canonicalInput(entry);
  if (!input) return undefined;
  for (const c of tried) {
    const readings = c.kty === 'oct' ? (c.secrets ?? []).map((s) => s.bytes) : [undefined];
    for (const secret of readings) {
      if ((await verifySignature(c, info, input, entry.signature, secret)).ok) return c.label;
    }
  }
  return undefined;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
