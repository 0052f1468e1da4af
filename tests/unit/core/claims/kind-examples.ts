// Tokens of kinds that share claims with ID tokens and access tokens, taken from the specs that
// define them (issue 16: "every verdict true on tokens we did not write"). Test data only.
import { compact } from '../../helpers/mint';

/** OpenID Connect Core 1.0 §6.1, the signed Request Object example (RS256, kid k2bdc): it has
 * `nonce`, `client_id`, `scope`, `response_type` and no `exp`. © OpenID Foundation; its notice
 * allows copies for implementing the specification. */
export const OIDC_REQUEST_OBJECT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsyYmRjIn0.ew0KICJpc3MiOiAiczZCaGRSa3F0MyIsDQogImF1ZCI6ICJodHRwczovL3NlcnZlci5leGFtcGxlLmNvbSIsDQogInJlc3BvbnNlX3R5cGUiOiAiY29kZSBpZF90b2tlbiIsDQogImNsaWVudF9pZCI6ICJzNkJoZFJrcXQzIiwNCiAicmVkaXJlY3RfdXJpIjogImh0dHBzOi8vY2xpZW50LmV4YW1wbGUub3JnL2NiIiwNCiAic2NvcGUiOiAib3BlbmlkIiwNCiAic3RhdGUiOiAiYWYwaWZqc2xka2oiLA0KICJub25jZSI6ICJuLTBTNl9XekEyTWoiLA0KICJtYXhfYWdlIjogODY0MDAsDQogImNsYWltcyI6IA0KICB7DQogICAidXNlcmluZm8iOiANCiAgICB7DQogICAgICJnaXZlbl9uYW1lIjogeyJlc3NlbnRpYWwiOiB0cnVlfSwNCiAgICAgIm5pY2tuYW1lIjogbnVsbCwNCiAgICAgImVtYWlsIjogeyJlc3NlbnRpYWwiOiB0cnVlfSwNCiAgICAgImVtYWlsX3ZlcmlmaWVkIjogeyJlc3NlbnRpYWwiOiB0cnVlfSwNCiAgICAgInBpY3R1cmUiOiBudWxsDQogICAgfSwNCiAgICJpZF90b2tlbiI6IA0KICAgIHsNCiAgICAgImdlbmRlciI6IG51bGwsDQogICAgICJiaXJ0aGRhdGUiOiB7ImVzc2VudGlhbCI6IHRydWV9LA0KICAgICAiYWNyIjogeyJ2YWx1ZXMiOiBbInVybjptYWNlOmluY29tbW9uOmlhcDpzaWx2ZXIiXX0NCiAgICB9DQogIH0NCn0.nwwnNsk1-ZkbmnvsF6zTHm8CHERFMGQPhos-EJcaH4Hh-sMgk8ePrGhw_trPYs8KQxsn6R9Emo_wHwajyFKzuMXZFSZ3p6Mb8dkxtVyjoy2GIzvuJT_u7PkY2t8QU9hjBcHs68PkgjDVTrG1uRTx0GxFbuPbj96tVuj11pTnmFCUR6IEOXKYr7iGOCRB3btfJhM0_AKQUfqKnRlrRscc8Kol-cSLWoYE9l5QqholImzjT_cMnNIznW9E7CDyWXTsO70xnB4SkG6pXfLSjLLlxmPGiyon_-Te111V8uE83IlzCYIb_NMXvtTIVc1jpspnTSD7xMbpL-2QgwUsAlMGzw';

/** The same claims as a JAR request object typed `oauth-authz-req+jwt` (RFC 9101 §4), unsigned. */
export const JAR_REQUEST_OBJECT = compact(
  { alg: 'RS256', typ: 'oauth-authz-req+jwt' },
  { iss: 's6BhdRkqt3', aud: 'https://server.example.com', response_type: 'code id_token', client_id: 's6BhdRkqt3', redirect_uri: 'https://client.example.org/cb', scope: 'openid', state: 'af0ifjsldkj', nonce: 'n-0S6_WzA2Mj', max_age: 86400 },
);

/** OpenID Connect Back-Channel Logout 1.0 §2.4, the example Logout Token claims. © OpenID
 * Foundation (as above). */
export const BCL_LOGOUT_CLAIMS = {
  iss: 'https://server.example.com',
  sub: '248289761001',
  aud: 's6BhdRkqt3',
  iat: 1471566154,
  jti: 'bWJq',
  sid: '08a5019c-17e1-4977-8f42-65a12843ea02',
  events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
};

/** RFC 9449 §4.2 / §5 Figure 5, the DPoP proof example (ES256, its own `jwk`). © IETF Trust,
 * Revised BSD licence for code components. */
export const RFC9449_PROOF =
  'eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwieCI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscEJoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERWclUwQ2R2R1JEQSIsImNydiI6IlAtMjU2In19.eyJqdGkiOiItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TVCIsImh0dSI6Imh0dHBzOi8vc2VydmVyLmV4YW1wbGUuY29tL3Rva2VuIiwiaWF0IjoxNTYyMjYyNjE2fQ.2-GxA6T8lP4vfrg8v-FdWP0A0zdrj8igiMLvqRMUvwnQg4PtFLbdLXiOSsX0x7NVY-FNyJK70nfbV37xRZT3Lg';

/** RFC 9449 §4.2 proof header and §8 Figure 21 payload: a proof that carries the server's `nonce`. */
export const RFC9449_PROOF_HEADER = {
  typ: 'dpop+jwt',
  alg: 'ES256',
  jwk: { kty: 'EC', x: 'l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs', y: '9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA', crv: 'P-256' },
};
export const RFC9449_NONCE_CLAIMS = {
  jti: '-BwC3ESc6acc2lTc',
  htm: 'POST',
  htu: 'https://server.example.com/token',
  iat: 1562262616,
  nonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v',
};

/** A JWT client assertion with the claims OIDC Core §9 (private_key_jwt) and RFC 7523 §3 require:
 * iss = sub = the client id, aud = the token endpoint, jti, exp; our own values. */
export const CLIENT_ASSERTION_CLAIMS = {
  iss: 's6BhdRkqt3',
  sub: 's6BhdRkqt3',
  aud: 'https://server.example.com/token',
  jti: 'Xq4nUv0-2fKc',
  iat: 1767225600,
  exp: 1767225900,
};
