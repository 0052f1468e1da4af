// A ~1 MB RS256 token (30,000 group names, as in the benchmark) must be judged exactly like a
// small one: the shared value walk stops at its cap in the same place, values past the cap are
// not reported, checks that do not use the walk still see the whole array, and every finding's
// range in the pasted text is where the UTF-8 bytes of its span really are.
import { describe, expect, it } from 'vitest';
import { hits, NOW, rs256Token, rsaPublicPem, run } from '../helpers/mint';
import type { Report } from '../../../src/core/report';

const GROUPS = 30_000;

function groups(): string[] {
  const out: string[] = [];
  for (let i = 0; i < GROUPS; i++) out.push(`grp-${String(i).padStart(6, '0')}-engineering`);
  out[3] = 'http://169.254.169.254/latest/meta-data/';
  out[7] = 'db host 10.1.2.3';
  out[50] = 'card 4111 1111 1111 1111';
  out[15_000] = 'http://10.0.0.1/past-the-walk-cap';
  out[29_990] = 'team-admins';
  return out;
}

const payload = { iss: 'https://idp.example.com', sub: 'u-1', name: 'Zoë Ünver', aud: 'api', iat: NOW - 10, exp: NOW + 600, groups: groups() };

/** The pasted range of a payload span, worked out independently with TextEncoder. */
function expectedRange(report: Report, from: number, to: number): { from: number; to: number } {
  const text = report.payload!.text;
  const segment = report.segments.find((s) => s.name === 'payload')!;
  const bytes = (end: number) => new TextEncoder().encode(text.slice(0, end)).length;
  const start = segment.from + Math.floor(bytes(from) / 3) * 4;
  const end = Math.min(segment.to, segment.from + Math.ceil(bytes(to) / 3) * 4);
  return { from: start, to: Math.max(end, start) };
}

describe('a 1 MB token', () => {
  it('verifies and reports what it holds, up to the value-walk cap', async () => {
    const token = rs256Token({ alg: 'RS256', typ: 'JWT' }, payload);
    expect(token.length).toBeGreaterThan(900_000);
    const report = await run(token, { key: rsaPublicPem() });

    expect(report.signature.status).toBe('valid');
    expect(hits(report, 'param-url-probe').map((f) => f.message)).toEqual([
      'Claim `groups.3` is "http://169.254.169.254/latest/meta-data/", which points at a link-local address (cloud metadata lives there).',
    ]);
    expect(hits(report, 'payload-internal-info').map((f) => f.message)).toEqual([
      '`groups.7` holds a private IP address in "db host 10.1.2.3", readable by anyone who sees the token.',
    ]);
    expect(hits(report, 'payload-card-number')).toHaveLength(1);
    expect(hits(report, 'payload-card-number')[0]!.message).toContain('`groups.50`');
    // Not walked (past the cap) but read whole by the role check:
    expect(report.findings.some((f) => f.message.includes('past-the-walk-cap'))).toBe(false);
    expect(hits(report, 'privileged-claims').map((f) => f.message)).toEqual([
      '`groups` grants "team-admins": attackers forge or edit exactly such claims, so trust it only once the signature verifies.',
    ]);

    const inPayload = report.findings.filter((f) => f.at?.part === 'payload');
    expect(inPayload.length).toBeGreaterThanOrEqual(4);
    for (const f of inPayload) expect(f.inputRange).toEqual(expectedRange(report, f.at!.from, f.at!.to));

    const claim = report.claims.find((c) => c.name === 'groups')!;
    expect(claim.value).toEqual(payload.groups);
    expect(claim.raw).toBe(JSON.stringify(payload.groups));
  });
});
