import type { LintRule } from './types';
import { tokenAt } from './context';
import { groupDigits } from '../claims/words';

const INFO_ABOVE = 4096;
const WARN_ABOVE = 8192;

export const tokenSizeLarge: LintRule = {
  id: 'token-size-large',
  severity: 'info',
  input: 'T',
  title: 'Very large token',
  explanation:
    'Browsers only guarantee about 4 KB per cookie and many servers cap header sizes near 8 KB, so a token this large may be cut off or rejected. Large tokens also hint at stuffed payloads and cost every request bandwidth.',
  references: ['RFC 6265 §6.1'],
  check(ctx) {
    const { token } = ctx;
    if (token.serialization !== 'compact' || token.jsonSerialization || token.kind === 'malformed') return [];
    const length = token.text.length;
    if (length <= INFO_ABOVE) return [];
    const over = length > WARN_ABOVE;
    return [
      {
        message: `The token is ${groupDigits(length)} characters, over the ${over ? '8 KB many servers allow in a header' : '4 KB a cookie can hold'}.`,
        severity: over ? 'warning' : 'info',
        at: tokenAt(ctx),
      },
    ];
  },
};
