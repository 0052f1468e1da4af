// Names of the sample tokens (in the startup bundle; the samples themselves load on demand).
export const SAMPLE_IDS = ['rs256', 'jwks', 'weak', 'none', 'expired', 'embedded', 'jwe', 'sd-jwt'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

export const SAMPLE_LABELS: Record<SampleId, string> = {
  rs256: 'RS256 with its public key',
  jwks: 'ES256 with a JWK Set',
  weak: 'HS256 with a weak secret',
  none: 'alg: none (unsecured)',
  expired: 'Expired RS256 token',
  embedded: 'Signed by a key it carries (attack)',
  jwe: 'Encrypted token (JWE)',
  'sd-jwt': 'SD-JWT with key binding',
};
