// The core's public vocabulary: the Report inspect() returns and everything it holds, plus its
// input. Plain data only: no bytes, no classes, no functions; a secret is described, not carried.
// Internal shapes live beside the code that makes them (parse/types.ts, keys/types.ts, rules/types.ts).

/** A JWK key type (`kty`): RSA, EC, OKP (Ed25519, Ed448, X25519, X448), oct (a shared secret),
 * AKP (ML-DSA, RFC 9964). */
export type KeyType = 'oct' | 'RSA' | 'EC' | 'OKP' | 'AKP';

export type SecretEncoding = 'auto' | 'utf8' | 'base64' | 'base64url' | 'hex';

export type ConcreteEncoding = Exclude<SecretEncoding, 'auto'>;

export interface Thresholds {
  /** Lifetime above which an access-token-like token gets an info finding (seconds). */
  accessTokenLifetime: number;
  /** Lifetime above which any token gets a warning (seconds). */
  maxLifetime: number;
  /** Lifetime above which a token is a long-lived credential (seconds). */
  longLivedLifetime: number;
  /** Age (now - iat) above which an unexpired token is stale (seconds). */
  staleAge: number;
  /** Same, for access-token-like tokens (info). */
  accessTokenStaleAge: number;
  /** A time claim at or above this is taken for milliseconds. */
  millisecondsFrom: number;
  /** Age (now - iat) above which a DPoP proof or a KB-JWT is stale (seconds; default 300,
   * rules-next.md "iat-stale": the proof window). */
  proofWindow?: number;
}

export interface InspectInput {
  /** What the user pasted, as pasted. */
  token: string;
  /** JWK, JWK Set, PEM (SPKI, PKCS#1, X.509, PKCS#8, SEC1), bare base64 DER, or an HMAC secret. */
  key?: string;
  /** How an HMAC secret is to be read; default 'auto' (try each, report which verified). */
  secretEncoding?: SecretEncoding;
  /** Detached content (RFC 7515 App. F, RFC 7520 §4.5) as UTF-8 text, used for verification when
   * the token carries no payload. */
  payload?: string;
  /** Unix seconds. Default: the caller's clock (index.ts reads it once; nothing below does). */
  now?: number;
  /** Seconds of clock skew allowed on exp/nbf/iat; default 60. A negative leeway counts as 0,
   * one that is not a finite number as the default (Report.leeway is the one used). */
  leeway?: number;
  thresholds?: Partial<Thresholds>;
  /** PBES2 iteration cap before decrypting (default 1_200_000, the catalogue's jwe-pbes2-p2c
   * threshold): a JWE whose `p2c` is above it is refused, not decrypted. */
  maxPbes2Count?: number;
  /** Bytes a `zip: DEF` plaintext may inflate to (default 250_000); past it, refused. */
  maxInflatedBytes?: number;
  /** A related token or value (rules-next M): the access token for a DPoP proof's `ath` and
   * `cnf.jkt`, or for an ID token's `at_hash`, or the code for `c_hash`; a `DPoP `/`Bearer `
   * prefix is stripped. A credential like the token: never stored or put in a message whole. */
  related?: string;
  /** The audience and nonce the Verifier expects in an SD-JWT's Key Binding JWT (RFC 9901 §7.3
   * step 5): compared with its `aud` and `nonce` when given (an empty string is not given); the
   * answers are Report.sd.keyBinding.audMatches / nonceMatches. Never stored. */
  expectedAudience?: string;
  expectedNonce?: string;
  /** A weak secret found outside inspect() (the background public-list check,
   * needsPublicListCheck/findPublicSecret), used when its own quick check finds none and the
   * secret does reproduce the token's HMAC. */
  weakSecret?: WeakSecretHit;
}

export type SignatureStatus =
  | 'valid' // verified with the given key
  | 'invalid' // a usable key was given and the signature does not verify
  | 'unsecured' // alg "none" in any casing: never valid
  | 'no-key' // nothing to verify with (the token may still be linted)
  | 'key-mismatch' // the key cannot be used with this alg
  | 'unsupported' // an alg this runtime cannot verify
  | 'malformed' // not a parseable token
  | 'encrypted'; // a JWE: shown, not verified

