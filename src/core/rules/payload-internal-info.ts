import type { LintRule } from './types';
import { preview } from '../lint/value-walk';
import { internalInfoKind } from '../lint/internal-info';
import { scanPayload } from '../lint/payload-scan';
import { probeTarget } from '../lint/probe-url';

export const payloadInternalInfo: LintRule = {
  id: 'payload-internal-info',
  severity: 'info',
  input: 'T',
  title: 'Internal infrastructure details in the payload',
  explanation:
    'The readable payload reveals internal details: private IP addresses, internal host names, server paths, database connection strings or stack traces. ' +
    'Anyone holding the token learns how the backend is laid out.',
  references: ["OWASP JWT CS (legacy) 'Token Information Disclosure'"],
  check(ctx) {
    return scanPayload(ctx, {
      several: 'internal infrastructure details',
      byValue(text, _where, isNumber) {
        // URLs a server would fetch from an internal address are param-url-probe's (a warning).
        if (isNumber || probeTarget(text)) return undefined;
        const kind = internalInfoKind(text);
        return kind ? `${kind} in "${preview(text, 48)}"` : undefined;
      },
    });
  },
};
