import type { LintRule } from '../types';
import { claimName, scanPayload } from '../lint/payload-scan';
import { findCardNumber } from '../lint/pii';

export const payloadCardNumber: LintRule = {
  id: 'payload-card-number',
  severity: 'error',
  title: 'Payment card number in the payload',
  explanation:
    'A value in the readable payload looks like a real payment card number (right length, card network prefix, valid check digit). ' +
    'Card numbers must never be stored or sent in clear text.',
  references: ['PCI DSS v4.0 Req. 3.4-3.5', 'RFC 7519 §11.2'],
  check(ctx) {
    return scanPayload(ctx, {
      byValue(text, where) {
        const card = findCardNumber(text);
        if (!card) return undefined;
        return `${claimName(where)} contains what looks like a card number (ending ${card.replace(/\D/g, '').slice(-4)}), readable by anyone who sees the token.`;
      },
    });
  },
};