/** What became of decrypting a JWE (design.md "Contract decisions"). */
export type DecryptionStatus = 'decrypted' | 'failed' | 'no-key' | 'key-mismatch' | 'unsupported' | 'refused';

/** A JWE's decryption: the status, the token's `alg` and `enc`, and why (one sentence). */
export interface DecryptionView {
  status: DecryptionStatus;
  alg: string;
  enc: string;
  reason?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export type Part = 'header' | 'payload' | 'signature' | 'token' | 'key';

/** A range. For `header`/`payload`: UTF-16 offsets in the decoded text (DecodedJson.text, i.e.
 * Report.header.text / Report.payload.text). For `token`/`signature`: offsets in the extracted
 * token text (Extraction.text = Report.input.token). For `key`: offsets in the key text. */
export interface Span {
  part: Part;
  from: number;
  to: number;
}

export interface Finding {
  rule: string; // an id from rules.md (or 'internal')
  severity: Severity;
  message: string; // one sentence a tired engineer understands
  at?: Span;
  /** Every place the finding covers when there are several (the claims one payload-* finding
   * lists); the first is `at`. Absent when `at` is the only one. */
  spans?: Span[];
  /** Where `at` lies in the pasted input text, when it can be mapped (filled by index.ts). */
  inputRange?: TextSpan;
  /** For findings of a nested token: the path to it, e.g. ['payload'] or ['claim:id_token']. */
  path?: string[];
}

export type StrippedKind =
  | 'auth-scheme' // Bearer / JWT / Token / Authorization: / Cookie: name=
  | 'cookie-name' // name= of a cookie line
  | 'url' // token taken out of a URL fragment or query
  | 'quotes'
  | 'whitespace' // leading/trailing whitespace or newlines
  | 'trailing-punctuation' // , or ;

