// The last few key readings, by key text and secret encoding. The key rarely changes while a
// token is edited or pasted again, and reading it (PEM and ASN.1 parsing, thumbprints, the ROCA
// check) is the same work every time. A reading is plain data; it is frozen when stored, so code
// that tried to change a shared reading would throw instead of leaking into the next report.
import type { KeyParse } from './types';
import type { SecretEncoding } from '../report';
import { parseKeys } from './index';

const MAX_READINGS = 4;
const readings = new Map<string, KeyParse>();
const idOf = (text: string, encoding: SecretEncoding) => `${encoding}\n${text}`;

/** The stored reading of this key text, if any: synchronous, so that inspecting a new token
 * against the same key reaches the signature check without yielding. */
export function knownKeys(text: string, encoding: SecretEncoding): KeyParse | undefined {
  const id = idOf(text, encoding);
  const known = readings.get(id);
  if (known) {
    readings.delete(id); // most recent last
    readings.set(id, known);
  }
  return known;
}

export async function readKeys(text: string, encoding: SecretEncoding): Promise<KeyParse> {
  const known = knownKeys(text, encoding);
  if (known) return known;
  const reading = deepFreeze(await parseKeys(text, encoding));
  readings.set(idOf(text, encoding), reading);
  if (readings.size > MAX_READINGS) readings.delete(readings.keys().next().value!);
  return reading;
}

/** Freeze `value` and everything it holds, except typed arrays (which cannot be frozen). */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}
