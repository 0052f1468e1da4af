// The core (parser, verifiers, curves, 99 rules) runs in a Web Worker (../inspect-worker.ts), never
// in the page: the startup bundle holds none of it, and a 1 MB token never blocks the main thread.
// The worker is started once the first screen is idle (or on the first input), and sends the rule
// catalogue once when it starts.
import { createSignal } from 'solid-js';
import type { RuleInfo } from '../../core/index';
import type { InspectMessage, InspectRequest } from '../inspect-worker';

let worker: Worker | undefined;
type Reply = Exclude<InspectMessage, { type: 'catalog' }>;
const listeners = new Set<(m: Reply) => void>();
const [catalog, setCatalog] = createSignal<ReadonlyMap<string, RuleInfo>>(new Map());

export function inspectWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('../inspect-worker.ts', import.meta.url), { type: 'module', name: 'inspect' });
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

export function onInspectMessage(listener: (m: Reply) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The rule catalogue (explanations, references), empty until the worker has started. */
export const ruleCatalog = catalog;
