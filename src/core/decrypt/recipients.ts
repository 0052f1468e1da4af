// A JWE as jose's flattened form, one per recipient: compact (RFC 7516 §7.1), flattened and
// general JSON (§7.2). Each carries the header a decrypter sees: protected ∪ shared
// unprotected ∪ per-recipient header.
import { isObject } from '../parse/token-parts';
import type { ParsedToken } from '../parse/types';

export interface FlattenedJwe {
  protected?: string;
  unprotected?: Record<string, unknown>;
  header?: Record<string, unknown>;
  encrypted_key?: string;
  iv?: string;
  ciphertext: string;
  tag?: string;
  aad?: string;
}

export interface Recipient {
  jwe: FlattenedJwe;
  header: Record<string, unknown>;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export function recipientsOf(token: ParsedToken): Recipient[] {
  const protectedHeader = isObject(token.header?.value) ? token.header.value : {};
  const raw = token.jsonSerialization?.raw.value;
  if (!isObject(raw)) {
    const [p, k, iv, c, tag] = token.text.trim().split('.');
    const jwe = { protected: p, encrypted_key: str(k), iv: str(iv), ciphertext: c ?? '', tag: str(tag) };
    return [{ jwe: strip(jwe), header: protectedHeader }];
  }
  const unprotected = isObject(raw.unprotected) ? raw.unprotected : undefined;
  const shared = {
    protected: str(raw.protected),
    unprotected,
    iv: str(raw.iv),
    ciphertext: typeof raw.ciphertext === 'string' ? raw.ciphertext : '',
    tag: str(raw.tag),
    aad: str(raw.aad),
  };
  const list = Array.isArray(raw.recipients) ? raw.recipients.filter(isObject) : [raw];
  return list.map((r) => {
    const header = isObject(r.header) ? r.header : undefined;
    return { jwe: strip({ ...shared, header, encrypted_key: str(r.encrypted_key) }), header: { ...unprotected, ...header, ...protectedHeader } };
  });
}

function strip(jwe: FlattenedJwe): FlattenedJwe {
  return Object.fromEntries(Object.entries(jwe).filter(([, v]) => v !== undefined)) as unknown as FlattenedJwe;
}
