import type { LintRule, RuleHit } from './types';
import { memberAt, segmentAt, valueAt } from './context';
import { BACKCHANNEL_LOGOUT_EVENT } from '../claims/profile';
import { isObject } from '../parse/token-parts';

export const logoutTokenInvalid: LintRule = {
  id: 'logout-token-invalid',
  severity: 'error',
  input: 'T',
  title: 'Logout token is malformed',
  explanation:
    'A back-channel logout token must carry `events` with the back-channel-logout member (an object, normally `{}`), `iss`, `aud`, `iat`, `exp`, `jti`, and `sub` or `sid`; it must not carry `nonce`. ' +
    'These differences keep an ID token or another JWT from being replayed at the logout endpoint to end other users\' sessions.',
  references: ['OIDC BCL §2.4', 'OIDC BCL §2.6', "OIDC BCL 'Cross-JWT Confusion'"],
  check(ctx) {
    const p = ctx.payload;
    if (!ctx.profile.logoutToken || !p) return [];
    const hits: RuleHit[] = [];
    const events = p.events;
    if (!isObject(events) || !Object.hasOwn(events, BACKCHANNEL_LOGOUT_EVENT)) {
      hits.push({ message: `\`events\` must be an object with the member ${BACKCHANNEL_LOGOUT_EVENT}.`, at: memberAt(ctx, 'payload', 'events') ?? segmentAt(ctx, 'payload') });
    } else {
      const event = events[BACKCHANNEL_LOGOUT_EVENT];
      if (!isObject(event)) hits.push({ message: 'The back-channel-logout event must be a JSON object (normally `{}`).', at: valueAt(ctx, 'payload', 'events') });
      else if (Object.keys(event).length) hits.push({ message: 'The back-channel-logout event is expected to be `{}`; its members mean nothing to a receiver.', severity: 'warning', at: valueAt(ctx, 'payload', 'events') });
    }
    if (Object.hasOwn(p, 'nonce')) hits.push({ message: 'A logout token must not carry `nonce`: that is what tells it apart from an ID token.', at: memberAt(ctx, 'payload', 'nonce') });
    if (!Object.hasOwn(p, 'sub') && !Object.hasOwn(p, 'sid')) hits.push({ message: 'The logout token names neither `sub` nor `sid`, so nothing says whom to log out.', at: segmentAt(ctx, 'payload') });
    const missing = ['iss', 'aud', 'iat', 'exp', 'jti'].filter((name) => !Object.hasOwn(p, name));
    if (missing.length) hits.push({ message: `The logout token lacks ${missing.map((n) => `\`${n}\``).join(', ')}, which OIDC Back-Channel Logout requires.`, at: segmentAt(ctx, 'payload') });
    if (Object.hasOwn(p, 'sid') && typeof p.sid !== 'string') hits.push({ message: '`sid` must be a string.', at: valueAt(ctx, 'payload', 'sid') });
    return hits;
  },
};
