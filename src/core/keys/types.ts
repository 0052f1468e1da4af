// What reading the key text makes (internal to the core): candidate keys with their bytes. The
// Report describes them without the bytes (report.ts KeyView).
import type { ConcreteEncoding, KeyReport, KeyView } from '../report';

/** A shared secret read one way: the encoding and the bytes it gives. */
export interface SecretReading {
  encoding: ConcreteEncoding;
  bytes: Uint8Array;
}

/** A key read from the key text, with the bytes verification needs; the Report shows it as a
 * KeyView (the same facts, with secrets described and no bytes). */
export interface KeyCandidate extends Omit<KeyView, 'secrets'> {
  /** HMAC key bytes per encoding tried; for a secret text with encoding 'auto' there are several. */
  secrets?: SecretReading[];
  /** With a fixed encoding: the same text read in the other valid encodings, used only to say
   * "it does verify if read as base64"; never used to call a signature valid. */
  otherReadings?: SecretReading[];
  /** DER of the SPKI (asymmetric), for alg-confusion checks. */
  spki?: Uint8Array;
  /** Original PEM text as pasted (one block), for alg-confusion serializations. */
  pem?: string;
  /** The OpenSSH public key line as pasted (one line), for alg-confusion serializations. */
  sshLine?: string;
  /** DER of the certificate when the key came from one. */
  certificate?: Uint8Array;
  /** The key's JWK members as pasted (private ones and `x5c`, `use`, `key_ops` included), or for
   * a private PEM key the private JWK read from its DER: what the rules on the key itself read
   * (rules-next O). Never copied into the Report. */
  members?: Readonly<Record<string, unknown>>;
  /** An AKP private JWK whose `pub` is not the key ML-DSA.KeyGen derives from its `priv` seed:
   * why, in one sentence (worked out while reading, as ML-DSA loads asynchronously). */
  seedMismatch?: string;
}

/** What the key text was read as (KeyReport with the candidates' bytes). */
export interface KeyParse extends Omit<KeyReport, 'candidates'> {
  candidates: KeyCandidate[];
}
