// One Disclosure read as presented (RFC 9901 §4.2.1, §4.2.2): `[salt, name, value]` for an
// object property, `[salt, value]` for an array element. Shape problems are kept as a sentence
// (sd-disclosure-malformed), never thrown.
import { decodeBase64url } from '../parse/base64url';
import { sdDigest } from './digest';
import type { SdPart } from './split';

export interface Disclosure {
  text: string;
  /** Offset in the token text (compact form only). */
  from?: number;
  /** Undefined when `_sd_alg` names a hash this app does not implement. */
  digest?: string;
  salt?: string;
  name?: string;
  value?: unknown;
  /** 3 for an object property, 2 for an array element; undefined when malformed. */
  arity?: 2 | 3;
  malformed?: string;
  referenced: boolean;
  /** JSON Pointer (RFC 6901) of the disclosed value in the processed claims. */
  path?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function shape(json: unknown): Pick<Disclosure, 'salt' | 'name' | 'value' | 'arity' | 'malformed'> {
  if (!Array.isArray(json)) return { malformed: 'does not decode to a JSON array' };
  if (json.length !== 2 && json.length !== 3) return { malformed: `is an array of ${json.length} elements, not 2 or 3` };
  const [salt, ...rest] = json as unknown[];
  if (typeof salt !== 'string') return { malformed: 'has a salt that is not a string' };
  if (rest.length === 1) return { salt, value: rest[0], arity: 2 };
  if (typeof rest[0] !== 'string') return { malformed: 'has a claim name that is not a string' };
  return { salt, name: rest[0], value: rest[1], arity: 3 };
}

/** `known`: digests already taken (sdDigests()), by Disclosure text. */
export function readDisclosure(part: SdPart, alg: string, known?: ReadonlyMap<string, string>): Disclosure {
  const digest = known?.get(part.text) ?? sdDigest(part.text, alg);
  const base = { text: part.text, ...(part.from !== undefined ? { from: part.from } : {}), ...(digest ? { digest } : {}), referenced: false };
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(decodeBase64url(part.text).bytes));
  } catch {
    return { ...base, malformed: 'is not base64url-encoded UTF-8 JSON' };
  }
  return { ...base, ...shape(json) };
}

/** The decoded JSON text of a Disclosure ('' when it does not decode). */
export function disclosureJson(text: string): string {
  try {
    return utf8.decode(decodeBase64url(text).bytes);
  } catch {
    return '';
  }
}
