import type { LintRule, RuleContext, RuleHit } from './types';
import { jsonParts, segmentAt, spanIn } from './context';
import { looksLikeCompactToken } from '../parse/nested';

/** Past this size the payload is not re-parsed to tell "JSON but not an object" from "not JSON". */
const MAX_REPARSE = 2_000_000;

export const jsonNotObject: LintRule = {
  id: 'json-not-object',
  severity: 'error',
  input: 'T',
  title: 'Header or claims are not a JSON object',
  explanation:
    'A JOSE header must be a JSON object, and so must the claims of a JWT. An array, string or number there is not a JWT; code that assumes an object may crash or silently skip its checks.',
  references: ['RFC 7515 §4', 'RFC 7519 §7.2 step 10'],
  check(ctx) {
    const out: RuleHit[] = [];
    for (const p of jsonParts(ctx)) {
      const node = p.json.node;
      // A Disclosure is an array by design; its shape is sd-disclosure-malformed's.
      if (p.json.error || !node || node.type === 'object' || p.disclosure) continue;
      out.push({ message: `The ${p.label} is a JSON ${node.type}, not an object.`, at: spanIn(p, node.span) });
    }
    const payload = nonJsonPayload(ctx);
    if (payload) out.push(payload);
    return out;
  },
};

/** A payload the parser did not take for JSON: a bare JSON scalar (error), or other content. */
function nonJsonPayload(ctx: RuleContext): RuleHit | undefined {
  const p = ctx.token.payload;
  if (ctx.token.kind === 'jwe' || ctx.token.kind === 'malformed' || !p || p.json || p.detached || p.bytes.length === 0) {
    return undefined;
  }
  const at = segmentAt(ctx, 'payload');
  const text = p.text?.trim();
  if (text !== undefined && looksLikeCompactToken(text)) return undefined; // a nested token (cty-nested-jwt)
  if (text !== undefined && text.length <= MAX_REPARSE && isJson(text)) {
    return { message: 'The payload is a bare JSON value, not an object of claims.', at };
  }
  const what = text === undefined ? 'binary data' : 'text that is not JSON';
  return { message: `The payload is ${what}, so this is a signed blob rather than a JWT with claims.`, severity: 'warning', at };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
