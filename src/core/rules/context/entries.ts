// The headers and signatures the section C rules look at: one entry per JWS signature (one for
// compact and flattened, several for general JSON), or the lone decoded header of a token that
// did not parse as a JWS; and the signature a rule about the user's key judges (signedAlg,
// hmacEntry).
import { algorithmOf, type AlgorithmInfo } from '../../algorithms';
import { isHmacAlg, type HmacAlg } from '../../secrets/hmac-matcher';
import type { JwsSignatureEntry } from '../../parse/types';
import type { Span } from '../../report';
import type { RuleContext } from '../types';
import { segmentAt, segmentSpan, valueAt, memberAt } from './spans';
import { ecdsaShape, type EcdsaShape } from '../../lint/signature-shape';

export interface SignedEntry {
  header: Record<string, unknown>;
  alg: unknown;
  /** Decoded signature bytes (empty when there is no signature). */
  bytes: Uint8Array;
  /** Signature text as written (base64url). */
  raw: string;
  /** Span of the signature, when it can be pointed at. */
  sigAt?: Span;
  /** Span of the alg value (or the header segment when alg is absent). */
  algAt?: Span;
  /** '' for a single signature, 'Signature #2: ' and so on for general JSON. */
  prefix: string;
}

/** Signed entries of a JWS or unsecured token (none for JWE and malformed tokens). */
export function signedEntries(ctx: RuleContext): SignedEntry[] {
  const { kind, signatures } = ctx.token;
  if (kind !== 'jws' && kind !== 'unsecured') return [];
  const many = signatures.length > 1;
  // General JSON: the parser lists a header and a signature segment per signature, in order.
  const nth = (name: 'header' | 'signature', i: number): Span | undefined => {
    const seg = ctx.token.segments.filter((x) => x.name === name)[i];
    return seg && segmentSpan(seg);
  };
  return signatures.map((e, i) => ({
    header: e.header,
    alg: e.header.alg,
    bytes: e.signature,
    raw: e.signatureRaw,
    sigAt: nth('signature', i),
    algAt: i === 0 ? algSpan(ctx) : nth('header', i),
    prefix: many ? `Signature #${i + 1}: ` : '',
  }));
}

/** Headers whose `alg` the alg rules judge: every signed entry, or the decoded header of a
 * malformed token (its `alg` is still worth a word). JWE headers are left to section K. */
export function algHeaders(ctx: RuleContext): SignedEntry[] {
  const signed = signedEntries(ctx);
  if (signed.length) return signed;
  if (ctx.token.kind !== 'malformed' || !ctx.header) return [];
  const sig = ctx.token.segments.find((s) => s.name === 'signature');
  return [
    {
      header: ctx.header,
      alg: ctx.header.alg,
      bytes: sig?.bytes ?? new Uint8Array(),
      raw: sig?.raw ?? '',
      sigAt: segmentAt(ctx, 'signature'),
      algAt: algSpan(ctx),
      prefix: '',
    },
  ];
}

function algSpan(ctx: RuleContext): Span | undefined {
  return valueAt(ctx, 'header', 'alg') ?? memberAt(ctx, 'header', 'alg') ?? segmentAt(ctx, 'header');
}

/** Printable form of an alg value for messages. */
export function showAlg(alg: unknown): string {
  return typeof alg === 'string' ? JSON.stringify(alg) : String(JSON.stringify(alg) ?? alg);
}

/** Signed entries whose alg is ES*, with their hand-parsed signature. */
export function ecdsaEntries(ctx: RuleContext): { entry: SignedEntry; shape: EcdsaShape }[] {
  const out: { entry: SignedEntry; shape: EcdsaShape }[] = [];
  for (const entry of signedEntries(ctx)) {
    const shape = entry.raw === '' ? undefined : ecdsaShape(entry.alg, entry.bytes);
    if (shape) out.push({ entry, shape });
  }
  return out;
}

/** The token's signed entry and its alg facts, for JWS tokens with a registered alg. */
export function signedAlg(ctx: RuleContext): { entry: JwsSignatureEntry; info: AlgorithmInfo } | undefined {
  const entry = ctx.token.kind === 'jws' ? ctx.token.signatures[0] : undefined;
  const info = entry ? algorithmOf(entry.header.alg) : undefined;
  return entry && info && info.family !== 'none' ? { entry, info } : undefined;
}

/** The first HS* signature of a JWS. */
export function hmacEntry(ctx: RuleContext): { entry: JwsSignatureEntry; alg: HmacAlg } | undefined {
  if (ctx.token.kind !== 'jws') return undefined;
  for (const entry of ctx.token.signatures) {
    const alg = entry.header.alg;
    if (isHmacAlg(alg)) return { entry, alg };
  }
  return undefined;
}
