// createChangeEffect (src/ui/state/on-change.ts): work that follows a real change of a value
// derived from the reports, not every report.
import { describe, expect, it, vi } from 'vitest';

// Node resolves solid-js to its server build, where effects never run: use the browser's.
// @ts-expect-error -- the browser build has no type declarations of its own (they are solid-js's)
vi.mock('solid-js', () => import('solid-js/dist/solid.js'));
const { createRoot, createSignal } = await import('solid-js');
const { createChangeEffect } = await import('../../../src/ui/state/on-change');

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createChangeEffect', () => {
  it('issue 15: a new report for the same token (the live clock) does not count as a change, even as the first update', async () => {
    const calls: string[] = [];
    const [report, setReport] = createSignal({ token: 'a' });
    const dispose = createRoot((d) => {
      createChangeEffect(() => report().token, (t) => calls.push(t));
      return d;
    });
    await settle();
    setReport({ token: 'a' }); // a re-inspection: a new object, the same token
    await settle();
    expect(calls).toEqual([]);
    setReport({ token: 'b' });
    await settle();
    setReport({ token: 'b' });
    await settle();
    expect(calls).toEqual(['b']);
    dispose();
  });
});
