// The header text to sign: one JSON object (read with our own parser, for the place it breaks)
// with a string "alg" that this build can sign with. The text itself is never re-serialised.
import { parseJsonText } from '../parse/json';
import { isNoneAlg, jwsAlgorithmOf, type AlgorithmInfo } from '../algorithms';
import type { SignResult } from '../report';

export type SignError = Extract<SignResult, { ok: false }>['error'];

export type HeaderRead = { alg: string; info?: AlgorithmInfo } | { error: SignError };

/** The header's alg and its table entry (undefined for "none" in any form: an empty signature). */
export function readHeader(text: string): HeaderRead {
  const json = parseJsonText(text);
  if (json.error || !json.node) {
    const offset = Math.min(json.error?.offset ?? 0, text.length);
    return {
      error: {
        code: 'header-invalid-json',
        message: `The header is not JSON: ${json.error?.message ?? 'it is empty.'}`,
        at: { part: 'header', from: offset, to: Math.min(offset + 1, text.length) },
      },
    };
  }
  const node = json.node;
  if (node.type !== 'object') {
    return {
      error: {
        code: 'header-not-object',
        message: `The header must be a JSON object ({ … }), not ${node.type === 'array' ? 'an array' : `a ${node.type}`}.`,
        at: { part: 'header', ...node.span },
      },
    };
  }
  // The last "alg" wins, as in JSON.parse and in the verifier's reading of the same token.
  const member = node.members.filter((m) => m.name === 'alg').at(-1);
  if (!member || member.value.type !== 'string') {
    return {
      error: {
        code: 'alg-missing',
        message: member ? 'The header\'s "alg" must be a string such as "ES256".' : 'The header has no "alg"; add one such as "alg": "ES256".',
        at: { part: 'header', ...(member ? member.value.span : node.span) },
      },
    };
  }
  const alg = member.value.value;
  if (isNoneAlg(alg)) return { alg };
  const info = jwsAlgorithmOf(alg);
  if (!info?.can.sign) {
    return {
      error: {
        code: 'alg-unsupported',
        message: info
          ? `This build cannot sign ${alg} yet.`
          : `"${alg}" is not a JWS signature algorithm this tool signs with (HS*, RS*, PS*, ES*, ES256K, EdDSA, Ed25519, Ed448 or none).`,
        at: { part: 'header', ...member.value.span },
      },
    };
  }
  return { alg, info };
}
