import type { LintRule, RuleHit } from './types';
import { memberAt } from './context';
import { REGISTERED_HEADER_PARAMS } from '../lint/registry';

/** Unprotected header parameters of an SD-JWT in JWS JSON serialization (RFC 9901 §8.1). They
 * are defined there, not in the IANA registry, and every SD-JWT verifier reads them. */
const SD_JWT_JSON_PARAMS = new Set(['disclosures', 'kb_jwt']);

export const headerUnregisteredParams: LintRule = {
  id: 'header-unregistered-params',
  severity: 'info',
  input: 'T',
  title: 'Unregistered header parameter',
  explanation:
    'The header carries parameters that are not in the IANA JOSE registry. Verifiers usually ignore them silently, ' +
    'so anything they are meant to enforce is probably not enforced.',
  references: ['RFC 7515 §4.3', 'RFC 7515 §5.2 step 5'],
  check(ctx) {
    const header = ctx.header;
    if (!header) return [];
    const out: RuleHit[] = [];
    for (const name of Object.keys(header)) {
      if (REGISTERED_HEADER_PARAMS.has(name)) continue;
      if (ctx.sd?.split.serialization === 'json' && SD_JWT_JSON_PARAMS.has(name)) continue;
      out.push({
        message: `Header parameter "${name}" is not registered; most verifiers will ignore it.`,
        at: memberAt(ctx, 'header', name),
      });
    }
    return out;
  },
};
