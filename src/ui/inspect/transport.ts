// The page's one caller of inspect(): it takes the user's input, has it inspected where that is
// quickest (runner.ts: in the page for a small input, else in the worker) and hands back the
// answer in stages, as accessors.
// Ordering: each input gets a sequence number, and an answer for an input that has since changed
// is dropped. At most one request is in flight in the worker: input that arrives meanwhile
// waits, and only the latest of it is sent next (older input is skipped), so typing stays
// responsive even on a 1 MB token. A small input runs in the page at once.
// Stages: `quick` as soon as the verdict is answered (the QuickReport, quick to pass across);
// then, each in its own task after the verdict's frame, editorReport, detail and lists
// (stages.ts).
// Live clock: an input without `now` is inspected at the device's time, and again every 15 s
// while it has a token, so "expires in" stays true.
import { batch, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { InspectInput } from '../../core/index';
import type { Detail, InspectReply, InspectRequest, QuickReport, ReportDetail } from './protocol';
import { inspectHere, inspectWorker, loadLocalCore, onInspectMessage, postInspect } from './runner';
import { createStages, type Staged } from './stages';

const LIVE_CLOCK_REFRESH_MS = 15_000;

export interface InspectResults extends Staged {
  /** The latest verdict, as soon as it is answered. */
  quick: Accessor<QuickReport | undefined>;
  /** Resolves once the page's own core is warm, or has given up (the worker then answers all). */
  whenWarm: () => Promise<void>;
}

export interface Transport extends InspectResults {
  /** Inspect `input` (without `now`: at the device's time, following it); with neither token
   * nor key, clear every result (the page shows its empty state). */
  inspect: (input: InspectInput) => void;
}

/** The full Report: the verdict's, with what the detail brought. */
function withDetail(quick: QuickReport, { payloadText, claims, shown }: ReportDetail): Detail {
  const payload = quick.payload && { ...quick.payload, text: payloadText ?? '' };
  return { report: { ...quick, payload, claims }, shown };
}

export function createTransport(): Transport {
  const [quick, setQuick] = createSignal<QuickReport>();
  const stages = createStages();
  // Start the worker (and its copy of the core) right after the first render: it loads and warms
  // up on its own thread, so the first paste finds it ready. The page's own copy, for small
  // tokens, loads at the same time.
  setTimeout(() => (inspectWorker(), loadLocalCore()), 0);

  let seq = 0;
  let latest: InspectInput | undefined;
  // The worker is answering a request; the latest input that arrived meanwhile.
  let busy = false;
  let waiting: InspectInput | undefined;
  // The request being answered (by the page or the worker), and its verdict once it came.
  let current: { request: InspectRequest; quick?: QuickReport } | undefined;

  /** Inspect in the page when small, else in the worker once it has answered the request before. */
  const send = (input: InspectInput) => {
    const request = { seq, input };
    if (inspectHere(request, show)) {
      current = { request };
      waiting = undefined;
    } else if (busy) {
      waiting = input;
    } else {
      current = { request };
      busy = true;
      postInspect(request);
    }
  };
  /** A reply for the current input, from the worker or from the page's own core. */
  const show = (m: InspectReply) => {
    const answering = current;
    if (m.seq !== seq || answering?.request.seq !== m.seq) return; // stale: the input has changed since
    if (m.type === 'report') {
      // The reply leaves out the text the page sent; put it back.
      const text = answering.request.input.token;
      answering.quick = { ...m.report, input: { ...m.report.input, text, token: m.token ?? text } };
      setQuick(answering.quick);
    } else if (m.type === 'detail' && answering.quick) {
      stages.stage(withDetail(answering.quick, m.detail));
    }
  };
  onCleanup(
    onInspectMessage((m) => {
      if (m.type !== 'detail') {
        // The worker is done with the request's verdict: the next input may go.
        busy = false;
        if (waiting) {
          const next = waiting;
          waiting = undefined;
          send(next);
        }
      }
      show(m);
    }),
  );

  const inspect = (input: InspectInput) => {
    latest = input;
    seq++;
    if (!input.token && !input.key) {
      waiting = undefined;
      batch(() => {
        setQuick(undefined);
        stages.clear();
      });
      return;
    }
    send(input.now === undefined ? { ...input, now: Math.floor(Date.now() / 1000) } : input);
  };
  const timer = setInterval(() => {
    if (latest?.token && latest.now === undefined) inspect(latest);
  }, LIVE_CLOCK_REFRESH_MS);
  onCleanup(() => clearInterval(timer));

  const { editorReport, detail, lists } = stages;
  return { quick, editorReport, detail, lists, whenWarm: loadLocalCore, inspect };
}
