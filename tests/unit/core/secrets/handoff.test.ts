import { describe, expect, it } from 'vitest';
import { crackerHandoff } from '../../../../src/core/secrets/handoff';
import { compact, hmacToken } from '../../helpers/mint';

describe('issue 15: hand-off to hashcat and John the Ripper', () => {
  it('issue 15: hashcat mode 16500 takes the token; John takes header.payload#hex signature', () => {
    const token = hmacToken({ alg: 'HS384' }, { sub: 'u' }, 'k');
    const [h, p, s] = token.split('.');
    const handoff = crackerHandoff(token, 'HS384')!;
    expect(handoff.hashcatLine).toBe(token);
    expect(handoff.hashcatCommand).toContain('-m 16500');
    expect(handoff.johnLine).toBe(`${h}.${p}#${Buffer.from(s!, 'base64url').toString('hex')}`);
    expect(handoff.johnCommand).toContain('--format=HMAC-SHA384');
  });

  it('issue 15: no hand-off for a token that is not HS* compact', () => {
    expect(crackerHandoff(compact({ alg: 'RS256' }, { sub: 'u' }, 'AAAA'), 'RS256')).toBeUndefined();
    expect(crackerHandoff('{"payload":"x"}', 'HS256')).toBeUndefined();
  });
});
