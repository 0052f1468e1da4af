// PEM blocks and bare base64 DER to key candidates. Each block is read by its label; a label we
// know but whose content does not parse gets a sentence naming the block and what is wrong.
import type { KeyCandidate, KeyParse } from './types';
import type { KeySource, TextSpan } from '../report';
import { DerError } from '../crypto/der';
import { decodeStdBase64, type PemBlock } from '../crypto/pem';
import { buildCandidate } from './candidate';
import { publicFromPkcs1Private, publicFromPkcs8, publicFromSec1 } from './private';
import { KeyError, UnusableKeyError, jwkFromSpki, rsaJwkFromPkcs1, type KeyFacts, type PublicJwk } from './spki';
import { readCertificate } from './x509';
import { privateJwkFromDer, type PrivateSource } from './private-jwk';

interface Reader {
  source: KeySource;
  label: string;
  private?: boolean;
  read(der: Uint8Array, facts: KeyFacts): { jwk: PublicJwk; spki?: Uint8Array; certificate?: Uint8Array; notBefore?: number; notAfter?: number; name?: string };
}

const READERS: Record<string, Reader> = {
  'PUBLIC KEY': { source: 'pem-spki', label: 'PEM public key', read: (der, facts) => ({ jwk: jwkFromSpki(der, facts), spki: der }) },
  'RSA PUBLIC KEY': { source: 'pem-pkcs1', label: 'PEM RSA public key', read: (der) => ({ jwk: rsaJwkFromPkcs1(der) }) },
  CERTIFICATE: { source: 'x509', label: 'certificate', read: fromCertificate },
  'PRIVATE KEY': { source: 'pkcs8', label: 'PEM private key', private: true, read: (der, facts) => ({ jwk: publicFromPkcs8(der, facts) }) },
  'EC PRIVATE KEY': {
    source: 'sec1',
    label: 'EC private key',
    private: true,
    read: (der, facts) => ({ jwk: publicFromSec1(der, undefined, facts) }),
  },
  'RSA PRIVATE KEY': {
    source: 'pkcs1-private',
    label: 'RSA private key',
    private: true,
    read: (der) => ({ jwk: publicFromPkcs1Private(der) }),
  },
};

function fromCertificate(der: Uint8Array, facts: KeyFacts) {
  const cert = readCertificate(der);
  return {
    jwk: jwkFromSpki(cert.spki, facts),
    spki: cert.spki,
    certificate: der,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    name: cert.commonName,
  };
}

export function candidatesFromPem(text: string, blocks: PemBlock[]): KeyParse {
  const candidates: KeyCandidate[] = [];
  const errors: { error: string; errorAt?: TextSpan; unusable?: true }[] = [];
  const certificates = blocks.filter((b) => b.label === 'CERTIFICATE').length;
  let certIndex = 0;
  for (const block of blocks) {
    const reader = READERS[block.label];
    // OpenSSL writes the curve's parameters before an EC key (`openssl ecparam -genkey`).
    if (block.label === 'EC PARAMETERS' && blocks.some((b) => READERS[b.label])) continue;
    if (!reader) {
      errors.push({ error: unknownLabel(block.label), errorAt: block.span });
      continue;
    }
    if (!block.der) {
      errors.push({ error: block.error ?? 'This PEM block could not be decoded.', errorAt: block.errorAt ?? block.span });
      continue;
    }
    const index = reader.source === 'x509' && certificates > 1 ? ++certIndex : 0;
    const result = readWith(reader, block.der, block.text, index);
    if (typeof result === 'string') errors.push({ error: result, errorAt: block.span });
    else if ('unusable' in result) errors.push({ error: result.unusable, errorAt: block.span, unusable: true });
    else candidates.push(result);
  }
  if (candidates.length === 0) {
    const first = errors.find((e) => e.unusable) ?? errors[0] ?? { error: `This text has a PEM marker but no complete PEM block (${text.length} characters).` };
    return { kind: 'unrecognised', candidates: [], setIssues: [], ...first };
  }
  return {
    kind: candidates[0]!.source,
    candidates,
    setIssues: errors.map((e) => e.error),
  };
}

function readWith(reader: Reader, der: Uint8Array, pem: string | undefined, index: number): KeyCandidate | { unusable: string } | string {
  try {
    const facts: KeyFacts = {};
    const r = reader.read(der, facts);
    const label = r.name ? `${reader.label} "${r.name}"` : index ? `${reader.label} #${index}` : reader.label;
    const candidate = buildCandidate({
      label,
      source: pem ? reader.source : reader.source === 'x509' ? 'der-x509' : 'der-spki',
      jwk: r.jwk,
      hadPrivate: reader.private ?? false,
      spki: r.spki,
      pem,
      certificate: r.certificate,
      notBefore: r.notBefore,
      notAfter: r.notAfter,
      explicitCurve: facts.explicitCurve,
    });
    if (reader.private) {
      const members = privateMembers(reader.source as PrivateSource, der);
      if (members) candidate.members = members;
    }
    return candidate;
  } catch (error) {
    if (error instanceof UnusableKeyError) return { unusable: error.message };
    if (error instanceof KeyError) return error.message;
    const what = reader.label.replace(/^PEM /, '');
    const detail = error instanceof DerError ? ` (${error.message})` : '';
    return `This ${pem ? `PEM "${pemLabel(pem)}" block` : 'base64 text'} is not a valid ${what}${detail}.`;
  }
}

/** The private JWK of private-key DER, for the rules that check its parts agree; undefined when
 * it cannot be written as one (the public part was read all the same). */
function privateMembers(source: PrivateSource, der: Uint8Array): PublicJwk | undefined {
  try {
    return privateJwkFromDer(source, der);
  } catch {
    return undefined;
  }
}

function pemLabel(pem: string): string {
  return /-----BEGIN ([A-Z0-9 ]*)-----/.exec(pem)?.[1] ?? '';
}

function unknownLabel(label: string): string {
  if (label === 'ENCRYPTED PRIVATE KEY') return 'This private key is encrypted with a password; paste the public key instead.';
  if (label === 'EC PARAMETERS') return 'This EC PARAMETERS block names a curve but holds no key; paste the key block too.';
  if (label === 'OPENSSH PRIVATE KEY') return 'OpenSSH private keys are not read here; paste the public key (the .pub line), PEM or JWK.';
  return `A PEM "${label}" block is not a key this tool reads (public key, certificate or private key).`;
}

/** Bare base64 (no armor) that decodes to a SubjectPublicKeyInfo or a certificate. */
export function candidateFromBareDer(text: string): KeyParse | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 60 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  const der = decodeStdBase64(compact);
  if (der[0] !== 0x30) return undefined;
  for (const reader of [READERS['PUBLIC KEY']!, READERS.CERTIFICATE!]) {
    const result = readWith(reader, der, undefined, 0);
    if (typeof result !== 'string' && !('unusable' in result)) {
      const label = reader.source === 'x509' ? result.label : 'base64 public key';
      return { kind: result.source, candidates: [{ ...result, label }], setIssues: [] };
    }
  }
  return undefined;
}
