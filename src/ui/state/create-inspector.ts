// The app's one caller of the core: holds what the user typed and the latest Report.
// At most one inspection runs at a time: input that arrives meanwhile waits, and only the latest
// of it is inspected next (older input is skipped). A result for input that has since changed is
// dropped (sequence number), so typing stays responsive even on a 1 MB token.
import { createSignal, createEffect, onCleanup, type Accessor } from 'solid-js';
import type { InspectInput, Report, SecretEncoding } from '../../core/index';
import { loadCore } from './core';

export interface Inspector {
  token: Accessor<string>;
  setToken: (v: string) => void;
  key: Accessor<string>;
  setKey: (v: string) => void;
  encoding: Accessor<SecretEncoding>;
  setEncoding: (v: SecretEncoding) => void;
  /** The "as of" time in unix seconds, or null to follow the browser clock. */
  asOf: Accessor<number | null>;
  setAsOf: (v: number | null) => void;
  leeway: Accessor<number>;
  setLeeway: (v: number) => void;
  report: Accessor<Report | undefined>;
  /** True while an inspection for the current input is still running. */
  pending: Accessor<boolean>;
}

const LIVE_CLOCK_REFRESH_MS = 15_000;

export function createInspector(): Inspector {
  const [token, setToken] = createSignal('');
  const [key, setKey] = createSignal('');
  const [encoding, setEncoding] = createSignal<SecretEncoding>('auto');
  const [asOf, setAsOf] = createSignal<number | null>(null);
  const [leeway, setLeeway] = createSignal(60);
  const [report, setReport] = createSignal<Report>();
  const [pending, setPending] = createSignal(false);
  // Re-inspect now and then while following the live clock, so "expires in" stays true.
  const [tick, setTick] = createSignal(0);
  const timer = setInterval(() => {
    if (asOf() === null && token()) setTick((t) => t + 1);
  }, LIVE_CLOCK_REFRESH_MS);
  onCleanup(() => clearInterval(timer));

  // Fetch the core once the first screen is idle, so the first paste finds it ready.
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  idle(() => void loadCore(), { timeout: 1500 });

  let seq = 0;
  let running = false;
  let queued: InspectInput | undefined;
  const run = (input: InspectInput, mine: number) => {
    running = true;
    void loadCore().then((core) => core.inspect(input)).then((r) => {
      running = false;
      if (mine === seq) {
        setReport(r);
        setPending(false);
      }
      if (queued) {
        const next = queued;
        queued = undefined;
        run(next, seq);
      }
    });
  };
  createEffect(() => {
    tick();
    const input: InspectInput = {
      token: token(),
      key: key() || undefined,
      secretEncoding: encoding(),
      now: asOf() ?? Math.floor(Date.now() / 1000),
      leeway: leeway(),
    };
    seq++;
    if (!input.token && !input.key) {
      queued = undefined;
      setReport(undefined); // nothing to inspect: the page shows its empty state
      setPending(false);
      return;
    }
    setPending(true);
    if (running) queued = input;
    else run(input, seq);
  });

  return {
    token,
    setToken,
    key,
    setKey,
    encoding,
    setEncoding,
    asOf,
    setAsOf,
    leeway,
    setLeeway: (v) => setLeeway(Number.isFinite(v) && v >= 0 ? v : 0),
    report,
    pending,
  };
}
