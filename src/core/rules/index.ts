// The registry: every rule of ../shared/rules.md, in the catalogue's order. A rule is added by
// adding its file and one line here; tests/unit/core/rules/registry.test.ts holds this list
// equal to the catalogue.
import type { LintRule } from './types';
import { sdSerializationMalformed } from './sd-serialization-malformed';
import { sdDisclosureMalformed } from './sd-disclosure-malformed';
import { sdDisclosureUnreferenced } from './sd-disclosure-unreferenced';
import { sdDigestDuplicate } from './sd-digest-duplicate';
import { sdDigestContainerInvalid } from './sd-digest-container-invalid';
import { sdReservedNameDisclosed } from './sd-reserved-name-disclosed';
import { sdClaimNameConflict } from './sd-claim-name-conflict';
import { sdSaltWeak } from './sd-salt-weak';
import { sdHashAlgInvalid } from './sd-hash-alg-invalid';
import { sdUndisclosedDigests } from './sd-undisclosed-digests';
import { sdIssuerAlgSymmetric } from './sd-issuer-alg-symmetric';
import { sdVcTyp } from './sd-vc-typ';
import { sdVcTypeInvalid } from './sd-vc-type-invalid';
import { kbJwtMissing } from './kb-jwt-missing';
import { kbJwtHeaderInvalid } from './kb-jwt-header-invalid';
import { kbJwtClaimsMissing } from './kb-jwt-claims-missing';
import { kbSdHashMismatch } from './kb-sd-hash-mismatch';
import { kbHolderKeyUnresolved } from './kb-holder-key-unresolved';
import { inputAuthSchemePrefix } from './input-auth-scheme-prefix';
import { inputSurroundingNoise } from './input-surrounding-noise';
import { formatSegmentCount } from './format-segment-count';
import { formatJsonSerialization } from './format-json-serialization';
import { b64Padding } from './b64-padding';
import { b64StdAlphabet } from './b64-std-alphabet';
import { b64Whitespace } from './b64-whitespace';
import { b64TrailingBits } from './b64-trailing-bits';
import { b64Invalid } from './b64-invalid';
import { tokenSizeLarge } from './token-size-large';
import { jsonInvalid } from './json-invalid';
import { jsonNotObject } from './json-not-object';
import { jsonEncoding } from './json-encoding';
import { jsonDuplicateMember } from './json-duplicate-member';
import { jsonEscapedMemberName } from './json-escaped-member-name';
import { jsonDeepNesting } from './json-deep-nesting';
import { algMissing } from './alg-missing';
import { algNone } from './alg-none';
import { algNoneVariant } from './alg-none-variant';
import { algUnknown } from './alg-unknown';
import { algNotRecommended } from './alg-not-recommended';
import { unsecuredWithSignature } from './unsecured-with-signature';
import { sigEmpty } from './sig-empty';
import { sigLengthMismatch } from './sig-length-mismatch';
import { ecdsaPsychicSignature } from './ecdsa-psychic-signature';
import { ecdsaScalarOutOfRange } from './ecdsa-scalar-out-of-range';
import { ecdsaDerSignature } from './ecdsa-der-signature';
import { ecdsaHighS } from './ecdsa-high-s';
import { eddsaSOutOfRange } from './eddsa-s-out-of-range';
import { rsaKeyTooSmallInferred } from './rsa-key-too-small-inferred';
import { sigNotVerified } from './sig-not-verified';
import { sigInvalid } from './sig-invalid';
import { keyAlgMismatch } from './key-alg-mismatch';
import { algConfusionForgery } from './alg-confusion-forgery';
import { algHsWithAsymmetricHints } from './alg-hs-with-asymmetric-hints';
import { selfVerifiedOnly } from './self-verified-only';
import { hmacSecretWeak } from './hmac-secret-weak';
import { hmacSecretEmpty } from './hmac-secret-empty';
import { hmacSecretTooShort } from './hmac-secret-too-short';
import { hmacSecretLowEntropy } from './hmac-secret-low-entropy';
import { hmacSecretEncodingSuspect } from './hmac-secret-encoding-suspect';
import { rsaKeyTooSmall } from './rsa-key-too-small';
import { rsaPublicExponentWeak } from './rsa-public-exponent-weak';
import { ecPublicKeyInvalid } from './ec-public-key-invalid';
import { jwksKidDuplicate } from './jwks-kid-duplicate';
import { jwksMixedPrivate } from './jwks-mixed-private';
import { keyKidNotThumbprint } from './key-kid-not-thumbprint';
import { keyMetadataInconsistent } from './key-metadata-inconsistent';
import { keyEncodingInvalid } from './key-encoding-invalid';
import { keyPrivateInconsistent } from './key-private-inconsistent';
import { keyRsaFactorable } from './key-rsa-factorable';
import { keyX5cMismatch } from './key-x5c-mismatch';
import { certChainOrder } from './cert-chain-order';
import { certValidityPeriod } from './cert-validity-period';
import { certSelfSigned } from './cert-self-signed';
import { signKeyChanged } from './sign-key-changed';
import { signHeaderKeyHintsStale } from './sign-header-key-hints-stale';
import { pqAkpKeyInvalid } from './pq-akp-key-invalid';
import { jwksKidNotFound } from './jwks-kid-not-found';
import { jwkEmbedded } from './jwk-embedded';
import { jwkPrivateMaterial } from './jwk-private-material';
import { jkuPresent } from './jku-present';
import { jkuUnsafeUrl } from './jku-unsafe-url';
import { x5uPresent } from './x5u-present';
import { x5cPresent } from './x5c-present';
import { x5cMalformed } from './x5c-malformed';
import { x5tMismatch } from './x5t-mismatch';
import { kidInjection } from './kid-injection';
import { kidAnomalous } from './kid-anomalous';
import { critUnknown } from './crit-unknown';
import { critMalformed } from './crit-malformed';
import { b64False } from './b64-false';
import { zipInJws } from './zip-in-jws';
import { typUnexpected } from './typ-unexpected';
import { typAtJwtClaimsMissing } from './typ-at-jwt-claims-missing';
import { tokenKindIdToken } from './token-kind-id-token';
import { ctyNestedJwt } from './cty-nested-jwt';
import { ctyUnusual } from './cty-unusual';
import { paramUrlProbe } from './param-url-probe';
import { headerUnregisteredParams } from './header-unregistered-params';
import { expMissing } from './exp-missing';
import { expExpired } from './exp-expired';
import { nbfFuture } from './nbf-future';
import { iatFuture } from './iat-future';
import { timeWindowEmpty } from './time-window-empty';
import { lifetimeLong } from './lifetime-long';
import { iatStale } from './iat-stale';
import { iatMissing } from './iat-missing';
import { timeClaimMilliseconds } from './time-claim-milliseconds';
import { timeClaimFarFuture } from './time-claim-far-future';
import { issMissing } from './iss-missing';
import { subMissing } from './sub-missing';
import { audMissing } from './aud-missing';
import { audArray } from './aud-array';
import { audWildcard } from './aud-wildcard';
import { jtiMissing } from './jti-missing';
import { privilegedClaims } from './privileged-claims';
import { claimTypeInvalid } from './claim-type-invalid';
import { timeClaimFractional } from './time-claim-fractional';
import { timeClaimNegative } from './time-claim-negative';
import { numberPrecisionLoss } from './number-precision-loss';
import { payloadCredential } from './payload-credential';
import { payloadCardNumber } from './payload-card-number';
import { payloadGovId } from './payload-gov-id';
import { payloadContactPii } from './payload-contact-pii';
import { payloadInternalInfo } from './payload-internal-info';
import { jweCompact } from './jwe-compact';
import { jweRsa15 } from './jwe-rsa1_5';
import { jweDir } from './jwe-dir';
import { jweNotAuthenticated } from './jwe-not-authenticated';
import { jweZip } from './jwe-zip';
import { jwePbes2P2c } from './jwe-pbes2-p2c';
import { jweEpkInvalid } from './jwe-epk-invalid';
import { jweIvTagLength } from './jwe-iv-tag-length';
import { jweDecryptFailed } from './jwe-decrypt-failed';
import { jweDecryptSkipped } from './jwe-decrypt-skipped';
import { jweZipDecompress } from './jwe-zip-decompress';
import { jweCtyNestedMismatch } from './jwe-cty-nested-mismatch';
import { jweReplicatedClaimMismatch } from './jwe-replicated-claim-mismatch';
import { dpopHeaderInvalid } from './dpop-header-invalid';
import { dpopClaimsInvalid } from './dpop-claims-invalid';
import { dpopAthMismatch } from './dpop-ath-mismatch';
import { dpopJktMismatch } from './dpop-jkt-mismatch';
import { idtTokenHash } from './idt-token-hash';
import { logoutTokenInvalid } from './logout-token-invalid';
import { jarRequestObjectInvalid } from './jar-request-object-invalid';

