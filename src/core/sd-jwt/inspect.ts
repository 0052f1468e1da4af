// What inspect() needs around an SD-JWT: the Key Binding JWT's own inspection input, the rules
// that are not run on it, and the Report's `sd` part (design.md "Next capabilities").
import type { InspectInput, Report, SdReport } from '../report';
import { describeClaimValues } from '../claims/describe';
import type { SdJwt } from './index';

/** Not run on a KB-JWT: its claim set is checked by kb-jwt-claims-missing (rules-next "Existing ids"). */
export const KB_SKIPPED_RULES: readonly string[] = ['exp-missing', 'aud-missing', 'iss-missing', 'sub-missing', 'jti-missing', 'iat-missing'];

/** A KB-JWT's `iat` is stale after the proof window (rules-next: `iat-stale`), 300 s by default. */
const PROOF_WINDOW = 300;

export function sdPayload(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The KB-JWT (`text`) as a token of its own: verified with the issuer-signed payload's
 * `cnf.jwk` (`holder`, as JSON text) when it has one, else with the Key box (a Holder key named
 * by reference). */
export function kbInput(input: InspectInput, text: string, holder: string | undefined): InspectInput {
  return {
    ...input,
    token: text,
    ...(holder ? { key: holder, secretEncoding: 'auto' as const } : {}),
    thresholds: { ...input.thresholds, staleAge: PROOF_WINDOW },
  };
}

/** The KB-JWT's `aud` and `nonce` against what the Verifier expects (RFC 9901 §7.3 step 5):
 * each answer only when an expected value was given. */
function expectedMatches(sd: SdJwt, input: Pick<InspectInput, 'expectedAudience' | 'expectedNonce'>): { audMatches?: boolean; nonceMatches?: boolean } {
  const claims = sd.kb?.payload ?? {};
  return {
    ...(input.expectedAudience ? { audMatches: claims['aud'] === input.expectedAudience } : {}),
    ...(input.expectedNonce ? { nonceMatches: claims['nonce'] === input.expectedNonce } : {}),
  };
}

export function sdReport(sd: SdJwt, kb: Report | undefined, input: InspectInput, now: number): SdReport {
  return {
    disclosures: sd.disclosures.map((d) => ({
      digest: d.digest ?? '',
      salt: d.salt ?? '',
      ...(d.name !== undefined ? { name: d.name } : {}),
      value: d.value,
      referenced: d.referenced,
      ...(d.path !== undefined ? { path: d.path } : {}),
    })),
    claims: sd.processed.claims,
    claimViews: describeClaimValues(sd.processed.claims, now),
    keyBinding: kb
      ? { status: kb.signature.status, ...(sd.kb?.matches !== undefined ? { sdHashMatches: sd.kb.matches } : {}), ...expectedMatches(sd, input) }
      : { status: 'missing' },
  };
}
