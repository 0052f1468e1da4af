// The curve of an EC key's parameters (RFC 5480 §2.1.1, SEC 1 §C.2): a named-curve OID, or
// parameters written out in full ("explicit", as `openssl ec -param_enc explicit` writes them).
// Explicit parameters are accepted when they are exactly one of the curves JWS uses; anything
// else is a sentence that says what the key is and how to rewrite it.
import { curves } from '../algorithms';
import { CURVE_OIDS, explicitCurveName } from '../crypto/curves';
import { TAG, bytesToBigInt, childrenOf, expectTag, integerValue, oidText, sequence, type DerNode } from '../crypto/der';

export interface EcCurve {
  crv: string;
  /** The parameters were written out in full instead of naming the curve. */
  explicit: boolean;
}

const PRIME_FIELD = '1.2.840.10045.1.1';
/** The curves JWS signs on with ECDSA, from the curve table. */
const ECDSA_CURVES = curves.filter((c) => c.sign === 'ECDSA').map((c) => c.crv);
const ONLY_ECDSA = `only ${ECDSA_CURVES.slice(0, -1).join(', ')} and ${ECDSA_CURVES.at(-1)}`;

/** The curve named or spelled out by `params` (ECParameters: OID, NULL or SEQUENCE); else a
 * sentence saying why it cannot be used: `unusable` when it is a real curve JWS does not use. `what` names the key: "EC public key". */
export function ecCurveOf(params: DerNode | undefined, what: string): EcCurve | { unusable: string } | string {
  if (params?.tag === TAG.oid) {
    const crv = CURVE_OIDS[oidText(params)];
    return crv ? { crv, explicit: false } : { unusable: `This ${what} is on a curve JWS does not use (${ONLY_ECDSA}).` };
  }
  if (params?.tag !== TAG.sequence) return `This ${what} does not say which curve it is on.`;
  const crv = matchExplicit(params);
  if (crv) return { crv, explicit: true };
  return {
    unusable:
      `This is an EC key with custom curve parameters (written out in full, not named), and they match none of the curves JWS uses (${ECDSA_CURVES.join(', ')}). ` +
      'If it was made on one of those, `openssl ec -param_enc named_curve` rewrites it with the name; otherwise JWS cannot use it.',
  };
}

/** SpecifiedECDomain ::= SEQUENCE { version, fieldID {fieldType, prime}, curve {a, b, seed?},
 * base, order, cofactor? }: the JWS curve it equals, if any. */
function matchExplicit(node: DerNode): string | undefined {
  try {
    const [, field, curve, base, order, cofactor] = sequence(node, 5);
    const [fieldType, prime] = sequence(field, 2);
    if (oidText(fieldType) !== PRIME_FIELD) return undefined;
    const [a, b] = childrenOf(expectTag(curve, TAG.sequence));
    return explicitCurveName({
      p: integerValue(prime),
      a: bytesToBigInt(expectTag(a, TAG.octetString).content),
      b: bytesToBigInt(expectTag(b, TAG.octetString).content),
      g: expectTag(base, TAG.octetString).content,
      n: integerValue(order),
      h: cofactor ? integerValue(cofactor) : 1n,
    });
  } catch {
    return undefined;
  }
}
