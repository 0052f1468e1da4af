import type { LintRule } from './types';
import { memberAt } from './context';
import { mediaType } from '../lint/typ';

/** Content types that keep the payload inside the JOSE/JSON world. */
function isExpected(cty: string): boolean {
  return cty === 'jwt' || cty === 'json' || cty === 'jose' || cty.endsWith('+json') || cty.endsWith('+jwt');
}

export const ctyUnusual: LintRule = {
  id: 'cty-unusual',
  severity: 'warning',
  input: 'T',
  title: 'Unusual content type (`cty`)',
  explanation:
    '`cty` tells the receiver how to parse the payload. A value such as XML or a serialized Java object steers ' +
    'the server into another parser, which opens the door to XXE or deserialization attacks.',
  references: ['RFC 7515 §4.1.10', "PS:jwt 'Other interesting JWT header parameters'"],
  check(ctx) {
    if (!ctx.header || !Object.hasOwn(ctx.header, 'cty')) return [];
    const raw = ctx.header.cty;
    const cty = mediaType(raw);
    if (cty !== undefined && isExpected(cty)) return [];
    return [
      {
        message:
          cty === undefined
            ? '`cty` is not a string.'
            : `\`cty\` "${String(raw)}" asks the server to parse the payload as something other than JSON or a JWT.`,
        at: memberAt(ctx, 'header', 'cty'),
      },
    ];
  },
};
