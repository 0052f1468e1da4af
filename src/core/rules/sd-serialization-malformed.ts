import type { LintRule } from './types';
import { memberAt } from './context';
import { sdTypWithoutTilde } from '../sd-jwt';
import { tokenAt } from '../sd-jwt/rule-parts';

export const sdSerializationMalformed: LintRule = {
  id: 'sd-serialization-malformed',
  severity: 'error',
  input: 'T',
  title: 'SD-JWT parts do not follow the format',
  explanation:
    'An SD-JWT is `<issuer-signed JWT>~<Disclosure>~…~` with an optional Key Binding JWT after the last `~`. ' +
    'An empty part, a missing final `~` or a misplaced `disclosures` member makes verifiers disagree on where the presentation ends.',
  references: ['RFC 9901 §4', 'RFC 9901 §4.1', 'RFC 9901 §7.1', 'RFC 9901 §8.1', 'RFC 9901 §8.3'],
  check(ctx) {
    if (ctx.sd) return ctx.sd.split.problems.map((p) => ({ message: p.message, ...(p.severity ? { severity: p.severity } : {}), ...(tokenAt(p.from, p.to) ? { at: tokenAt(p.from, p.to)! } : {}) }));
    if (ctx.token.serialization !== 'compact' || !sdTypWithoutTilde(ctx.extraction.text, ctx.header?.typ)) return [];
    return [
      {
        message: `\`typ\` ${JSON.stringify(ctx.header!.typ)} names an SD-JWT, but there is no \`~\`: the Disclosures and the final \`~\` are missing.`,
        severity: 'warning',
        at: memberAt(ctx, 'header', 'typ'),
      },
    ];
  },
};
