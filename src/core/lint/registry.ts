// Header parameter names from the IANA "JSON Web Signature and Encryption Header Parameters"
// registry, and the subset that RFC 7515/7516/7518 define themselves (which `crit` must not list).

/** Defined by RFC 7515 (JWS), RFC 7516 (JWE) and RFC 7518 (JWA). */
export const CORE_HEADER_PARAMS: ReadonlySet<string> = new Set([
  // RFC 7515 §4.1
  'alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit',
  // RFC 7516 §4.1
  'enc', 'zip',
  // RFC 7518 §4.6.1, §4.7.1, §4.8.1
  'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c',
]);

/** Everything registered with IANA, including extensions. */
export const REGISTERED_HEADER_PARAMS: ReadonlySet<string> = new Set([
  ...CORE_HEADER_PARAMS,
  'iss', 'sub', 'aud', // RFC 7519 §5.3 replicated claims
  'b64', // RFC 7797
  'ppt', // RFC 8225 (PASSporT)
  'url', 'nonce', // RFC 8555 (ACME)
  'svt', // RFC 9118
  'trust_chain', // OpenID Federation 1.0
]);
