// An SD-JWT as the core reads it (RFC 9901): its parts, each Disclosure with its digest and
// where it plugs in, the processed claims, and the Key Binding JWT's `sd_hash` check. Pure and
// synchronous; the signatures are verified by inspect() like any JWS.
import { decodeBase64url } from '../parse/base64url';
import { DEFAULT_SD_ALG, hashLength, isKnownHash, sdDigest, sdDigests } from './digest';
import { readDisclosure, type Disclosure } from './disclosure';
import { processPayload, type Processed } from './process';
import { compactSdJwt, type SdSplit } from './split';

export { splitCompact, splitJson, sdTypWithoutTilde, type SdSplit } from './split';
export type { Disclosure } from './disclosure';

export interface KeyBindingRead {
  text: string;
  from?: number;
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
  /** base64url(H(presentation)) with H = `_sd_alg`; undefined when the hash is unknown. */
  expected?: string;
  matches?: boolean;
}

export interface SdJwt {
  split: SdSplit;
  /** `_sd_alg` as found (undefined when absent). */
  alg: unknown;
  /** The hash used for every digest; undefined when `_sd_alg` names none we implement. */
  hash?: string;
  disclosures: Disclosure[];
  processed: Processed;
  /** Embedded digests met more than once, and Disclosure strings presented more than once. */
  duplicates: { embedded: string[]; presented: string[] };
  /** Embedded digests with no presented Disclosure (decoys or withheld claims). */
  undisclosed: number;
  /** Ill-formed embedded digests (not base64url, or not the hash's length). */
  badDigests: string[];
  /** `<issuer-signed JWT>~<D1>~…~<Dn>~`, the text `sd_hash` covers. */
  presentation: string;
  kb?: KeyBindingRead;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function jsonPart(segment: string | undefined): Record<string, unknown> | undefined {
  if (segment === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(utf8.decode(decodeBase64url(segment).bytes));
    return isObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function repeated(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

/** The hash `_sd_alg` names (sha-256 when absent), or undefined when we implement none by that name. */
function hashOf(payload: Record<string, unknown> | undefined): string | undefined {
  const alg = payload?.['_sd_alg'];
  const name = alg === undefined ? DEFAULT_SD_ALG : alg;
  return typeof name === 'string' && isKnownHash(name) ? name : undefined;
}

/** `<issuer-signed JWT>~<D1>~…~<Dn>~`, the text `sd_hash` covers. */
const presentationOf = (split: SdSplit) => compactSdJwt(split.issuer, split.disclosures.map((d) => d.text));

/** readSdJwt() with every digest (Disclosures, and the presentation when a KB-JWT follows) taken
 * at once by sdDigests() first. */
export async function readSdJwtAsync(split: SdSplit, payload: Record<string, unknown> | undefined): Promise<SdJwt> {
  const texts = split.disclosures.map((d) => d.text);
  if (split.last) texts.push(presentationOf(split));
  return readSdJwt(split, payload, await sdDigests(texts, hashOf(payload) ?? DEFAULT_SD_ALG));
}

/** Reads the SD-JWT whose issuer-signed payload is `payload` (a JSON object, else no claims).
 * `known`: digests already taken, by text (readSdJwtAsync()); the others are taken here. */
export function readSdJwt(split: SdSplit, payload: Record<string, unknown> | undefined, known?: ReadonlyMap<string, string>): SdJwt {
  const alg = payload?.['_sd_alg'];
  const hash = hashOf(payload);
  const disclosures = split.disclosures.map((p) => readDisclosure(p, hash ?? DEFAULT_SD_ALG, known));
  if (!hash) for (const d of disclosures) delete d.digest;
  const processed = processPayload(payload ?? {}, disclosures);
  const digests = new Set(disclosures.map((d) => d.digest));
  const size = hash ? hashLength(hash) : undefined;
  // A base64url string of n characters holds floor(3n/4) bytes: no need to decode each digest.
  const badDigests = processed.embedded
    .map((e) => e.digest)
    .filter((e) => !/^[A-Za-z0-9_-]+$/.test(e) || (size !== undefined && Math.floor((e.length * 3) / 4) !== size));
  const presentation = presentationOf(split);
  const sd: SdJwt = {
    split,
    alg,
    ...(hash ? { hash } : {}),
    disclosures,
    processed,
    duplicates: { embedded: repeated(processed.embedded.map((e) => e.digest)), presented: repeated(split.disclosures.map((d) => d.text)) },
    undisclosed: processed.embedded.filter((e) => !digests.has(e.digest)).length,
    badDigests,
    presentation,
  };
  if (split.last) sd.kb = readKeyBinding(split.last.text, split.last.from, presentation, hash, known);
  return sd;
}

function readKeyBinding(text: string, from: number | undefined, presentation: string, hash: string | undefined, known?: ReadonlyMap<string, string>): KeyBindingRead {
  const [h, p] = text.split('.');
  const header = jsonPart(h);
  const payload = jsonPart(p);
  const expected = hash ? (known?.get(presentation) ?? sdDigest(presentation, hash)) : undefined;
  const stated = payload?.['sd_hash'];
  return {
    text,
    ...(from !== undefined ? { from } : {}),
    ...(header ? { header } : {}),
    ...(payload ? { payload } : {}),
    ...(expected ? { expected } : {}),
    ...(expected && typeof stated === 'string' ? { matches: stated === expected } : {}),
  };
}

/** `cnf.jwk` of the processed issuer-signed payload, as JSON text for the key reader. */
export function holderJwk(sd: SdJwt): string | undefined {
  return holderJwkIn(sd.processed.claims);
}

/** `cnf.jwk` of a claims object (the processed payload, or the payload as signed when `cnf` is
 * in plain text), as JSON text. */
export function holderJwkIn(claims: unknown): string | undefined {
  const cnf = isObject(claims) ? claims['cnf'] : undefined;
  const jwk = isObject(cnf) ? cnf['jwk'] : undefined;
  return isObject(jwk) ? JSON.stringify(jwk) : undefined;
}
