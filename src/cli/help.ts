// --help: what the command does, its options and examples.
export const HELP = `jwt-inspector: decode, verify and lint a JWT (JWS, JWE, unsecured) offline.

Usage
  jwt-inspector [TOKEN|-] [options]        inspect a token (from stdin when TOKEN is - or absent)
  jwt-inspector keygen --alg ALG [--public] print a fresh private JWK (or its public half)
  jwt-inspector sign --header JSON --payload FILE|- --key FILE|- [--secret-encoding E]
                                           sign the payload exactly as read; print the token

Options
      --token-file FILE     read the token from FILE (SARIF results then point into it)
  -k, --key FILE|-          key to verify with: JWK, JWK Set, PEM, certificate, or an HMAC secret
      --secret-encoding E   how a secret is read: auto (default), utf8, base64, base64url, hex
      --now UNIX|ISO        the time to check exp/nbf/iat against (default: now)
      --leeway S            seconds of clock skew allowed (default 60)
      --related TOKEN       a related token (the access token of a DPoP proof); used once the
                            core checks related tokens
      --aud URI             an SD-JWT's key binding JWT must have this aud (else exit 1)
      --nonce TEXT          an SD-JWT's key binding JWT must have this nonce (else exit 1)
      --json                print the report as JSON
      --sarif               print SARIF 2.1.0 (for code scanning)
      --markdown            print the report as Markdown (for a ticket)
      --mask NAME[,NAME]    with --markdown or --json: mask these claims' values everywhere
      --fail-on LEVEL       exit 1 when a finding is at least: error (default), warning, info,
                            or never
  -h, --help                this text
  -v, --version             the version

Exit status
  0  nothing reached --fail-on     1  a finding did (an invalid, unsecured or unreadable
  2  usage or input error             token is an error finding), or --aud / --nonce differ

Examples
  jwt-inspector eyJhbGciOi... --key public.pem
  pbpaste | jwt-inspector --key jwks.json --now 2026-01-31T12:00:00Z
  jwt-inspector --token-file fixtures/admin.jwt --sarif > admin.sarif
  jwt-inspector "$TOKEN" --markdown --mask sub,email > report.md
  jwt-inspector keygen --alg ES256 > private.jwk
  echo '{"sub":"test"}' | jwt-inspector sign --header '{"alg":"ES256"}' --payload - --key private.jwk
`;
