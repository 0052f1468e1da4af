// What the Related token was checked against, for the report and the verdict (rules-next M).
import { dpopPair } from './pair';
import type { Finding, RelatedCheck } from '../report';
import type { RuleContext } from '../rules/types';

const PAIR_RULES: Record<RelatedCheck['pair'], readonly string[]> = {
  dpop: ['dpop-ath-mismatch', 'dpop-jkt-mismatch'],
  'id-token': ['idt-token-hash'],
};

const HASH_CLAIMS = ['at_hash', 'c_hash', 's_hash'];

/** The pair the token and the Related token form, and whether the pair's rules found them
 * bound (no error or warning; an info such as "opaque token, cnf.jkt not read" does not count). */
export function relatedCheck(ctx: RuleContext, findings: Finding[]): RelatedCheck | undefined {
  if (ctx.related === undefined) return undefined;
  const idToken = !ctx.profile.dpop && HASH_CLAIMS.some((name) => typeof ctx.payload?.[name] === 'string');
  const pair: RelatedCheck['pair'] | undefined = dpopPair(ctx) ? 'dpop' : idToken ? 'id-token' : undefined;
  if (!pair) return undefined;
  const against = findings.filter((f) => !f.path?.length && PAIR_RULES[pair].includes(f.rule) && f.severity !== 'info');
  return { pair, bound: against.length === 0 };
}