export const rules: readonly LintRule[] = [
  inputAuthSchemePrefix,
  inputSurroundingNoise,
  formatSegmentCount,
  formatJsonSerialization,
  b64Padding,
  b64StdAlphabet,
  b64Whitespace,
  b64TrailingBits,
  b64Invalid,
  tokenSizeLarge,
  jsonInvalid,
  jsonNotObject,
  jsonEncoding,
  jsonDuplicateMember,
  jsonEscapedMemberName,
  jsonDeepNesting,
  algMissing,
  algNone,
  algNoneVariant,
  algUnknown,
  algNotRecommended,
  unsecuredWithSignature,
  sigEmpty,
  sigLengthMismatch,
  ecdsaPsychicSignature,
  ecdsaScalarOutOfRange,
  ecdsaDerSignature,
  ecdsaHighS,
  eddsaSOutOfRange,
  rsaKeyTooSmallInferred,
  sigNotVerified,
  sigInvalid,
  keyAlgMismatch,
  algConfusionForgery,
  algHsWithAsymmetricHints,
  selfVerifiedOnly,
  hmacSecretWeak,
  hmacSecretEmpty,
  hmacSecretTooShort,
  hmacSecretLowEntropy,
  hmacSecretEncodingSuspect,
  rsaKeyTooSmall,
  rsaPublicExponentWeak,
  ecPublicKeyInvalid,
  // rules-next L: SD-JWT, SD-JWT VC and the Key Binding JWT.
  sdSerializationMalformed,
  sdDisclosureMalformed,
  sdDisclosureUnreferenced,
  sdDigestDuplicate,
  sdDigestContainerInvalid,
  sdReservedNameDisclosed,
  sdClaimNameConflict,
  sdSaltWeak,
  sdHashAlgInvalid,
  sdUndisclosedDigests,
  sdIssuerAlgSymmetric,
  sdVcTyp,
  sdVcTypeInvalid,
  kbJwtMissing,
  kbJwtHeaderInvalid,
  kbJwtClaimsMissing,
  kbSdHashMismatch,
  kbHolderKeyUnresolved,
  // rules-next M: DPoP proofs and related tokens (ID token hashes, logout tokens, request objects).
  dpopHeaderInvalid,
  dpopClaimsInvalid,
  dpopAthMismatch,
  dpopJktMismatch,
  idtTokenHash,
  logoutTokenInvalid,
  jarRequestObjectInvalid,
  jweIvTagLength,
  jweDecryptFailed,
  jweDecryptSkipped,
  jweZipDecompress,
  jweCtyNestedMismatch,
  jweReplicatedClaimMismatch,
  // rules-next O: keys, key sets and certificates (also on a key pasted alone).
  jwksKidDuplicate,
  jwksMixedPrivate,
  keyKidNotThumbprint,
  keyMetadataInconsistent,
  keyEncodingInvalid,
  keyPrivateInconsistent,
  keyRsaFactorable,
  keyX5cMismatch,
  certChainOrder,
  certValidityPeriod,
  certSelfSigned,
  signKeyChanged,
  signHeaderKeyHintsStale,
  pqAkpKeyInvalid,
  jwksKidNotFound,
  jwkEmbedded,
  jwkPrivateMaterial,
  jkuPresent,
  jkuUnsafeUrl,
  x5uPresent,
  x5cPresent,
  x5cMalformed,
  x5tMismatch,
  kidInjection,
  kidAnomalous,
  critUnknown,
  critMalformed,
  b64False,
  zipInJws,
  typUnexpected,
  typAtJwtClaimsMissing,
  tokenKindIdToken,
  ctyNestedJwt,
  ctyUnusual,
  paramUrlProbe,
  headerUnregisteredParams,
  expMissing,
  expExpired,
  nbfFuture,
  iatFuture,
  timeWindowEmpty,
  lifetimeLong,
  iatStale,
  iatMissing,
  timeClaimMilliseconds,
  timeClaimFarFuture,
  issMissing,
  subMissing,
  audMissing,
  audArray,
  audWildcard,
  jtiMissing,
  privilegedClaims,
  claimTypeInvalid,
  timeClaimFractional,
  timeClaimNegative,
  numberPrecisionLoss,
  payloadCredential,
  payloadCardNumber,
  payloadGovId,
  payloadContactPii,
  payloadInternalInfo,
  jweCompact,
  jweRsa15,
  jweDir,
  jweNotAuthenticated,
  jweZip,
  jwePbes2P2c,
  jweEpkInvalid,
];
