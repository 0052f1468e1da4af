import type { LintRule } from './types';
import { scanPayload } from '../lint/payload-scan';
import { findEmail, findPhone } from '../lint/pii';

/** OIDC standard profile claims (OIDC Core §5.1) that describe a person, by normalised name,
 * with what they hold; `email` and `phone_number` values are caught by their content too. */
const NAMES = new Map([
  ['name', "a person's name"], ['givenname', "a person's name"], ['familyname', "a person's name"],
  ['middlename', "a person's name"], ['birthdate', 'a birth date'], ['address', 'a postal address'],
  ['gender', 'a gender'], ['phonenumber', 'a phone number'],
]);

export const payloadContactPii: LintRule = {
  id: 'payload-contact-pii',
  severity: 'info',
  input: 'T',
  title: 'Personal contact data in the payload',
  explanation:
    'The readable payload carries personal data such as an e-mail address, phone number, name or birth date. ' +
    'That is normal in an ID token meant for the app itself, but an access token travels to many servers and logs.',
  references: ['RFC 7519 §11.2', 'OIDC Core §5.1'],
  check(ctx) {
    return scanPayload(ctx, {
      several: 'personal data',
      byName(_name, normal, path) {
        // Only top-level claims: `name` inside a role or group object is not a person's name.
        return path.length === 1 ? NAMES.get(normal) : undefined;
      },
      byValue(text, _where, isNumber) {
        if (isNumber) return undefined;
        if (findEmail(text)) return 'an e-mail address';
        if (findPhone(text)) return 'a phone number';
        return undefined;
      },
    });
  },
};
