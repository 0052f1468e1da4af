import type { LintRule } from './types';
import { segmentAt, valueAt } from './context';
import { dpopPair } from '../related/pair';
import { accessTokenHash, wrongAthInput } from '../related/hashes';

export const dpopAthMismatch: LintRule = {
  id: 'dpop-ath-mismatch',
  severity: 'error',
  input: 'T+R',
  title: 'DPoP proof is not for this access token',
  explanation:
    'A proof sent with an access token must carry `ath`, the base64url SHA-256 of that token exactly as sent (without the `DPoP ` scheme). ' +
    'A proof whose `ath` does not match was made for another token and can be replayed with this one; a proof without `ath` works with any token.',
  references: ['RFC 9449 §4.2', 'RFC 9449 §4.3', 'RFC 9449 §7', 'RFC 9449 §11.8'],
  check(ctx) {
    const pair = dpopPair(ctx);
    if (!pair) return [];
    const at = pair.proofIsToken ? (valueAt(ctx, 'payload', 'ath') ?? segmentAt(ctx, 'payload')) : undefined;
    const where = pair.proofIsToken ? 'The proof' : 'The DPoP proof in Related token';
    const ath = pair.proof.payload.ath;
    if (ath === undefined) return [{ message: `${where} has no \`ath\`, so nothing ties it to the access token.`, at }];
    if (typeof ath !== 'string' || ath === accessTokenHash(pair.accessToken)) return [];
    const wrong = wrongAthInput(ath, pair.accessToken);
    const cause = wrong ? ` It matches ${wrong}: the hash must be over the token alone, as base64url.` : ' The proof was made for another token.';
    return [{ message: `${where}'s \`ath\` is not the SHA-256 of the access token.${cause}`, at }];
  },
};
