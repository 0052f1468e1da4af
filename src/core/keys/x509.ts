// X.509 certificates (RFC 5280 §4.1): the SubjectPublicKeyInfo, the validity window and the
// subject's common name. The certificate's own signature is not checked: there is no trust
// anchor offline, and the key inside is what verifies the token.
import { DerError, TAG, childrenOf, oidText, readDer, sequence, type DerNode } from '../crypto/der';

export interface CertificateInfo {
  spki: Uint8Array;
  notBefore?: number;
  notAfter?: number;
  commonName?: string;
}

const COMMON_NAME = '2.5.4.3';

export function readCertificate(der: Uint8Array): CertificateInfo {
  const [tbs] = sequence(readDer(der), 3);
  const fields = sequence(tbs, 6);
  // Skip the optional [0] version.
  const [, , , validity, subject, spkiNode] = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  const [from, to] = sequence(validity, 2);
  if (!tbs || !spkiNode || spkiNode.tag !== TAG.sequence) throw new DerError('no public key in the certificate');
  const info: CertificateInfo = { spki: rawTlv(tbs, spkiNode) };
  const nb = readTime(from);
  const na = readTime(to);
  if (nb !== undefined) info.notBefore = nb;
  if (na !== undefined) info.notAfter = na;
  const cn = subject ? commonNameOf(subject) : undefined;
  if (cn) info.commonName = cn;
  return info;
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
