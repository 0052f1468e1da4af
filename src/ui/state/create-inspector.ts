// The app's one caller of the core (in the page for a small token, else in a Web Worker; see
// core.ts): holds what the user typed and the latest Report. At most one inspection is in flight
// in the worker: input that arrives meanwhile waits, and only the latest of it is sent next
// (older input is skipped). A result for input that has since changed is dropped (sequence
// number), so typing stays responsive even on a 1 MB token.
// The Report lands in steps, each its own task: `report` as soon as it is answered (a copy
// without the bulky text, which is quick to pass across: the verdict); once the rest has come
// and the verdict's frame is painted, `editorReport` (token and key editor marks), then `detail`
// (decoded header and payload views), then `lists` (findings, claims, nested tokens). The
// verdict is painted first, no step is a long task on its own, and the editors, which read the
// DOM selection and so force a layout, update before the rest of the page has changed.
import { createSignal, createEffect, onCleanup, batch, type Accessor } from 'solid-js';
import type { InspectInput, Report, SecretEncoding } from '../../core/index';
import type { InspectReply, InspectRequest, Shown } from '../inspect-answer';
import { inspectHere, inspectWorker, loadLocalCore, onInspectMessage, postInspect } from './core';
import { later } from './later';

export interface Detail {
  report: Report;
  /** Header and payload JSON as shown (indented), with offset maps; computed in the worker. */
  shown: Shown;
}

export interface Inspector {
  token: Accessor<string>;
  setToken: (v: string) => void;
  key: Accessor<string>;
  setKey: (v: string) => void;
  encoding: Accessor<SecretEncoding>;
  setEncoding: (v: SecretEncoding) => void;
  /** Detached content (RFC 7515 App. F) for a token that carries no payload, as text. */
  payload: Accessor<string>;
  setPayload: (v: string) => void;
  /** The "as of" time in unix seconds, or null to follow the browser clock. */
  asOf: Accessor<number | null>;
  setAsOf: (v: number | null) => void;
  leeway: Accessor<number>;
  setLeeway: (v: number) => void;
  /** The latest Report, as soon as it arrives: for the verdict. */
  report: Accessor<Report | undefined>;
  /** The same Report one frame later: for the token and key editors' marks. */
  editorReport: Accessor<Report | undefined>;
  /** The same Report a task later, with its display text: for the decoded header and payload. */
  detail: Accessor<Detail | undefined>;
  /** The same Report a task after that: for the findings, claims and the rest of the page. */
  lists: Accessor<Report | undefined>;
  /** True while an inspection for the current input is still running. */
  pending: Accessor<boolean>;
}

const LIVE_CLOCK_REFRESH_MS = 15_000;

/** Run `fn` once the frame showing the current DOM has been produced (or after 100 ms when no
 * frame comes, e.g. in a background tab). */
function afterPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => later(run));
  setTimeout(run, 100);
}

export function createInspector(): Inspector {
  const [token, setToken] = createSignal('');
  const [key, setKey] = createSignal('');
  const [encoding, setEncoding] = createSignal<SecretEncoding>('auto');
  const [payload, setPayload] = createSignal('');
  const [asOf, setAsOf] = createSignal<number | null>(null);
  const [leeway, setLeeway] = createSignal(60);
  const [report, setReport] = createSignal<Report>();
  const [detail, setDetail] = createSignal<Detail>();
  const [lists, setLists] = createSignal<Report>();
  const [editorReport, setEditorReport] = createSignal<Report>();
  const [pending, setPending] = createSignal(false);
  // Re-inspect now and then while following the live clock, so "expires in" stays true.
  const [tick, setTick] = createSignal(0);
  const timer = setInterval(() => {
    if (asOf() === null && token()) setTick((t) => t + 1);
  }, LIVE_CLOCK_REFRESH_MS);
  onCleanup(() => clearInterval(timer));

  // Start the worker (and its copy of the core) right after the first render: it loads and warms
  // up on its own thread, so the first paste finds it ready. The page's own copy, for small
  // tokens, loads at the same time.
  setTimeout(() => (inspectWorker(), loadLocalCore()), 0);

  let seq = 0;
  let inFlight = false;
  let queued: InspectInput | undefined;
  let nextDetail: Detail | undefined;
  // The detail whose steps are under way.
  let staged: Detail | undefined;
  // The request being answered (by the page or the worker), and the verdict-sized Report that
  // came back first.
  let sent: InspectRequest | undefined;
  let verdict: { seq: number; report: Report } | undefined;
  /** Inspect the current input: in the page when it is small, else in the worker once the
   * worker has answered the request before (only the latest input waits). */
  const send = (input: InspectInput) => {
    const request = { seq, input };
    if (inspectHere(request, show)) {
      sent = request;
      queued = undefined;
    } else if (inFlight) {
      queued = input;
    } else {
      sent = request;
      inFlight = true;
      postInspect(request);
    }
  };
  /** Show the rest of the report in steps, each after the frame that showed the one before. */
  const stage = (d: Detail) => {
    const first = nextDetail === undefined;
    nextDetail = d;
    if (!first) return;
    afterPaint(() => {
      const latest = nextDetail;
      nextDetail = undefined;
      if (!latest) return;
      staged = latest;
      setEditorReport(latest.report);
      later(() => {
        if (staged !== latest) return; // a newer report, or none, since
        setDetail(latest);
        later(() => {
          if (staged === latest) setLists(latest.report);
        });
      });
    });
  };
  /** A reply for the current input, from the worker or from the page's own core. */
  const show = (m: InspectReply) => {
    if (m.seq !== seq) return; // stale: the input has changed since
    if (m.type === 'report' && sent?.seq === m.seq) {
      // The reply leaves out the text the page sent; put it back.
      const text = sent.input.token;
      const report: Report = { ...m.report, input: { ...m.report.input, text, token: m.token ?? text } };
      verdict = { seq: m.seq, report };
      batch(() => {
        setReport(report);
        setPending(false);
      });
    } else if (m.type === 'detail' && verdict?.seq === m.seq) {
      const light = verdict.report;
      const { payloadText, claims, shown } = m.detail;
      const payload = light.payload && { ...light.payload, text: payloadText ?? '' };
      stage({ report: { ...light, payload, claims }, shown });
    }
  };
  onCleanup(
    onInspectMessage((m) => {
      if (m.type !== 'detail') {
        // The worker is done with the request's verdict: the next input may go.
        inFlight = false;
        if (queued) {
          const next = queued;
          queued = undefined;
          send(next);
        }
      }
      show(m);
    }),
  );
  createEffect(() => {
    tick();
    const input: InspectInput = {
      token: token(),
      key: key() || undefined,
      secretEncoding: encoding(),
      ...(payload() ? { payload: payload() } : {}),
      now: asOf() ?? Math.floor(Date.now() / 1000),
      leeway: leeway(),
    };
    seq++;
    if (!input.token && !input.key) {
      queued = undefined;
      nextDetail = undefined; // a detail already scheduled finds nothing to show
      staged = undefined;
      batch(() => {
        setReport(undefined); // nothing to inspect: the page shows its empty state
        setEditorReport(undefined);
        setDetail(undefined);
        setLists(undefined);
        setPending(false);
      });
      return;
    }
    setPending(true);
    send(input);
  });

  return {
    token,
    setToken,
    key,
    setKey,
    encoding,
    setEncoding,
    payload,
    setPayload,
    asOf,
    setAsOf,
    leeway,
    setLeeway: (v) => setLeeway(Number.isFinite(v) && v >= 0 ? v : 0),
    report,
    editorReport,
    detail,
    lists,
    pending,
  };
}
