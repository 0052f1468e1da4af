// Spans for findings: where a header or payload member, the signature or a segment lies.
import type { Segment } from '../../parse/types';
import type { JsonMember, JsonNode, Severity, Span } from '../../report';
import type { RuleContext, RuleHit } from '../types';

/** The member `name` of the root object of the header or payload (last one wins, as JSON.parse). */
export function memberOf(ctx: RuleContext, part: 'header' | 'payload', name: string): JsonMember | undefined {
  const node = rootOf(ctx, part);
  if (node?.type !== 'object') return undefined;
  let found: JsonMember | undefined;
  for (const m of node.members) if (m.name === name) found = m;
  return found;
}

export function rootOf(ctx: RuleContext, part: 'header' | 'payload'): JsonNode | undefined {
  return part === 'header' ? ctx.token.header?.node : ctx.token.payload?.json?.node;
}

/** Span of a whole member (name and value) of the header or payload, when it exists. */
export function memberAt(ctx: RuleContext, part: 'header' | 'payload', name: string): Span | undefined {
  const m = memberOf(ctx, part, name);
  return m ? { part, from: m.span.from, to: m.span.to } : undefined;
}

/** Span of just the value of a member. */
export function valueAt(ctx: RuleContext, part: 'header' | 'payload', name: string): Span | undefined {
  const m = memberOf(ctx, part, name);
  return m ? { part, from: m.value.span.from, to: m.value.span.to } : undefined;
}

/** Span of a compact segment in the token text (Extraction.text). */
export function segmentAt(ctx: RuleContext, name: 'header' | 'payload' | 'signature'): Span | undefined {
  const s = ctx.token.segments.find((seg) => seg.name === name);
  return s && segmentSpan(s);
}

/** The whole token text. */
export function tokenAt(ctx: RuleContext): Span {
  return { part: 'token', from: 0, to: ctx.token.text.length };
}

/** Span of a compact segment in the token text. */
export function segmentSpan(s: Segment): Span {
  return { part: s.name === 'signature' ? 'signature' : 'token', from: s.from, to: s.to };
}

/** The opening brace of the payload object: where a missing claim would go. */
export function payloadStartAt(ctx: RuleContext): Span | undefined {
  const node = ctx.token.payload?.json?.node;
  return node?.type === 'object' ? { part: 'payload', from: node.span.from, to: node.span.from + 1 } : undefined;
}

/** A hit with an optional span, without `at: undefined` noise. */
export function hitAt(message: string, at: Span | undefined, severity?: Severity): RuleHit {
  return { message, ...(severity ? { severity } : {}), ...(at ? { at } : {}) };
}
