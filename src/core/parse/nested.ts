// Tokens inside tokens: a payload under `cty: JWT`, and claim values that are compact JWTs.
import type { ParsedToken } from './types';

const COMPACT_JWT = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
const COMPACT_JWE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

export interface NestedToken {
  /** 'payload' for a cty JWT payload, 'claim:<name>' (dotted for deeper members) for a claim. */
  path: string;
  text: string;
}

/** How deep claims are searched, and how many tokens are taken at most. */
const MAX_DEPTH = 8;
const MAX_FOUND = 16;

export function looksLikeCompactToken(text: string): boolean {
  return text.length < 2_000_000 && text.startsWith('eyJ') && (COMPACT_JWT.test(text) || COMPACT_JWE.test(text));
}

export function findNestedTokens(token: ParsedToken, payload: Record<string, unknown> | undefined): NestedToken[] {
  if (token.kind === 'malformed' || token.kind === 'jwe') return [];
  const found: NestedToken[] = [];
  const text = token.payload?.text?.trim();
  if (text !== undefined && !token.payload?.json && looksLikeCompactToken(text)) {
    found.push({ path: 'payload', text });
  }
  if (payload) collect(payload, [], found, 0);
  return found;
}

/** `names` is one shared stack (pushed and popped around each child), so a 20,000-item array
 * costs no array per item; a path is joined only for a value that is a token. Array indexes
 * stay numbers until then (no string per item). */
function collect(value: unknown, names: (string | number)[], out: NestedToken[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_FOUND) return;
  if (typeof value === 'string') {
    noteToken(value, names, out);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // Only strings and containers can hold a token; numbers, booleans and null are skipped.
      if (typeof item !== 'string' && (typeof item !== 'object' || item === null)) continue;
      names.push(i);
      // A string, the common item, is looked at here rather than by a call one level down.
      if (typeof item !== 'string') collect(item, names, out, depth + 1);
      else if (depth < MAX_DEPTH && out.length < MAX_FOUND) noteToken(item, names, out);
      names.pop();
    }
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      names.push(k);
      collect(v, names, out, depth + 1);
      names.pop();
    }
  }
}

/** Take `text` when it is a claim (not the payload itself) that looks like a compact token. */
function noteToken(text: string, names: readonly (string | number)[], out: NestedToken[]): void {
  if (names.length && looksLikeCompactToken(text)) out.push({ path: `claim:${names.join('.')}`, text });
}
