// A lint rule and what it reads: the context of one inspection (internal to the core). Rule
// metadata is public (report.ts RuleMeta).
import type { KeyParse } from '../keys/types';
import type { DecryptionFacts } from '../decrypt/types';
import type { Extraction, ParsedToken } from '../parse/types';
import type { RuleMeta, SecretEncoding, Severity, SignatureVerdict, Span, Thresholds, TokenProfile, WeakSecretHit } from '../report';

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
  /** A JWE with a key: what decrypting it gave (decrypt/). */
  decryption?: DecryptionFacts;
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