  | 'url-encoding' // %2E %3D %2B ... decoded
  | 'json-field' // token taken from a JSON object such as an OAuth token response (text: the member name)
  | 'http-message' // the rest of a pasted HTTP request or response (text: start line, other header names, "body")
  | 'curl-command' // the rest of a curl command line (text: its other words)
  | 'repeated-token' // the same token pasted again right after it (text: what was removed)
  | 'other-tokens'; // more tokens pasted after it (text: what was removed; each is in Extraction.alternatives)

export interface Stripped {
  kind: StrippedKind;
  text: string; // what was removed or how it was changed, for display
}

export interface TokenAlternative {
  /** Where it was, as in Extraction.name. */
  name: string;
  text: string;
}

export type SegmentName =
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted_key'
  | 'iv'
  | 'ciphertext'
  | 'tag';

// JSON (json/*.ts): own tokenizer with spans, raw number lexemes, duplicates and depth.

export interface TextSpan {
  from: number;
  to: number;
}

export type JsonNode =
  | { type: 'object'; span: TextSpan; members: JsonMember[] }
  | { type: 'array'; span: TextSpan; items: JsonNode[] }
  | { type: 'string'; span: TextSpan; value: string }
  /** raw is the exact lexeme, e.g. "9007199254740993" or "1e3"; value is Number(raw). */
  | { type: 'number'; span: TextSpan; raw: string; value: number }
  | { type: 'boolean'; span: TextSpan; value: boolean }
  | { type: 'null'; span: TextSpan };

export interface JsonMember {
  name: string; // after unescaping
  /** Span of the name including quotes. */
  nameSpan: TextSpan;
  /** The name as written between the quotes (escapes intact). */
  rawName: string;
  /** The name contained a backslash escape. */
  escaped: boolean;
  value: JsonNode;
  /** Span of the whole member, name through value. */
  span: TextSpan;
}

export type JsonEncodingIssue =
  | 'invalid-utf8'
  | 'bom'
  | 'utf16-or-utf32'
  | 'control-character' // raw control char / NUL inside a string
  | 'lone-surrogate';

export interface JsonDuplicate {
  /** JSON path of the object holding the duplicates, as member names; [] is the root object. */
  path: string[];
  name: string;
  /** nameSpan of every occurrence, in order. */
  spans: TextSpan[];
}

export interface DecodedJson {
  /** The decoded text (lenient UTF-8 decode when the bytes are not valid UTF-8). */
  text: string;
  /** Parse tree, when the text is one complete JSON value. */
  node?: JsonNode;
  /** JSON.parse-like plain value (last member wins), when node exists. */
  value?: unknown;
  error?: { message: string; offset: number };
  encodingIssues: JsonEncodingIssue[];
  duplicates: JsonDuplicate[];
  /** Maximum nesting depth seen (1 for a flat object). Parsing stops with an error past 512. */
  depth: number;
}

export type TokenKind = 'jws' | 'unsecured' | 'jwe' | 'malformed';

export type Serialization = 'compact' | 'flattened' | 'general';

/** A key read from the key text, as the Report shows it: facts only, secrets described by their
 * reading and length, never their bytes. */
export interface KeyView {
  /** Stable label used in messages: 'kid "k1"', 'key #2 in the set', 'PEM public key', 'secret'. */
  label: string;
  source: KeySource;
  kty: KeyType;
  kid?: string;
  alg?: string;
  use?: string;
  keyOps?: string[];
  crv?: string;
  /** RSA modulus bits, EC/OKP field bits, oct key bytes * 8. */
  bits?: number;
  /** RSA public exponent (as a decimal string, it can be big). */
  exponent?: string;
  /** The pasted key had private parts; only its public part is used. */
  hadPrivate: boolean;
  /** This key decrypted the JWE (its private part was used for that, and for nothing else). */
  decrypted?: true;
  /** RFC 7638 SHA-256 thumbprint (base64url), for asymmetric keys and JWK oct keys. */
  thumbprint?: string;
  /** Public JWK (asymmetric) used for verification. */
  jwk?: Record<string, unknown>;
  /** The readings of a shared secret that were tried, and how many bytes each gives. */
  secrets?: { encoding: ConcreteEncoding; byteLength: number }[];
  /** Certificate validity, unix seconds. */
  notBefore?: number;
  notAfter?: number;
  /** How the key text was read, when that needs saying (e.g. whitespace removed from wrapped
   * base64url members); facts, not problems. */
  notes?: string[];
  /** Problems found while importing (invalid EC point, weak exponent...); the key may still be usable. */
  problems: KeyProblem[];
}

/** What the key text was understood to be, and the keys in it. */
export interface KeyReport {
  /** What the text was understood to be; 'none' for empty input. */
  kind: KeySource | 'none' | 'unrecognised';
  candidates: KeyView[];
  /** Set-level issues (JWK Set): duplicate kid, mixed symmetric and asymmetric keys. */
  setIssues: string[];
  /** One sentence when the text could not be read as any key. */
  error?: string;
  /** Where in the key text the problem is, when known. */
  errorAt?: TextSpan;
  /** The text is a key, but of a type or curve JWS does not sign with (DSA, P-192): `error`
   * says which. A token then gets `key-mismatch`, not `no-key`. */
  unusable?: true;
}

export type KeySource =
  | 'jwk'
  | 'jwks'
  | 'pem-spki'
  | 'pem-pkcs1'
  | 'x509'
  | 'pkcs8'
  | 'sec1'
  | 'pkcs1-private'
  | 'der-spki' // bare base64 SPKI without armor
  | 'der-x509' // bare base64 certificate without armor
  | 'openssh' // OpenSSH public key line(s), as in ~/.ssh/*.pub
  | 'secret'
  | 'embedded-jwk' // taken from the token's own header
  | 'embedded-x5c';

export type KeyProblemCode =
  | 'ec-point-invalid'
  | 'ec-explicit-parameters' // curve parameters written out in full, not named (RFC 5480 §2.1.1)
  | 'rsa-exponent-weak'
  | 'rsa-too-small'
  | 'rsa-roca' // modulus has the ROCA fingerprint (CVE-2017-15361): the private key can be recovered
  | 'akp-key-invalid' // AKP (ML-DSA) pub or priv of the wrong length (RFC 9964, FIPS 204 Table 2)
  | 'private-key-given'
  | 'use-not-sig'
  | 'key-ops-no-verify';

export interface KeyProblem {
  code: KeyProblemCode;
  message: string;
}

export type CandidateOutcome = 'verified' | 'failed' | 'skipped' | 'unusable';

export interface CandidateResult {
  label: string;
  kid?: string;
  outcome: CandidateOutcome;
  /** Why it was skipped or failed, in words. */
  why: string;
  encoding?: ConcreteEncoding;
}

/** The signature verdict, by status: a valid one names the key that verified it; any other says
 * why in one sentence. */
export type SignatureVerdict = VerdictParts &
  (
    | { status: 'valid'; /** Label of the key that verified. */ keyUsed: string }
    | { status: Exclude<SignatureStatus, 'valid'>; /** One sentence saying why. */ reason: string }
  );

interface VerdictParts {
  alg?: string;
  /** Label of the key that verified (or was tried, when only one was). */
  keyUsed?: string;
  /** When status is not 'valid': one sentence saying why. When 'valid': what must still be said,
   * if anything (a kid that differs, an encoding strict libraries reject, signatures of several
   * that could not be checked). */
  reason?: string;
  /** For HMAC: which reading of the secret verified. */
  encoding?: ConcreteEncoding;
  /** Every candidate key and what happened to it (JWK Set explanations). */
  candidates: CandidateResult[];
  /** General JSON serialization with several signatures: one verdict per signature, in token
   * order (the top-level one summarises; RFC 7515 §7.2: valid when one verifies and none fails). */
  perSignature?: PerSignatureVerdict[];
}

/** One signature's own verdict in a general JSON serialization. */
export type PerSignatureVerdict = DistributiveOmit<SignatureVerdict, 'perSignature'> & {
  /** Position in the "signatures" array, from 0. */
  index: number;
  /** The kid this signature's header names, if any. */
  kid?: string;
};

/** Omit over each member of a union (Omit on a union merges its members). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface ClaimTime {
  unix: number;
  /** ISO 8601 UTC, e.g. 2026-01-01T00:00:00Z; undefined when out of Date range. */
  utc?: string;
  /** Seconds from now (positive: in the future). */
  fromNow: number;
}

