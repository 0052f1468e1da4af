import type { LintRule, RuleHit } from './types';
import { memberAt } from './context';

export const jarRequestObjectInvalid: LintRule = {
  id: 'jar-request-object-invalid',
  severity: 'error',
  input: 'T',
  title: 'Request object nests another request',
  explanation:
    'A request object (RFC 9101) carries the authorization request\'s parameters as claims; it must not itself contain `request` or `request_uri`, which servers resolve differently. ' +
    'A request object whose `sub` equals its `client_id` has the shape of a client assertion (RFC 7523) and could be replayed to authenticate as the client.',
  references: ['OIDC Core §6.1', 'RFC 9101 §4', 'RFC 9101 §10.8', 'RFC 7523 §3'],
  check(ctx) {
    const p = ctx.payload;
    if (!ctx.profile.requestObject || !p) return [];
    const hits: RuleHit[] = [];
    for (const name of ['request', 'request_uri']) {
      if (Object.hasOwn(p, name)) hits.push({ message: `A request object must not contain \`${name}\`: nested or circular requests are resolved differently by each server.`, at: memberAt(ctx, 'payload', name) });
    }
    if (typeof p.sub === 'string' && p.sub === p.client_id) {
      hits.push({ message: '`sub` equals `client_id`: this request object has the shape of a client assertion and could be replayed as one.', severity: 'warning', at: memberAt(ctx, 'payload', 'sub') });
    }
    return hits;
  },
};
