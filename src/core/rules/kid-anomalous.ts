import type { LintRule } from './types';
import { memberAt, valueAt } from './context';

const MAX_LENGTH = 256;

export const kidAnomalous: LintRule = {
  id: 'kid-anomalous',
  severity: 'warning',
  input: 'T',
  title: 'Odd kid value',
  explanation:
    'The `kid` is empty, not a string, very long, or contains control characters. ' +
    'Blank kids trigger fallback key choices in some verifiers (jwt_tool signs blank-kid tokens with a null key), and control characters end up in logs where they can forge entries.',
  references: ['RFC 7515 §4.1.4 (string)'],
  check(ctx) {
    if (!ctx.header || !Object.hasOwn(ctx.header, 'kid')) return [];
    const kid = ctx.header.kid;
    const at = valueAt(ctx, 'header', 'kid') ?? memberAt(ctx, 'header', 'kid');
    let problem: string | undefined;
    if (typeof kid !== 'string') problem = `is ${kid === null ? 'null' : `a ${Array.isArray(kid) ? 'array' : typeof kid}`}, not a string`;
    else if (kid === '') problem = 'is empty';
    else if (kid.length > MAX_LENGTH) problem = `is ${kid.length} characters long (over ${MAX_LENGTH})`;
    // eslint-disable-next-line no-control-regex
    else if (/[\x00-\x1f\x7f]/.test(kid)) problem = 'contains control characters (newline, tab, NUL…)';
    return problem ? [{ message: `The header's \`kid\` ${problem}.`, at }] : [];
  },
};
