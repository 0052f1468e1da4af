// The NumericDate claims (RFC 7519 §2) and their raw JSON nodes.
import type { JsonMember } from '../report';
import type { RuleContext } from '../rules/types';
import { memberOf } from '../rules/context/spans';

export const TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;
export type TimeClaim = (typeof TIME_CLAIMS)[number];

export function isTimeClaim(name: string): name is TimeClaim {
  return (TIME_CLAIMS as readonly string[]).includes(name);
}

/** Each time claim of the payload that is a JSON number, with its member (raw lexeme inside). */
export function numericTimeClaims(ctx: RuleContext): { name: TimeClaim; member: JsonMember; raw: string; value: number }[] {
  const out: { name: TimeClaim; member: JsonMember; raw: string; value: number }[] = [];
  for (const name of TIME_CLAIMS) {
    const member = memberOf(ctx, 'payload', name);
    if (member?.value.type === 'number') out.push({ name, member, raw: member.value.raw, value: member.value.value });
  }
  return out;
}
