// The rest of a report after its verdict, in steps, each its own task: once the verdict's frame
// is painted, `editorReport` (the token and key editors' marks), then `detail` (the decoded
// header and payload views), then `lists` (findings, claims, nested tokens). No step is a long
// task on its own, and the editors, which read the DOM selection and so force a layout, update
// before the rest of the page has changed. A newer report, or none, since makes the remaining
// steps of an older one do nothing.
import { batch, createSignal, type Accessor } from 'solid-js';
import type { Report } from '../../core/index';
import type { Detail } from './protocol';
import { later } from '../state/later';

export interface Staged {
  /** The full Report once the verdict is painted: for the token and key editors' marks. */
  editorReport: Accessor<Report | undefined>;
  /** The same a task later, with its display text: for the decoded header and payload. */
  detail: Accessor<Detail | undefined>;
  /** The same a task after that: for the findings, claims and the rest of the page. */
  lists: Accessor<Report | undefined>;
}

export interface Stages extends Staged {
  /** Show `d` in steps, after the frame that showed its verdict. */
  stage: (d: Detail) => void;
  /** Nothing to show: clear every step, and drop those under way. */
  clear: () => void;
}

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

export function createStages(): Stages {
  const [editorReport, setEditorReport] = createSignal<Report>();
  const [detail, setDetail] = createSignal<Detail>();
  const [lists, setLists] = createSignal<Report>();
  // The newest detail waiting for the verdict's frame (only the newest is shown), and the one
  // whose steps are under way.
  let next: Detail | undefined;
  let staged: Detail | undefined;
  const stage = (d: Detail) => {
    const first = next === undefined;
    next = d;
    if (!first) return;
    afterPaint(() => {
      const latest = next;
      next = undefined;
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
  const clear = () => {
    next = undefined; // a detail already scheduled finds nothing to show
    staged = undefined;
    batch(() => {
      setEditorReport(undefined);
      setDetail(undefined);
      setLists(undefined);
    });
  };
  return { editorReport, detail, lists, stage, clear };
}
