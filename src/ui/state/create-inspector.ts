// What the user typed: token, key, secret encoding, detached payload, the "as of" time, the
// leeway, the PBES2 iteration cap and the Related token. Every change goes as one input to
// `inspect` (the transport, ../inspect/transport.ts), which runs it and holds the answers.
import { createSignal, createEffect, type Accessor } from 'solid-js';
import type { InspectInput, SecretEncoding, WeakSecretHit } from '../../core/index';

export interface Inspector {
  token: Accessor<string>;
  setToken: (v: string) => void;
  key: Accessor<string>;
  setKey: (v: string) => void;
  encoding: Accessor<SecretEncoding>;
  setEncoding: (v: SecretEncoding) => void;
  /** Detached content (RFC 7515 App. F) for a token that carries no payload, as text. */
  payload: Accessor<string>;
  setPayload: (v: string) => void;
  /** The "as of" time in unix seconds, or null to follow the browser clock. */
  asOf: Accessor<number | null>;
  setAsOf: (v: number | null) => void;
  leeway: Accessor<number>;
  setLeeway: (v: number) => void;
  /** The PBES2 iteration cap for decrypting (undefined: the core's default). */
  maxPbes2Count: Accessor<number | undefined>;
  setMaxPbes2Count: (v: number | undefined) => void;
  /** The Related token (rules-next M): in memory only, never stored. */
  related: Accessor<string>;
  setRelated: (v: string) => void;
  /** What the Verifier expects in an SD-JWT's Key Binding JWT (InspectInput.expectedAudience /
   * expectedNonce): in memory only, never stored. */
  expectedAudience: Accessor<string>;
  setExpectedAudience: (v: string) => void;
  expectedNonce: Accessor<string>;
  setExpectedNonce: (v: string) => void;
  /** A weak secret the background check found for the token `text` (the pasted text); inspected
   * with that token only (InspectInput.weakSecret). */
  setFoundSecret: (text: string, hit: WeakSecretHit) => void;
}

/** The input state; each change is handed to `inspect` (without `now` while following the
 * browser clock). */
export function createInspector(inspect: (input: InspectInput) => void): Inspector {
  const [token, setToken] = createSignal('');
  const [key, setKey] = createSignal('');
  const [encoding, setEncoding] = createSignal<SecretEncoding>('auto');
  const [payload, setPayload] = createSignal('');
  const [asOf, setAsOf] = createSignal<number | null>(null);
  const [leeway, setLeeway] = createSignal(60);
  const [maxPbes2Count, setMaxPbes2Count] = createSignal<number | undefined>(undefined);
  const [related, setRelated] = createSignal('');
  const [expectedAudience, setExpectedAudience] = createSignal('');
  const [expectedNonce, setExpectedNonce] = createSignal('');
  const [found, setFound] = createSignal<{ text: string; hit: WeakSecretHit }>();
  createEffect(() => {
    const at = asOf();
    const hit = found();
    inspect({
      token: token(),
      key: key() || undefined,
      secretEncoding: encoding(),
      ...(payload() ? { payload: payload() } : {}),
      ...(at === null ? {} : { now: at }),
      leeway: leeway(),
      ...(maxPbes2Count() === undefined ? {} : { maxPbes2Count: maxPbes2Count() }),
      ...(related().trim() ? { related: related() } : {}),
      ...(expectedAudience().trim() ? { expectedAudience: expectedAudience().trim() } : {}),
      ...(expectedNonce().trim() ? { expectedNonce: expectedNonce().trim() } : {}),
      ...(hit && hit.text === token() ? { weakSecret: hit.hit } : {}),
    });
  });

  return {
    token,
    setToken,
    key,
    setKey,
    encoding,
    setEncoding,
    payload,
    setPayload,
    asOf,
    setAsOf,
    leeway,
    setLeeway: (v) => setLeeway(Number.isFinite(v) && v >= 0 ? v : 0),
    maxPbes2Count,
    setMaxPbes2Count,
    related,
    setRelated,
    expectedAudience,
    setExpectedAudience,
    expectedNonce,
    setExpectedNonce,
    setFoundSecret: (text, hit) => setFound({ text, hit }),
  };
}
