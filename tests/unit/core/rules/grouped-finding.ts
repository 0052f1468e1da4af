// Issue 16: a payload-* rule reports one finding per token that covers every claim it flags:
// `at` on the first, `spans` on each (in payload order), one span per claim.
import { expect } from 'vitest';
import { hits, run } from '../../helpers/mint';

/** Runs `token` and checks that `rule` reports exactly one finding whose spans cover the
 * members or values named by `claims`, in that order; returns the finding. */
export async function expectOneFindingFor(rule: string, token: string, claims: string[]) {
  const report = await run(token);
  const found = hits(report, rule);
  expect(found).toHaveLength(1);
  const finding = found[0]!;
  const spans = finding.spans ?? (finding.at ? [finding.at] : []);
  expect(finding.at).toEqual(spans[0]);
  expect(spans).toHaveLength(claims.length);
  const text = report.payload!.text;
  spans.forEach((span, i) => {
    expect(span.part).toBe('payload');
    expect(text.slice(span.from, span.to)).toContain(claims[i]!);
  });
  if (claims.length === 1) expect(finding.spans).toBeUndefined();
  return finding;
}
