import type { LintRule, RuleHit } from './types';
import { hitAt, timeClaim } from './context';
import { durationInWords } from '../claims/words';

export const lifetimeLong: LintRule = {
  id: 'lifetime-long',
  severity: 'warning',
  input: 'T',
  title: 'Long lifetime',
  explanation:
    'The token stays valid for a long time. A stolen bearer token works for its whole lifetime, and a JWT cannot be revoked without extra server state. ' +
    'Defaults: above 1 hour for access tokens (info), above 24 hours for any token, and above 30 days it is a long-lived credential.',
  references: [
    'Defaults: Keycloak 300 s',
    'Entra ID 60-90 min',
    'Amazon Cognito 1 h',
    'Akamai Identity Cloud 1 h max',
    'Auth0 API default 24 h (max 30 d)',
    'NIST SP 800-63B reauthentication 12 h (AAL2)',
    "OWASP JWT CS 'Replay protection'",
  ],
  check(ctx) {
    const { thresholds: t, profile } = ctx;
    const exp = timeClaim(ctx, 'exp');
    if (!exp || exp.value >= t.millisecondsFrom) return []; // milliseconds: time-claim-milliseconds says so
    const nbf = timeClaim(ctx, 'nbf');
    const start = nbf ?? timeClaim(ctx, 'iat');
    if (start && start.value >= t.millisecondsFrom) return [];
    const from = nbf ? '`nbf`' : start ? '`iat`' : 'now';
    const lifetime = exp.value - (start?.value ?? ctx.now);
    const valid = `This token is valid for ${durationInWords(lifetime)} (from ${from} to \`exp\`)`;
    let hit: RuleHit | undefined;
    if (lifetime > t.longLivedLifetime) {
      hit = hitAt(`${valid}: a long-lived credential that keeps working for that long if it leaks.`, exp.at, 'warning');
    } else if (lifetime > t.maxLifetime) {
      hit = hitAt(`${valid}, more than ${durationInWords(t.maxLifetime)}; a leaked copy stays usable all that time.`, exp.at, 'warning');
    } else if (profile.accessToken && lifetime > t.accessTokenLifetime) {
      hit = hitAt(`${valid}, longer than the usual ${durationInWords(t.accessTokenLifetime)} for an access token.`, exp.at, 'info');
    }
    return hit ? [hit] : [];
  },
};
