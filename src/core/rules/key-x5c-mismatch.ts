import type { LintRule, RuleHit } from './types';
import { memberAt } from './context';
import { chainsOf, spkiThumbprint } from './context/certs';
import { headerX5c } from '../lint/x5c';
import { candidateFromJwk } from '../keys/jwk';

export const keyX5cMismatch: LintRule = {
  id: 'key-x5c-mismatch',
  severity: 'error',
  input: 'T+K',
  keyAlone: true,
  title: 'Key and its certificate differ',
  explanation:
    "A JWK's first `x5c` certificate holds a different public key than the JWK's own members (`n`/`e`, `crv`/`x`/`y`), or the token's header carries both a `jwk` and an `x5c` that name different keys. " +
    'One component then trusts the certificate chain while another uses the bare key, so a key nobody vouched for can pass as the certified one.',
  references: ['RFC 7517 §4.7', 'RFC 7515 §4.1.3, §4.1.6'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const chain of chainsOf(ctx, 'jwk')) {
      const leaf = chain.certs[0]?.thumbprint;
      if (chain.owner && leaf && leaf !== chain.owner) {
        hits.push({ message: `The first certificate in ${chain.where} holds another public key than the JWK's own members.` });
      }
    }
    const header = ctx.header;
    if (!header || !Object.hasOwn(header, 'jwk')) return hits;
    const x5c = headerX5c(ctx);
    const leaf = x5c?.ok ? x5c.entries[0]?.certificate : undefined;
    const own = candidateFromJwk(header.jwk, '', 'embedded-jwk');
    const certified = leaf ? spkiThumbprint(leaf.spki) : undefined;
    if (certified && typeof own !== 'string' && own.thumbprint && own.thumbprint !== certified) {
      hits.push({ message: "The header's `jwk` and the first certificate of its `x5c` are different keys.", at: memberAt(ctx, 'header', 'jwk') });
    }
    return hits;
  },
};
