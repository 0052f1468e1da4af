import type { LintRule } from '../types';
import { claimName, scanPayload } from '../lint/payload-scan';
import { findEmail, findPhone } from '../lint/pii';

/** OIDC standard profile claims (OIDC Core §5.1) that describe a person; `email` and
 * `phone_number` values are caught by their content. */
const NAMES = new Set([
  'name', 'givenname', 'familyname', 'middlename', 'birthdate', 'address', 'gender', 'phonenumber',
]);

export const payloadContactPii: LintRule = {
  id: 'payload-contact-pii',
  severity: 'info',
  title: 'Personal contact data in the payload',
  explanation:
    'The readable payload carries personal data such as an e-mail address, phone number, name or birth date. ' +
    'That is normal in an ID token meant for the app itself, but an access token travels to many servers and logs.',
  references: ['RFC 7519 §11.2', 'OIDC Core §5.1'],
  check(ctx) {
    return scanPayload(ctx, {
      byName(name, normal, path) {
        // Only top-level claims: `name` inside a role or group object is not a person's name.
        if (path.length !== 1 || !NAMES.has(normal)) return undefined;
        return `Claim "${name}" is personal data, readable by anyone who sees the token.`;
      },
      byValue(text, where, isNumber) {
        if (isNumber) return undefined;
        if (findEmail(text)) return `${claimName(where)} contains an e-mail address, readable by anyone who sees the token.`;
        if (findPhone(text)) return `${claimName(where)} contains a phone number, readable by anyone who sees the token.`;
        return undefined;
      },
    });
  },
};
