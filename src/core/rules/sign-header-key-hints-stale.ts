import type { LintRule, RuleContext, RuleHit } from './types';
import { memberAt, valueAt } from './context';
import { jwkThumbprint } from '../keys/candidate';
import { jwkFromSpki, type PublicJwk } from '../keys/spki';
import { headerX5c } from '../lint/x5c';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs only on the token sign() made from an input token (SignInput.from), with a key. */
export const signHeaderKeyHintsStale: LintRule = {
  id: 'sign-header-key-hints-stale',
  severity: 'warning',
  input: 'T+K',
  title: 'Re-signed header names another key',
  explanation:
    'This token was made by re-signing an input token, and its header still holds key hints that do not describe the key that signed it: a `kid` other than your key\'s, or the input\'s when your key has none; a `jwk`, `x5c`, `x5t` or `x5t#S256` of another key; the input\'s `jku` or `x5u`. ' +
    'Verifiers choose the key by these hints, so the token fails, or behaves differently on verifiers that try every key; a stale `jwk` makes it a self-signed key injection probe. ' +
    'Hints copied from an input that your very key verified still describe it and are not reported.',
  references: ['RFC 7515 §4.1.2–§4.1.8', 'RFC 7515 §6'],
  check(ctx) {
    const signingKey = ctx.resigning?.signingKey;
    if (!ctx.resigning || !signingKey || !ctx.header) return [];
    const { from } = ctx.resigning;
    const header = ctx.header;
    // A hint copied from the input still describes the key only when that key signed this token.
    const sameKey = from.status === 'valid' && from.key?.thumbprint === signingKey.thumbprint;
    const copied = (name: string) => !sameKey && from.header !== undefined && Object.hasOwn(from.header, name) && sameJson(from.header[name], header[name]);
    const has = (name: string) => Object.hasOwn(header, name);
    const hits: RuleHit[] = [];
    const hit = (name: string, why: string) => {
      const at = valueAt(ctx, 'header', name) ?? memberAt(ctx, 'header', name);
      hits.push({ message: `The header's \`${name}\` ${why}. Verifiers that choose keys by it will look for that key, not yours.`, ...(at ? { at } : {}) });
    };

    if (has('kid')) {
      if (signingKey.kid !== undefined && header.kid !== signingKey.kid) hit('kid', `is ${JSON.stringify(header.kid)}, but your signing key's kid is ${JSON.stringify(signingKey.kid)}`);
      else if (signingKey.kid === undefined && copied('kid')) hit('kid', 'is the input token\'s, and nothing shows that your signing key (which has no kid) is the key it names');
    }
    if (has('jwk') && isObject(header.jwk) && jwkThumbprint(header.jwk as PublicJwk) !== signingKey.thumbprint) {
      hit('jwk', 'is another key than your signing key: for verifiers that trust it, this token probes self-signed key injection');
    }
    const leaf = leafThumbprint(ctx);
    const otherLeaf = leaf !== undefined && leaf !== signingKey.thumbprint;
    if (otherLeaf) hit('x5c', 'certificate holds another key than your signing key');
    for (const name of ['x5t', 'x5t#S256']) {
      if (!has(name)) continue;
      if (otherLeaf) hit(name, 'names a certificate of another key than your signing key');
      else if (copied(name)) hit(name, 'names the input token\'s certificate, not your signing key');
    }
    for (const name of ['jku', 'x5u']) {
      if (has(name) && copied(name)) hit(name, 'is copied from the input token and points at the original issuer\'s keys');
    }
    return hits;
  },
};

/** RFC 7638 thumbprint of the public key in the header's first `x5c` certificate, if readable. */
function leafThumbprint(ctx: RuleContext): string | undefined {
  const chain = headerX5c(ctx);
  const spki = chain?.ok ? chain.entries[0]?.certificate?.spki : undefined;
  if (!spki) return undefined;
  try {
    return jwkThumbprint(jwkFromSpki(spki));
  } catch {
    return undefined; // an unreadable key is x5c-malformed's to report
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
