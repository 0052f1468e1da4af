import type { LintRule } from './types';
import { preview } from '../lint/value-walk';
import { scanPayload } from '../lint/payload-scan';

/** Normalised member names (lower case, no `_`/`-`) that hold credentials. */
const NAMES = new Set([
  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'clientsecret', 'apikey', 'privatekey',
  'refreshtoken', 'accesstoken', 'session', 'sessionid', 'sessiontoken', 'cookie',
]);
const SUFFIXES = ['password', 'passwd', 'secret', 'secretkey', 'apikey', 'privatekey'];

/** Value shapes of well-known credentials. */
const PATTERNS: [string, RegExp][] = [
  ['a private key', /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/],
  ['an AWS access key id', /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/],
  ['a GitHub token', /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})/],
  ['a Slack token', /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/],
  ['a Google API key', /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}/],
  ['a Stripe live secret key', /(?<![A-Za-z0-9])[sr]k_live_[0-9A-Za-z]{16,}/],
  ['another JWT', /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/],
];

/** A literal every pattern above needs (case-sensitive, as they are): a value with none of
 * them is not tested against each pattern. */
const ANY_PATTERN = /PRIVATE KEY-----|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposr]-|AIza|k_live_|eyJ/;

export const payloadCredential: LintRule = {
  id: 'payload-credential',
  severity: 'error',
  input: 'T',
  title: 'Credential in the payload',
  explanation:
    'A JWT payload is only base64url-encoded, not encrypted: anyone who sees the token (logs, browser storage, proxies) can read it. ' +
    'A password, API key, private key or another token placed there is disclosed to all of them.',
  references: ["OWASP JWT CS (legacy) 'Token Information Disclosure'", 'RFC 7519 §11.2', 'CWE-312'],
  check(ctx) {
    return scanPayload(ctx, {
      several: 'credentials',
      byName(_name, normal) {
        return NAMES.has(normal) || SUFFIXES.some((s) => normal.endsWith(s)) ? 'a credential' : undefined;
      },
      byValue(text) {
        const clipped = text.length > 4096 ? text.slice(0, 4096) : text;
        const kind = ANY_PATTERN.test(clipped) ? PATTERNS.find(([, re]) => re.test(clipped))?.[0] : undefined;
        return kind ? `${kind} in "${preview(text, 24)}"` : undefined;
      },
    });
  },
};
