// The decoded payload view underlines every claim a grouped payload-* finding lists (issue 16),
// starting from the report inspect() returns.
import { describe, expect, it } from 'vitest';
import { partDiagnostics } from '../../../src/ui/editor/findings-to-diagnostics';
import { hmacToken, run } from '../helpers/mint';

describe('partDiagnostics', () => {
  it('issue 16: one personal-data finding underlines each of its claims in the payload view', async () => {
    const report = await run(hmacToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'u1', email: 'jane@example.com', birthdate: '0000-10-31', name: 'Jane Doe' }));
    const text = report.payload!.text;
    const diags = partDiagnostics(report.findings, 'payload', text.length).filter((d) => d.source === 'payload-contact-pii');
    expect(diags.map((d) => text.slice(d.from, d.to))).toEqual(['"jane@example.com"', '"birthdate":"0000-10-31"', '"name":"Jane Doe"']);
    expect(new Set(diags.map((d) => d.message)).size).toBe(1);
    expect(partDiagnostics(report.findings, 'header', report.header!.text.length).some((d) => d.source === 'payload-contact-pii')).toBe(false);
  });

  it('a finding with one span underlines it once, and nested-token findings not at all', async () => {
    const report = await run(hmacToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'u1', email: 'jane@example.com' }));
    const text = report.payload!.text;
    const diags = partDiagnostics(report.findings, 'payload', text.length).filter((d) => d.source === 'payload-contact-pii');
    expect(diags.map((d) => text.slice(d.from, d.to))).toEqual(['"jane@example.com"']);
    const nested = report.findings.map((f) => ({ ...f, path: ['payload'] }));
    expect(partDiagnostics(nested, 'payload', text.length)).toEqual([]);
  });
});