export interface ClaimView {
  name: string;
  /** Human name from the registry ("Expiration time"), or undefined for private claims. */
  label?: string;
  /** One sentence on what it means. */
  description?: string;
  /** Where it is registered: 'RFC 7519', 'OIDC Core', 'RFC 9068', ... */
  source?: string;
  value: unknown;
  /** Exact JSON text of the value. */
  raw: string;
  span?: TextSpan;
  time?: ClaimTime;
}

export type TimeStatus = 'valid' | 'expired' | 'not-yet-valid' | 'no-expiry' | 'unknown';

export interface TimeVerdict {
  status: TimeStatus;
  now: number;
  leeway: number;
  /** Seconds until exp (negative when expired), when exp is a number. */
  expiresIn?: number;
  /** Seconds until nbf, when in the future. */
  validIn?: number;
  /** Set when the token is accepted ('valid' or 'no-expiry') only because of the leeway: the
   * claim the leeway covered ('exp': already expired; 'nbf': not yet valid). */
  withinLeeway?: 'exp' | 'nbf';
}

/** What the token seems to be, used for severity escalation. */
export interface TokenProfile {
  accessToken: boolean; // typ at+jwt, or scope/scp/client_id present on a token of no other kind
  atJwt: boolean; // typ is at+jwt exactly (RFC 9068)
  idToken: boolean; // OIDC markers, and neither typed as another kind nor shown to be one below
  dpop: boolean; // typ dpop+jwt, or a header jwk with htm and htu in the payload (RFC 9449 §4.2)
  /** A request object (RFC 9101 §4, OIDC Core §6.1): typ oauth-authz-req+jwt, or response_type
   * and client_id in the payload. Present only when true. */
  requestObject?: boolean;
  /** An OIDC back-channel logout token: typ logout+jwt, or `events` with the back-channel-logout
   * member (OIDC Back-Channel Logout §2.4). Present only when true. */
  logoutToken?: boolean;
}

