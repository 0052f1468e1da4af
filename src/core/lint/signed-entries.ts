// The headers and signatures the section C rules look at: one entry per JWS signature (one for
// compact and flattened, several for general JSON), or the lone decoded header of a token that
// did not parse as a JWS. Also: the verifying key's size or curve, when the user gave a key.
import type { KeyCandidate, RuleContext, Span } from '../types';
import { segmentAt, valueAt, memberAt } from './at';
import { ecdsaShape, type EcdsaShape } from './signature-shape';

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
    return seg && { part: name === 'signature' ? 'signature' : 'token', from: seg.from, to: seg.to };
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

/** The user's key that speaks for this signature: the one that verified, else the one whose
 * kid matches, else the only key of that type. */
export function keyFor(ctx: RuleContext, header: Record<string, unknown>, kty: KeyCandidate['kty']): KeyCandidate | undefined {
  const keys = ctx.keys.candidates.filter((c) => c.kty === kty);
  if (!keys.length) return undefined;
  const used = keys.find((c) => c.label === ctx.verdict.keyUsed);
  if (used) return used;
  if (typeof header.kid === 'string') {
    const byKid = keys.find((c) => c.kid === header.kid);
    if (byKid) return byKid;
  }
  return keys.length === 1 ? keys[0] : undefined;
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
