// The UI's inspection transport (src/ui/inspect/): the two-message answer, and the ordering of
// answers in the page (sequence numbers, one request in flight, latest input wins, the staged
// delivery, the live clock). Where inspect() runs is replaced by a fake worker here.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { inspect, type InspectInput } from '../../../src/core/index';
import { answer } from '../../../src/ui/inspect/answer';
import type { InspectReply, InspectRequest } from '../../../src/ui/inspect/protocol';
import { hmacToken, NOW } from '../helpers/mint';

const worker = vi.hoisted(() => ({
  posted: [] as Array<{ seq: number; input: { token: string; now?: number } }>,
  listener: undefined as ((m: unknown) => void) | undefined,
}));
vi.mock('../../../src/ui/inspect/runner', () => ({
  inspectWorker: () => undefined,
  loadLocalCore: () => Promise.resolve(),
  inspectHere: () => false,
  postInspect: (r: (typeof worker.posted)[number]) => void worker.posted.push(r),
  onInspectMessage: (l: (m: unknown) => void) => ((worker.listener = l), () => undefined),
}));
const { createTransport } = await import('../../../src/ui/inspect/transport');

const token = (sub: string) => hmacToken({ alg: 'HS256', typ: 'JWT' }, { sub, exp: NOW + 600 });

/** What the worker would answer to `request`. */
async function replies(request: InspectRequest): Promise<InspectReply[]> {
  const out: InspectReply[] = [];
  await answer(request, (m) => out.push(m));
  return out;
}

describe('inspect answer', () => {
  it('sends the verdict without claims, payload text or pasted text, then the detail that completes it', async () => {
    const input: InspectInput = { token: `Bearer ${token('alice')}`, key: 'secret', now: NOW };
    const [quick, detail] = await replies({ seq: 7, input });
    const full = await inspect(input);
    expect(quick?.type).toBe('report');
    expect(detail?.type).toBe('detail');
    if (quick?.type !== 'report' || detail?.type !== 'detail') return;
    expect(quick.seq).toBe(7);
    expect(quick.report.signature.status).toBe('valid');
    expect('claims' in quick.report).toBe(false);
    expect(quick.report.payload && 'text' in quick.report.payload).toBe(false);
    expect('text' in quick.report.input || 'token' in quick.report.input).toBe(false);
    expect(quick.token).toBe(full.input.token);
    expect(detail.detail.payloadText).toBe(full.payload?.text);
    expect(detail.detail.claims.map((c) => c.name)).toEqual(full.claims.map((c) => c.name));
    expect(detail.detail.shown.payload?.text).toContain('"alice"');
  });
});

describe('inspect transport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW * 1000);
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
    worker.posted.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const start = () => createRoot((dispose) => ({ t: createTransport(), dispose }));
  const reply = async (request: (typeof worker.posted)[number] | undefined) => {
    for (const m of await replies(request as InspectRequest)) worker.listener?.(m);
  };

  it('keeps one request in flight, sends only the latest input next and drops stale answers', async () => {
    const { t, dispose } = start();
    t.inspect({ token: token('a'), key: 'secret', now: NOW });
    t.inspect({ token: token('b'), key: 'secret', now: NOW });
    t.inspect({ token: token('c'), key: 'secret', now: NOW });
    expect(worker.posted.map((r) => r.seq)).toEqual([1]);
    await reply(worker.posted[0]); // the answer for "a": its input has changed since
    expect(worker.posted.map((r) => r.seq)).toEqual([1, 3]);
    expect(worker.posted[1]?.input.token).toBe(token('c'));
    expect(t.quick()).toBeUndefined();
    await reply(worker.posted[1]);
    expect(t.quick()?.input.text).toBe(token('c'));
    expect(t.quick()?.signature.status).toBe('valid');
    dispose();
  });

  it('delivers the full report in stages after the verdict: editors, then decoded views, then lists', async () => {
    const { t, dispose } = start();
    t.inspect({ token: token('d'), key: 'secret', now: NOW });
    await reply(worker.posted[0]);
    expect(t.quick()).toBeDefined();
    expect(t.editorReport()).toBeUndefined();
    const seen: string[] = [];
    for (let i = 0; i < 10 && !t.lists(); i++) {
      vi.advanceTimersToNextTimer();
      seen.push([t.editorReport() && 'editors', t.detail() && 'detail', t.lists() && 'lists'].filter(Boolean).join('+'));
    }
    expect(seen.filter((s, i) => s && s !== seen[i - 1])).toEqual(['editors', 'editors+detail', 'editors+detail+lists']);
    expect(t.lists()?.claims.find((c) => c.name === 'sub')).toBeDefined();
    expect(t.detail()?.report.payload?.text).toContain('"d"');
    t.inspect({ token: '', now: NOW }); // nothing to inspect: every stage clears
    expect([t.quick(), t.editorReport(), t.detail(), t.lists()]).toEqual([undefined, undefined, undefined, undefined]);
    dispose();
  });

  it('re-inspects every 15 s at the current time while following the live clock, and not with a chosen time', async () => {
    const { t, dispose } = start();
    t.inspect({ token: token('e'), key: 'secret' });
    expect(worker.posted[0]?.input.now).toBe(NOW);
    await reply(worker.posted[0]);
    vi.advanceTimersByTime(15_000);
    expect(worker.posted.map((r) => r.input.now)).toEqual([NOW, NOW + 15]);
    await reply(worker.posted[1]);
    t.inspect({ token: token('e'), key: 'secret', now: NOW - 3600 });
    await reply(worker.posted[2]);
    vi.advanceTimersByTime(60_000);
    expect(worker.posted.map((r) => r.input.now)).toEqual([NOW, NOW + 15, NOW - 3600]);
    dispose();
  });
});
