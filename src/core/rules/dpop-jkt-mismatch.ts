import type { LintRule } from './types';
import { memberAt, valueAt } from './context';
import { dpopPair } from '../related/pair';
import { jwkThumbprint } from '../keys/candidate';
import { isObject } from '../parse/token-parts';
import type { PublicJwk } from '../keys/spki';

export const dpopJktMismatch: LintRule = {
  id: 'dpop-jkt-mismatch',
  severity: 'error',
  input: 'T+R',
  title: 'Access token is bound to another key',
  explanation:
    'A DPoP-bound access token names its key in `cnf.jkt`: the RFC 7638 thumbprint of the proof\'s `jwk`. ' +
    'When they differ, the proof was signed by someone other than the token\'s holder, for instance with a stolen token. ' +
    'A token with no `cnf` is a bearer token sent with a proof; one bound by another method (`x5t#S256`, `jwk`) cannot be checked here.',
  references: ['RFC 9449 §4.3', 'RFC 9449 §6', 'RFC 9449 §6.1', 'RFC 9449 §7.1', 'RFC 7638 §3', 'RFC 7800 §3.1', "RFC 9964 'AKP Thumbprints'"],
  check(ctx) {
    const pair = dpopPair(ctx);
    if (!pair) return [];
    const proofAt = pair.proofIsToken ? memberAt(ctx, 'header', 'jwk') : undefined;
    const claims = pair.accessClaims;
    if (!claims) {
      return [{ message: 'The access token is not a JWT, so its key binding (`cnf.jkt`) cannot be read here; only `ath` was checked.', severity: 'info', at: proofAt }];
    }
    const tokenAt = (name: string) => (pair.proofIsToken ? proofAt : valueAt(ctx, 'payload', name));
    const cnf = claims.cnf;
    if (!isObject(cnf)) return [{ message: 'The access token has no `cnf`: it is a bearer token, and the proof does not bind it.', severity: 'warning', at: tokenAt('cnf') }];
    if (typeof cnf.jkt !== 'string') {
      return [{ message: 'The access token is bound by another method than `cnf.jkt` (for instance a certificate), which a DPoP proof cannot show.', severity: 'warning', at: tokenAt('cnf') }];
    }
    const jwk = pair.proof.header.jwk;
    const thumbprint = isObject(jwk) ? jwkThumbprint(jwk as PublicJwk) : undefined;
    if (thumbprint === undefined || thumbprint === cnf.jkt) return [];
    return [{ message: `The access token's \`cnf.jkt\` is ${cnf.jkt}, but the proof's \`jwk\` has thumbprint ${thumbprint}: the proof was signed with another key.`, at: tokenAt('cnf') }];
  },
};