/** What a rule needs besides the token (rules.md's input column): K your key, W a wordlist, C the clock. */
export type RuleInput = 'T' | 'T+K' | 'T+W' | 'T+C' | 'T+K+C' | 'T+R' | 'T+D';

/** A rule's metadata: the source of truth for the catalogue, the UI and docs/rules.md. */
export interface RuleMeta {
  id: string;
  severity: Severity; // default severity
  title: string; // short
  /** Two or three plain sentences on the risk. */
  explanation: string;
  references: string[];
  input: RuleInput;
  /** Set when a finding of this rule means the token cannot be trusted even if its signature
   * verifies: the verdict's headline and sentence then say why. */
  untrusted?: { headline: string; text: string };
}

/** The catalogue entry of a rule (its metadata without the check). */
export type RuleInfo = RuleMeta;

export interface DecodedPartView {
  /** Text shown to the user (pretty JSON is the UI's job; this is the exact decoded text). */
  text: string;
  json?: DecodedJson;
  /** Plain object value when it is a JSON object. */
  value?: Record<string, unknown>;
  /** Payload that is not UTF-8 text: shown as hex by the UI. */
  binary?: boolean;
  byteLength: number;
  /** The token carries no payload: it is detached content (RFC 7515 App. F, RFC 7797), sent
   * beside the token and given to inspect() as `payload`. */
  detached?: true;
}

export interface SegmentView {
  name: SegmentName;
  /** Offsets in the pasted input, when mappable. */
  from: number;
  to: number;
  length: number;
}

export interface WeakSecretHit {
  /** The secret as text (printable) or described ('the empty key'). */
  secret: string;
  /** Where it came from: 'built-in list', 'token claim iss', 'wordlist line 123'. */
  source: string;
  alg: string;
}

export interface NestedReport {
  path: string[];
  report: Report;
}

/** How a verdict reads: good (green), bad (red), warn (amber), neutral. */
export interface RelatedCheck {
  pair: 'dpop' | 'id-token';
  bound: boolean;
}

export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

/** The verdict every front end shows (summary.ts): the headline and one sentence, decided once. */
export interface Summary {
  status: SignatureStatus;
  /** The signature verifies with the given key and no finding says that proves nothing or that
   * strict libraries reject the token. */
  trusted: boolean;
  tone: Tone;
  /** The status in words, or what overrides them ("Forged: public key used as an HMAC secret"). */
  headline: string;
  /** Why, in one sentence: the key that verified, or the reason it did not ('' when none). */
  sentence: string;
  /** The rule whose finding decided the headline instead of the status words. */
  rule?: string;
  /** Why a verifying token proves nothing, when a rule says so. */
  untrusted?: { rule: string; text: string };
}

/** An SD-JWT's Disclosures, processed claims and key binding (RFC 9901; design.md "Next
 * capabilities"). signature/header/payload of the Report are the issuer-signed JWT's. */
export interface SdReport {
  disclosures: { digest: string; salt: string; name?: string; value: unknown; referenced: boolean; path?: string }[];
  /** The payload with every referenced Disclosure applied, `_sd` removed (RFC 9901 §7.1). */
  claims: unknown;
  /** `claims` as the claims table shows them (meanings, times; no spans). Report.claims stays the
   * issuer-signed payload as sent, `_sd` and all. */
  claimViews?: ClaimView[];
  keyBinding?: {
    status: SignatureStatus | 'missing';
    sdHashMatches?: boolean;
    /** The KB-JWT's `aud` is the single string InspectInput.expectedAudience (absent when none was given). */
    audMatches?: boolean;
    /** The KB-JWT's `nonce` equals InspectInput.expectedNonce (absent when none was given). */
    nonceMatches?: boolean;
  };
}

