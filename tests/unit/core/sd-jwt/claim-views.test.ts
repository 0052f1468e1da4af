// Issue 14: the claims table of an SD-JWT shows the claims after disclosure (Report.sd.claimViews),
// while Report.claims and the Payload stay the issuer-signed payload as sent.
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../../helpers/mint';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

describe('issue 14: claims after disclosure', () => {
  it('issue 14: sd.claimViews lists the processed claims with their times; Report.claims keeps _sd', async () => {
    const report = await run(simple({ given_name: 'Alice', email: 'a@example.com' }, BASE).token, { key: issuerJwk() });
    const views = report.sd?.claimViews ?? [];
    expect(views.map((c) => c.name)).toEqual(Object.keys(report.sd?.claims as object));
    expect(views.map((c) => c.name)).toEqual(expect.arrayContaining(['given_name', 'email', 'exp']));
    expect(views.map((c) => c.name)).not.toContain('_sd');
    expect(views.find((c) => c.name === 'given_name')).toMatchObject({ value: 'Alice', raw: '"Alice"' });
    expect(views.find((c) => c.name === 'exp')?.time?.fromNow).toBe(BASE.exp - NOW);
    expect(report.claims.map((c) => c.name)).toContain('_sd');
  });
});
