// A lint rule and what it reads: the context of one inspection (internal to the core). Rule
// metadata is public (report.ts RuleMeta).
import type { CertChain } from '../keys/certificates';
import type { KeyParse } from '../keys/types';
import type { SdJwt } from '../sd-jwt';
import type { ConfusionKey } from '../secrets/confusion';
import type { DecryptionFacts } from '../decrypt/types';
import type { Extraction, ParsedToken } from '../parse/types';
import type {
  RuleMeta,
  SecretEncoding,
  Severity,
  SignatureStatus,
  SignatureVerdict,
  Span,
  Thresholds,
  TokenProfile,
  WeakSecretHit,
} from '../report';

export interface RuleContext {
  input: string;
  extraction: Extraction;
  token: ParsedToken;
  /** Plain header object of the first signature / the JWE (undefined when not an object). */
  header?: Record<string, unknown>;
  /** Plain payload object (undefined when not a JSON object). */
  payload?: Record<string, unknown>;
  keys: KeyParse;
  /** The key text exactly as the user pasted it ('' when none). */
  keyText: string;
  /** Certificate chains (pasted certificates, a pasted JWK's x5c, the header's x5c) with their
   * signatures checked before the rules run; undefined when there is no certificate. The pasted
   * ones only for the top-level token, not again for nested tokens. */
  certificates?: CertChain[];
  verdict: SignatureVerdict;
  /** Verification against the token's own embedded key (jwk / x5c leaf), when it has one. */
  embeddedVerdict?: SignatureVerdict;
  profile: TokenProfile;
  now: number;
  leeway: number;
  thresholds: Thresholds;
  secretEncoding: SecretEncoding;
  /** A well-known secret (built-in list, empty key, the token's own strings) that reproduces
   * the HS* signature, found before the rules run. */
  weakSecret?: WeakSecretHit;
  /** Set only when sign() inspects the token it made from an input token (SignInput.from):
   * what the re-signing changed (rules-next.md P). */
  resigning?: Resigning;
  /** A JWE with a key: what decrypting it gave (decrypt/). */
  decryption?: DecryptionFacts;
  /** The SD-JWT around the token (rules-next L); `payload` is then its processed claims. */
  sd?: SdJwt;
  /** InspectInput.related of the top-level token, its `DPoP `/`Bearer ` prefix removed
   * (rules-next M); undefined when none was given and for nested tokens. */
  related?: string;
}

/** The input token of a re-signing and the key that signed its output (rules-next.md P). */
export interface Resigning {
  from: {
    /** The input token's header object, when it has one. */
    header?: Record<string, unknown>;
    alg?: string;
    status: SignatureStatus;
    /** The key that verified the input (status 'valid' only). */
    key?: ResigningKey & {
      label: string;
      /** An asymmetric key, in the form whose serializations an HS* secret may be. */
      confusion?: ConfusionKey;
    };
  };
  /** Absent for alg "none". */
  signingKey?: ResigningKey & { secret?: Uint8Array };
}

export interface ResigningKey {
  /** RFC 7638 SHA-256 thumbprint; a secret's is that of {"k", "kty": "oct"} for its bytes. */
  thumbprint: string;
  kid?: string;
}

export interface LintRule extends RuleMeta {
  /** Also run when the key is pasted with no token (rules-next.md O: "the key alone"): the rule
   * then reads only `ctx.keys` / `ctx.keyText` / `ctx.now`, and `ctx.token` is the empty input's
   * malformed reading. */
  keyAlone?: true;
  check(ctx: RuleContext): RuleHit[];
}

/** What a rule returns; run.ts adds the rule id (and default severity when none is given). */
export interface RuleHit {
  message: string;
  severity?: Severity;
  at?: Span;
  /** See Finding.spans. */
  spans?: Span[];
}
