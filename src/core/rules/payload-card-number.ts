import type { LintRule } from './types';
import { scanPayload } from '../lint/payload-scan';
import { findCardNumber } from '../lint/pii';

export const payloadCardNumber: LintRule = {
  id: 'payload-card-number',
  severity: 'error',
  input: 'T',
  title: 'Payment card number in the payload',
  explanation:
    'A value in the readable payload looks like a real payment card number (right length, card network prefix, valid check digit). ' +
    'Card numbers must never be stored or sent in clear text.',
  references: ['PCI DSS v4.0 Req. 3.4-3.5', 'RFC 7519 §11.2'],
  check(ctx) {
    return scanPayload(ctx, {
      several: 'what look like card numbers',
      byValue(text) {
        const card = findCardNumber(text);
        return card ? `what looks like a card number ending ${card.replace(/\D/g, '').slice(-4)}` : undefined;
      },
    });
  },
};