/** presentSdJwt(): an SD-JWT presented with fewer Disclosures (RFC 9901 §4, §4.3). */
export interface SdPresentInput {
  /** The compact SD-JWT (with or without a KB-JWT), as presented. */
  token: string;
  /** Indexes, in presented order, of the Disclosures to leave out. */
  leaveOut: number[];
  /** The Key box text: when it holds the Holder's private key (the one `cnf.jwk` names, among
   * other keys or alone), the Key Binding JWT is re-made over the new presentation. */
  key?: string;
  secretEncoding?: SecretEncoding;
  /** Unix seconds: the new KB-JWT's `iat`. */
  now: number;
}

/** `keyBinding`: 'remade' = a new KB-JWT (new `sd_hash`, `iat` = now, the old header, `aud`,
 * `nonce` and other claims kept); 'kept' = the old KB-JWT left as it was, which no longer matches
 * (`reason` says why it was not re-made); 'none' = there was no KB-JWT. */
export type SdPresentResult =
  | { ok: true; token: string; keyBinding: 'remade' | 'kept' | 'none'; reason?: string }
  | { ok: false; error: { code: string; message: string } };

export interface Report {
  /** 'sd-jwt' when the input is an SD-JWT (the parsed issuer-signed JWT is a JWS). */
  kind: TokenKind | 'sd-jwt';
  serialization: Serialization;
  /** JWE only. A decrypted JWE: `payload` is the plaintext; a token inside is `nested[0]`, at
   * path `jwe` (verified with the same key box, as any nested token is). */
  decryption?: DecryptionView;
  signature: SignatureVerdict;
  findings: Finding[];
  input: { text: string; stripped: Stripped[]; token: string; name?: string; alternatives?: TokenAlternative[] };
  segments: SegmentView[];
  header?: DecodedPartView;
  payload?: DecodedPartView;
  claims: ClaimView[];
  time: TimeVerdict;
  profile: TokenProfile;
  keys: KeyReport;
  weakSecret?: WeakSecretHit;
  nested: NestedReport[];
  now: number;
  leeway: number;
  /** rules-next M: the pair the Related token formed with this token (a DPoP proof and its
   * access token, either way round; an ID token and its access token or code), and whether they
   * belong together (no dpop-ath-mismatch / dpop-jkt-mismatch / idt-token-hash error). Absent
   * when no Related token was given or it pairs with nothing here. */
  related?: RelatedCheck;
  /** The verdict in words (summarize()). */
  summary: Summary;
  /** Filled whenever an SD-JWT decodes, whatever the issuer signature's status. */
  sd?: SdReport;
}

// --- Workbench: keys (issue 12; design.md "Next capabilities: the contracts") ----------------

/** What key to make: by the JWS alg it is for, or by type and size/curve. */
export type KeySpec =
  | { alg: string }
  | { kty: 'RSA'; bits: number }
  | { kty: 'EC'; crv: string }
  | { kty: 'OKP'; crv: string }
  | { kty: 'oct'; bytes: number }
  | { kty: 'AKP'; alg: string };

/** A JWK as plain data (string members; `key_ops` is not carried over). */
export type JwkObject = Record<string, string>;

/** One key in every form the workbench writes. JWK numbers are canonical: RSA members without
 * leading zero octets, EC and OKP coordinates (and EC `d`) at full field length. `kid` in the
 * JWKs is the key's own, or the thumbprint when it had none. */
