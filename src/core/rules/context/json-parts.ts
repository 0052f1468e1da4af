// The decoded JSON texts the section B rules look at: the header, the payload (when it looks
// like JSON), the protected headers of further signatures in a general JSON serialization, and
// an SD-JWT's Disclosures (rules-next "When an SD-JWT is presented").
import type { DecodedJson, Span, TextSpan } from '../../report';
import { disclosureParts } from '../../sd-jwt/disclosure-parts';
import type { RuleContext } from '../types';
import { segmentAt } from './spans';

export interface JsonPart {
  /** 'header' or 'payload' when spans into it can be shown, else undefined. */
  part?: 'header' | 'payload';
  /** Word for messages: 'header', 'payload', 'header of signature #2'. */
  label: string;
  json: DecodedJson;
  /** The compact segment it was decoded from, when there is one (for a Disclosure: the
   * Disclosure in the token text). */
  segment?: Span;
  /** A Disclosure's JSON, `[salt, name, value]` or `[salt, value]`; `name` is its claim name. */
  disclosure?: { name?: string };
}

export function jsonParts(ctx: RuleContext): JsonPart[] {
  const out: JsonPart[] = [];
  const { header, payload, signatures } = ctx.token;
  if (header) out.push({ part: 'header', label: 'header', json: header, segment: segmentAt(ctx, 'header') });
  if (payload?.json) out.push({ part: 'payload', label: 'payload', json: payload.json, segment: segmentAt(ctx, 'payload') });
  signatures.forEach((s, i) => {
    if (s.protected && s.protected !== header) out.push({ label: `header of signature #${i + 1}`, json: s.protected });
  });
  for (const d of ctx.sd ? disclosureParts(ctx.sd) : []) {
    out.push({ label: d.label, json: d.json, ...(d.at ? { segment: d.at } : {}), disclosure: d.name !== undefined ? { name: d.name } : {} });
  }
  return out;
}

/** A span in a part's decoded text, or the part's segment when the text has no spans. */
export function spanIn(p: JsonPart, at: TextSpan): Span | undefined {
  return p.part ? { part: p.part, from: at.from, to: at.to } : p.segment;
}
