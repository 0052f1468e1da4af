import type { LintRule, RuleContext } from './types';
import { memberAt, segmentSpan } from './context';
import { ivTagProblem } from '../decrypt/limits';

export const jweIvTagLength: LintRule = {
  id: 'jwe-iv-tag-length',
  severity: 'error',
  input: 'T',
  title: 'JWE IV or tag of the wrong length',
  explanation:
    'Each `enc` fixes the IV and authentication-tag sizes (AES-GCM: 12-byte IV, 16-byte tag; AES-CBC-HMAC: 16-byte IV and a tag half the HMAC). ' +
    'A shorter tag is a truncated-tag forgery: WebCrypto\'s AES-GCM accepts tags down to 4 bytes, so a decrypter that takes the length from the token checks almost nothing. The app does not decrypt such a token.',
  references: ['RFC 7518 §4.7.1', 'RFC 7518 §5.2.2.1', 'RFC 7518 §5.2.3-§5.2.5', 'RFC 7518 §5.3', 'WP json_web_encryption_test.json #4-#8, #24-#27, #63-#65'],
  check(ctx) {
    const problem = ivTagProblem(ctx.token, ctx.header);
    if (!problem) return [];
    return [{ message: `${problem} A decrypter must reject it.`, at: tagAt(ctx) ?? memberAt(ctx, 'header', 'enc') }];
  },
};

/** The JWE authentication-tag segment. */
export function tagAt(ctx: RuleContext) {
  const tag = ctx.token.segments.find((s) => s.name === 'tag');
  return tag && segmentSpan(tag);
}
