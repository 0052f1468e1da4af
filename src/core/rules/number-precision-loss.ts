import type { Severity } from '../report';
import type { LintRule, RuleHit } from './types';
import { hitsOver, normalName } from '../lint/value-walk';
import { lexemeFacts, parsedAs } from '../lint/number-lexeme';
import { isTimeClaim } from '../lint/time-claims';

/** Member names that identify a user or account: a rounded value names someone else. */
const ID_NAMES = new Set(['sub', 'id', 'uid', 'userid', 'oid', 'accountid', 'customerid', 'memberid', 'subjectid']);

export const numberPrecisionLoss: LintRule = {
  id: 'number-precision-loss',
  severity: 'warning',
  input: 'T',
  title: 'Number too large or precise for JavaScript',
  explanation:
    'Most JSON parsers store numbers as 64-bit floats, which hold integers exactly only up to 2^53 - 1 and about 17 significant digits. ' +
    'Larger values are silently rounded: two user ids can collapse into one, and some backends clamp a huge `exp` to "never expires".',
  references: ['RFC 8259 §6', 'RFC 7493 §2.2', 'libjwt issue #283'],
  check(ctx) {
    if (ctx.token.kind === 'malformed') return [];
    return hitsOver(ctx, ['header', 'payload'], (item, part) => {
      if (item.kind !== 'number') return undefined;
      const name = item.path.length ? item.path[item.path.length - 1]! : '';
      const timeClaim = part === 'payload' && item.path.length === 1 && isTimeClaim(name);
      const userId = part === 'payload' && ID_NAMES.has(normalName(name));
      return judge(item.raw, item.value, name, timeClaim, userId);
    });
  },
};

function judge(raw: string, value: number, name: string, timeClaim: boolean, userId: boolean): RuleHit | undefined {
  const f = lexemeFacts(raw, value);
  const label = name ? `\`${name}\`` : 'A number';
  if (timeClaim && f.beyondInt64) {
    return hit('error', `${label} ${raw} is beyond the 64-bit integer range; some backends clamp it to "never expires".`);
  }
  if (f.unsafeInteger || f.tooManyDigits) {
    const severity: Severity = userId ? 'error' : 'warning';
    const shown = parsedAs(value);
    const change = shown === raw ? 'loses precision' : `becomes ${shown}`;
    return hit(severity, `${label} ${raw} ${change} in JavaScript and other float-based parsers${userId ? ', so it can name a different user' : ''}.`);
  }
  if (timeClaim && f.exponent) {
    return hit('warning', `${label} is written in exponent form (${raw}); integer-only time parsers reject or misread it.`);
  }
  return undefined;
}

function hit(severity: Severity, message: string): RuleHit {
  return { severity, message };
}
