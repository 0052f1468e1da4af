import type { LintRule, RuleContext, RuleHit } from './types';
import { memberAt, signedAlg } from './context';
import { day } from './context/certs';
import { headerX5c, type X5cEntry } from '../lint/x5c';
import { jwkFromSpki } from '../keys/spki';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import { algorithmsForKey } from '../algorithms';

export const x5cMalformed: LintRule = {
  id: 'x5c-malformed',
  severity: 'warning',
  input: 'T',
  title: 'Malformed x5c chain',
  explanation:
    'The `x5c` member must be an array of standard-base64 (not base64url) DER certificates whose first one holds a key that fits `alg` and is within its validity dates. ' +
    'Anything else is a non-conforming or crafted chain, where libraries disagree about what they read.',
  references: ['RFC 7515 §4.1.6', 'RFC 5280 §4.1.2.5'],
  check(ctx) {
    const chain = headerX5c(ctx);
    if (!chain) return [];
    const at = memberAt(ctx, 'header', 'x5c');
    if (!chain.ok) return [{ message: `The header's ${chain.problem}.`, at }];
    const hits: RuleHit[] = chain.entries
      .filter((e) => e.problems.length)
      .map((e) => ({ message: `Certificate #${e.index + 1} in \`x5c\` ${e.problems.join(' and ')}.`, at }));
    const leaf = chain.entries[0];
    if (leaf?.certificate) hits.push(...leafHits(ctx, leaf).map((message) => ({ message, at })));
    return hits;
  },
};

function leafHits(ctx: RuleContext, leaf: X5cEntry): string[] {
  const out: string[] = [];
  const cert = leaf.certificate!;
  const { now, leeway } = ctx;
  if (cert.notAfter !== undefined && cert.notAfter + leeway < now) {
    out.push(`The \`x5c\` leaf certificate expired on ${day(cert.notAfter)}.`);
  }
  if (cert.notBefore !== undefined && cert.notBefore - leeway > now) {
    out.push(`The \`x5c\` leaf certificate is not valid before ${day(cert.notBefore)}.`);
  }
  const signed = signedAlg(ctx);
  if (!signed || !signed.info.asymmetric) return out;
  let jwk: Record<string, string>;
  try {
    jwk = jwkFromSpki(cert.spki);
  } catch {
    return [...out, 'The `x5c` leaf certificate holds a key this tool cannot read.'];
  }
  const kty = jwk.kty ?? '';
  if (!algorithmsForKey(kty, jwk.crv).some((a) => a.alg === signed.info.alg)) {
    const what = jwk.crv ?? kty;
    const article = /^[AEIOU]/.test(what) ? 'an' : 'a';
    out.push(`The \`x5c\` leaf certificate holds ${article} ${what} key, which cannot sign ${signed.info.alg}.`);
  } else if (kty === 'RSA') {
    const bits = bitLength(decodeJwkBytes(jwk.n));
    const min = signed.info.minKeyBits ?? 0;
    if (bits < min) out.push(`The \`x5c\` leaf certificate holds a ${bits}-bit RSA key; ${signed.info.alg} needs ${min} bits or more.`);
  }
  return out;
}

function bitLength(bytes: Uint8Array | undefined): number {
  if (!bytes) return 0;
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  return i === bytes.length ? 0 : (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}
