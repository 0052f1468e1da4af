// X.509 certificates (RFC 5280 §4.1): the SubjectPublicKeyInfo, the validity window, the
// subject's common name, and what checking its signature needs (the signed TBS bytes, the
// signature algorithm and value, the issuer and subject names as DER). Reading never checks the
// signature: keys/cert-signature.ts does, for the certificate rules (rules-next.md O).
import { DerError, TAG, bitStringBytes, childrenOf, oidText, readDer, sequence, type DerNode } from '../crypto/der';

export interface CertificateInfo {
  spki: Uint8Array;
  notBefore?: number;
  notAfter?: number;
  commonName?: string;
  /** The DER of tbsCertificate: the bytes the issuer signed. */
  tbs?: Uint8Array;
  /** signatureAlgorithm's OID, and its parameters' DER when present (RSASSA-PSS). */
  signatureOid?: string;
  signatureParams?: Uint8Array;
  /** The signature value (BIT STRING content). */
  signature?: Uint8Array;
  /** The issuer and subject Names as DER (compared byte for byte). */
  issuer?: Uint8Array;
  subject?: Uint8Array;
}

const COMMON_NAME = '2.5.4.3';

export function readCertificate(der: Uint8Array): CertificateInfo {
  const root = readDer(der);
  const [tbs, algorithm, signature] = sequence(root, 3);
  const fields = sequence(tbs, 6);
  // Skip the optional [0] version.
  const [, , issuer, validity, subject, spkiNode] = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  const [from, to] = sequence(validity, 2);
  if (!tbs || !spkiNode || spkiNode.tag !== TAG.sequence) throw new DerError('no public key in the certificate');
  const info: CertificateInfo = { spki: rawTlv(tbs, spkiNode), tbs: rawTlv(root, tbs) };
  signatureFacts(info, algorithm, signature);
  if (issuer?.tag === TAG.sequence) info.issuer = rawTlv(tbs, issuer);
  if (subject?.tag === TAG.sequence) info.subject = rawTlv(tbs, subject);
  const nb = readTime(from);
  const na = readTime(to);
  if (nb !== undefined) info.notBefore = nb;
  if (na !== undefined) info.notAfter = na;
  const cn = subject ? commonNameOf(subject) : undefined;
  if (cn) info.commonName = cn;
  return info;
}

/** The signature algorithm and value; left out when they do not parse (the key is still read). */
function signatureFacts(info: CertificateInfo, algorithm: DerNode | undefined, signature: DerNode | undefined): void {
  try {
    const [oid, params] = sequence(algorithm, 1);
    info.signatureOid = oidText(oid);
    if (params && params.tag !== TAG.null) info.signatureParams = rawTlv(algorithm!, params);
    info.signature = bitStringBytes(signature);
  } catch {
    delete info.signatureOid;
    delete info.signatureParams;
  }
}

/** The complete TLV bytes of a child node inside its parent's content. */
function rawTlv(parent: DerNode, child: DerNode): Uint8Array {
  return parent.content.subarray(child.start, child.end);
}

/** UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSSZ) to unix seconds. */
function readTime(node: DerNode | undefined): number | undefined {
  if (!node) return undefined;
  const text = new TextDecoder().decode(node.content);
  const m =
    node.tag === TAG.utcTime
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
      : node.tag === TAG.generalizedTime
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text)
        : null;
  if (!m) return undefined;
  let year = Number(m[1]);
  if (node.tag === TAG.utcTime) year += year < 50 ? 2000 : 1900;
  const ms = Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return Math.floor(ms / 1000);
}

function commonNameOf(name: DerNode): string | undefined {
  for (const rdn of childrenOf(name)) {
    for (const atv of childrenOf(rdn)) {
      const [oid, value] = childrenOf(atv);
      if (oid && oid.tag === TAG.oid && oidText(oid) === COMMON_NAME && value) {
        return new TextDecoder().decode(value.content);
      }
    }
  }
  return undefined;
}