export interface KeyBundle {
  /** Asymmetric keys only. */
  publicJwk?: JwkObject;
  /** When the private part is known; an oct key has only this. */
  privateJwk?: JwkObject;
  /** SubjectPublicKeyInfo PEM, asymmetric keys only. */
  spkiPem?: string;
  /** PKCS#8 PEM, when the private part of an asymmetric key is known (and, for RSA, its primes). */
  pkcs8Pem?: string;
  /** RFC 7638 SHA-256 thumbprint, base64url. */
  thumbprint: string;
  key: KeySummary;
  /** 'generated': made here by generateKey, for testing only; 'converted': read from key text. */
  origin: 'generated' | 'converted';
  /** A secret read from text: the encoding used. */
  secretEncoding?: ConcreteEncoding;
  /** Facts the user should know (made here for testing; the first key of a set was used…). */
  notes: string[];
}

/** Why a workbench function made nothing. `code` is stable; `message` is the sentence to show. */
export interface WorkbenchError {
  code: 'bad-spec' | 'unsupported' | 'no-key' | 'unreadable-key' | 'failed';
  message: string;
  at?: Span;
}

/** encrypt(): a text wrapped in a compact JWE for a recipient (src/core/encrypt/). */
export interface EncryptInput {
  /** What to encrypt, as UTF-8 (usually a token: then `cty` is "JWT"). */
  plaintext: string;
  /** The recipient's key: RSA / EC / X25519 public or private key (JWK, PEM), an oct key or
   * secret (A*KW, A*GCMKW, dir), or a password (PBES2). */
  key: string;
  alg: string;
  enc: string;
  /** How a secret or password is read; 'auto' reads a password as UTF-8. */
  secretEncoding?: SecretEncoding;
  /** The header's `cty`; default "JWT" when the plaintext is a compact token, else none. */
  cty?: string;
  /** PBES2 iteration count; default 100,000. */
  p2c?: number;
}

export type EncryptResult = { ok: true; token: string; alg: string; enc: string } | { ok: false; error: WorkbenchError };

export type KeyBundleResult = { ok: true; bundle: KeyBundle } | { ok: false; error: WorkbenchError };

// Signing (sign() in index.ts; src/core/sign/): the header and payload are the user's text,
// signed byte for byte.

export interface SignInput {
  /** JSON text of a header object; its "alg" chooses the algorithm ("none" allowed, flagged). */
  header: string;
  /** Any text (JSON for a JWT); signed as its exact UTF-8 bytes. */
  payload: string;
  /** Private JWK, PKCS#8 / PKCS#1 / SEC1 PEM, an oct JWK, or an HMAC secret. Ignored for "none". */
  key: string;
  /** How an HMAC secret is read; 'auto' (default) reads it as UTF-8 text. */
  secretEncoding?: SecretEncoding;
  /** Unix seconds for inspecting the produced token; default: the caller's clock. */
  now?: number;
  /** The token being re-signed (an edit of a pasted token) and the key that verified it, when
   * there was one: the produced token's report then says what re-signing changed
   * (rules-next.md P: sign-key-changed, sign-header-key-hints-stale). */
  from?: ResignedFrom;
}

/** The input token of a re-signing, as the user pasted it, with the key text it was inspected
 * with. */
export interface ResignedFrom {
  token: string;
  key?: string;
  secretEncoding?: SecretEncoding;
}

/** The signing key, described; a public fact only (no private members). */
export interface KeySummary {
  kty: KeyType;
  /** The key's own "alg" member (JWK), when it has one. */
  alg?: string;
  crv?: string;
  /** RSA modulus bits, EC/OKP field bits, secret bytes * 8. */
  bits?: number;
  kid?: string;
  /** RFC 7638 SHA-256 thumbprint (base64url) of the public key; for a secret, of {k, kty}. */
  thumbprint: string;
}

