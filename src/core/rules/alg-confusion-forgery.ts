import type { KeyCandidate } from '../keys/types';
import type { LintRule, RuleContext } from './types';
import { hmacEntry, memberOf, segmentAt, typedSecret, userKeys } from './context';
import { headerX5c } from '../lint/x5c';
import { findConfusion, jwkFromOpenssh, publicKeyTextKind, type ConfusionKey } from '../secrets/confusion';

export const algConfusionForgery: LintRule = {
  id: 'alg-confusion-forgery',
  severity: 'error',
  input: 'T+K',
  untrusted: {
    headline: 'Forged: public key used as an HMAC secret',
    text: 'It was signed with the public key used as an HMAC secret: this is a forgery.',
  },
  title: 'Forged with the public key as HMAC secret',
  explanation:
    'This HS* token\'s signature is an HMAC keyed with a public key (as PEM, DER, JWK or certificate text). ' +
    'Public keys are public, so whoever made this token did not need the issuer\'s private key: it is a working algorithm-confusion forgery, and any verifier that accepted it lets the token choose the algorithm.',
  references: [
    'CVE-2015-9235',
    'CVE-2016-10555',
    'CVE-2017-11424',
    'CVE-2022-29217',
    'CVE-2023-48223',
    'CVE-2024-33663',
    'CVE-2026-34950',
    'CVE-2026-48526',
    'PS:algorithm-confusion',
    "OWASP JWT CS 'Key type confusion'",
  ],
  check(ctx) {
    const hs = hmacEntry(ctx);
    if (!hs) return [];
    const keys = [...userKeys(ctx).flatMap((c) => pastedKey(c, ctx.keyText)), ...embeddedKeys(ctx)];
    if (!keys.length) return [];
    const match = findConfusion(hs.alg, hs.entry.signingInput, hs.entry.signature, keys);
    if (!match) return [];
    return [
      {
        message: `Forged token: its ${hs.alg} signature is an HMAC keyed with ${match.key} (${match.serialization}), a public key anyone can get.`,
        at: segmentAt(ctx, 'signature'),
      },
    ];
  },
};

/** `keyText` is the key box as pasted: for a single JWK it is the exact JSON a server may have
 * used as the secret (spacing and member order included). */
function pastedKey(c: KeyCandidate, keyText: string): ConfusionKey[] {
  if (c.kty === 'oct') {
    // A public key pasted where a secret goes (an OpenSSH line is read as a secret).
    const text = typedSecret(c);
    const kind = text !== undefined ? publicKeyTextKind(text) : undefined;
    if (!kind || text === undefined) return [];
    const jwk = kind === 'OpenSSH public key' ? jwkFromOpenssh(text) : undefined;
    return [{ label: `your ${kind}`, text, ...(jwk ? { jwk } : {}) }];
  }
  return [{
    label: c.source === 'jwks' || c.source === 'jwk' ? `the public key ${c.label}` : `your ${describe(c)}`,
    ...(c.spki ? { spki: c.spki } : {}),
    ...(c.jwk ? { jwk: c.jwk } : {}),
    ...(c.pem ? { text: c.pem } : c.sshLine ? { text: c.sshLine } : c.source === 'jwk' && keyText.trim() ? { text: keyText } : {}),
    ...(c.certificate ? { certificate: c.certificate } : {}),
  }];
}

function describe(c: KeyCandidate): string {
  return c.certificate ? 'certificate' : c.source === 'openssh' ? 'OpenSSH public key' : 'public key';
}

/** The token's own `jwk` (with its exact JSON text) and `x5c` leaf certificate. */
function embeddedKeys(ctx: RuleContext): ConfusionKey[] {
  const out: ConfusionKey[] = [];
  const jwk = ctx.header?.jwk;
  if (jwk && typeof jwk === 'object' && !Array.isArray(jwk)) {
    const member = memberOf(ctx, 'header', 'jwk');
    const text = member && ctx.token.header?.text.slice(member.value.span.from, member.value.span.to);
    out.push({ label: 'the token\'s own "jwk"', jwk: jwk as Record<string, unknown>, ...(text ? { text } : {}) });
  }
  const chain = headerX5c(ctx);
  const leaf = chain?.ok ? chain.entries[0] : undefined;
  if (leaf?.der) {
    const spki = leaf.certificate?.spki;
    out.push({ label: 'the token\'s own "x5c" certificate', certificate: leaf.der, ...(spki ? { spki } : {}) });
  }
  return out;
}
