import type { LintRule } from './types';
import { scanPayload } from '../lint/payload-scan';
import { findIban, findSsn } from '../lint/pii';

/** Normalised member names of government or bank identifiers. */
const NAMES = new Set([
  'ssn', 'socialsecuritynumber', 'socialsecurityno', 'passport', 'passportnumber', 'passportno', 'nationalid',
  'nationalidnumber', 'nationalidentifier', 'taxid', 'taxnumber', 'taxidnumber', 'tin', 'driverslicense',
  'driverlicense', 'driverslicensenumber', 'iban',
]);

export const payloadGovId: LintRule = {
  id: 'payload-gov-id',
  severity: 'warning',
  input: 'T',
  title: 'Government or bank identifier in the payload',
  explanation:
    'The readable payload carries a social security number, IBAN, passport or tax id. ' +
    'Anyone who sees the token can read it, and such identifiers enable identity theft.',
  references: ['RFC 7519 §11.2', "OWASP JWT CS (legacy) 'Token Information Disclosure'"],
  check(ctx) {
    return scanPayload(ctx, {
      several: 'government or bank identifiers',
      byName(_name, normal) {
        return NAMES.has(normal) ? 'a government or bank identifier' : undefined;
      },
      byValue(text, _where, isNumber) {
        if (isNumber) return undefined;
        if (findSsn(text)) return 'what looks like a US social security number';
        if (findIban(text)) return 'a valid IBAN, a bank account number';
        return undefined;
      },
    });
  },
};
