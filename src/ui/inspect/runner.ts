// Where inspect() runs. Normally in a Web Worker (worker.ts), never blocking the page:
// the startup bundle holds none of the core, and a 1 MB token never blocks the main thread. The
// worker is started once the first screen is up, and sends the rule catalogue once when it starts.
// A small token (token, key and detached payload together at most LOCAL_LIMIT characters) is
// inspected in the page itself once the page's own copy of the core has loaded (a lazy chunk,
// fetched after the first screen): its inspect() takes a millisecond or two, less than the trip
// to the worker and back while the page is busy drawing the paste, so its verdict shows sooner.
import { createSignal } from 'solid-js';
import type { RuleInfo } from '../../core/index';
import type { InspectMessage, InspectReply, InspectRequest } from './protocol';
import { later } from '../state/later';

export const LOCAL_LIMIT = 16 * 1024;

let worker: Worker | undefined;
const listeners = new Set<(m: InspectReply) => void>();
const [catalog, setCatalog] = createSignal<ReadonlyMap<string, RuleInfo>>(new Map());

export function inspectWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'inspect' });
  w.onmessage = (e: MessageEvent<InspectMessage>) => {
    const m = e.data;
    if (m.type === 'catalog') setCatalog(new Map(m.rules.map((r) => [r.id, r])));
    else for (const l of listeners) l(m);
  };
  worker = w;
  return w;
}

export function postInspect(request: InspectRequest): void {
  inspectWorker().postMessage(request);
}

export function onInspectMessage(listener: (m: InspectReply) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Answer = typeof import('./answer').answer;
let localAnswer: Answer | undefined;
let local: Promise<void> | undefined;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Load the page's copy of the core right after the first screen, so it is there for the first
 * paste, then warm it up on small sample tokens, one per task. It takes requests once the first
 * sample has run: the first inspection compiles most of the core, and a cold one would block the
 * page for longer than the trip to the (warm) worker. Resolves when the page has done so (or
 * given up: the worker then answers everything). */
export function loadLocalCore(): Promise<void> {
  local ??= (async () => {
    const [{ answer }, { warmUpSteps }] = await Promise.all([import('./answer'), import('./warm-up')]);
    const steps = await warmUpSteps(false);
    await nextTask();
    await steps.shift()?.();
    localAnswer = answer;
    // The rest only when nothing more urgent is waiting: never between a paste and its frame.
    for (const step of steps) {
      await new Promise<void>((resolve) => later(resolve));
      await step();
    }
  })().catch(() => undefined);
  return local;
}

/** Inspect `request` in the page when it is small and the page's core has loaded; the replies go
 * to `reply` as the worker's would. False when the worker has to do it. */
export function inspectHere(request: InspectRequest, reply: (m: InspectReply) => void): boolean {
  const { token, key, payload } = request.input;
  if (!localAnswer || token.length + (key?.length ?? 0) + (payload?.length ?? 0) > LOCAL_LIMIT) return false;
  void localAnswer(request, reply);
  return true;
}

/** The rule catalogue (explanations, references), empty until the worker has started. */
export const ruleCatalog = catalog;