export type SignErrorCode =
  | 'header-invalid-json' // the header text is not JSON (at: where it breaks)
  | 'header-not-object' // JSON, but not an object
  | 'alg-missing' // no "alg", or it is not a string
  | 'text-not-unicode' // header or payload holds a lone UTF-16 surrogate, which UTF-8 cannot carry
  | 'alg-unsupported' // an alg this build cannot sign (unknown, ML-DSA, a JWE alg)
  | 'key-missing' // no key text, and the alg needs one
  | 'key-unreadable' // the key text is not a key (at: where, when known)
  | 'public-key-only' // a public key or certificate: it cannot sign
  | 'key-alg-mismatch' // a key of the wrong type, curve or "alg" for the header's alg
  | 'key-private-inconsistent' // a private key whose public part does not verify what it signed
  | 'sign-failed'; // the crypto refused the key (e.g. an RSA JWK without its CRT members)

export type SignResult =
  | {
      ok: true;
      token: string;
      /** The header's alg, as written. */
      alg: string;
      /** The signing key; absent for "none". */
      key?: KeySummary;
      /** inspect() of the produced token with the key's public part (or the secret). */
      findings: Finding[];
      /** Present when `from` was a compact SD-JWT: `token` is then the new issuer-signed JWT
       * followed by the input's Disclosures (`<jwt>~<D1>~…~<Dn>~`). */
      sd?: SignedSdJwt;
    }
  | { ok: false; error: { code: SignErrorCode; message: string; at?: Span } };

/** What a re-signed SD-JWT carried over from its input (sign() with `from` an SD-JWT). */
export interface SignedSdJwt {
  /** How many Disclosures follow the new issuer-signed JWT (all of the input's, in its order). */
  disclosures: number;
  /** The input ended in a Key Binding JWT, which the output leaves out: its `sd_hash` covered
   * the old issuer-signed JWT. The produced token's findings then include `kb-jwt-missing`
   * when the payload has `cnf`. */
  keyBindingDropped: boolean;
}

// Attack variants (forge() in index.ts; src/core/forge/): tokens for testing a verifier, each
// made from a pasted token, with the rule id inspect() reports on it.

/** The attacks forge() makes, by name (design.md "Contract decisions"). */
export type AttackName =
  | 'alg-none:none'
  | 'alg-none:None'
  | 'alg-none:NONE'
  | 'alg-none:nOnE'
  | 'empty-signature'
  | 'key-confusion:pem'
  | 'key-confusion:pem-no-newline'
  | 'key-confusion:pem-crlf'
  | 'key-confusion:der'
  | 'key-confusion:jwk'
  | 'embedded-jwk'
  | 'jku'
  | 'x5u'
  | 'kid-traversal'
  | 'psychic-signature'
  | 'crit-unknown';

export interface Variant {
  attack: AttackName;
  token: string;
  /** The rule id inspect() reports on `token`, given the key that was given to forge(). */
  rule: string;
  /** What a vulnerable verifier would do with it, in one sentence. */
  explanation: string;
  /** embedded-jwk, jku, x5u: the public half of the fresh key that signed the token (for jku,
   * host it at the URL in a JWK Set; for x5u, in a certificate). Its private half is dropped. */
  publicJwk?: JwkObject;
}

export interface ForgeOptions {
  /** The key that verifies the token. An asymmetric public (or private) key adds the
   * key-confusion variants; a key that can sign the token's alg re-signs crit-unknown. */
  key?: string;
  /** Where jku and x5u point (never fetched); default https://attacker.example/jwks.json. */
  url?: string;
  /** How `key` is read when it is an HMAC secret (as in the Key box); default 'auto'. */
  secretEncoding?: SecretEncoding;
}

export type ForgeErrorCode =
  | 'malformed-token' // the text is not a compact JWS/JWT whose header is a JSON object
  | 'unsupported' // a JWE, or a JWS in JSON serialization
  | 'unreadable-key' // opts.key was given but is not a key
  | 'failed'; // the crypto refused to sign a variant

export type ForgeResult =
  | {
      ok: true;
      variants: Variant[];
      /** Attacks not made for this token or key, and why (e.g. key confusion needs a public key). */
      notes: string[];
    }
  | { ok: false; error: { code: ForgeErrorCode; message: string } };
