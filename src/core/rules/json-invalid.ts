import type { LintRule } from './types';
import { jsonParts, spanIn } from './context';
import { lowerFirst } from '../text';

export const jsonInvalid: LintRule = {
  id: 'json-invalid',
  severity: 'error',
  input: 'T',
  title: 'Header or payload is not valid JSON',
  explanation:
    'The header or payload does not decode to exactly one complete JSON value: a syntax error, a truncated text or extra data after the value. Strict and lenient parsers then read different things, and what the issuer meant cannot be known.',
  references: ['RFC 7519 §7.2 steps 3-5, 10', 'RFC 7515 §10.12'],
  check(ctx) {
    return jsonParts(ctx).flatMap((p) => {
      const error = p.json.error;
      if (!error) return [];
      const from = Math.max(0, Math.min(error.offset, p.json.text.length));
      const to = Math.min(from + 1, p.json.text.length);
      return [
        {
          message: `The ${p.label} is not valid JSON (${lowerFirst(error.message.replace(/\.$/, ''))}).`,
          at: spanIn(p, { from, to }),
        },
      ];
    });
  },
};

