// Work that may wait: the steps of a report after its verdict, warm-up runs. Queued behind
// anything more urgent (input, frames, the next reply).
type PostTask = (task: () => void, options: { priority: 'background' }) => Promise<unknown>;
const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;

/** Queue `fn` as a task behind anything more urgent (input, the next reply): the scheduler's
 * background priority where the browser has one, else a plain task. */
export function later(fn: () => void): void {
  if (scheduler?.postTask) void scheduler.postTask(fn, { priority: 'background' }).catch(() => undefined);
  else setTimeout(fn, 0);
}
