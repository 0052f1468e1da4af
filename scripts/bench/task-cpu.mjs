// The longest main-thread task of a page from a Chromium trace, in wall time and in CPU time of
// that thread. On a shared or busy machine a task of a few milliseconds of work can last 100 ms
// of wall time while the thread waits for a core; the CPU time says how much of it was the page.

/** Starts a trace of `page`'s tasks (call stopTaskTrace after). */
export const startTaskTrace = (browser, page) => browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });

/** The longest task on the page's main thread since startTaskTrace, by wall time and by CPU time. */
export async function stopTaskTrace(browser) {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const tasks = traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const mains = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's main thread: the renderer main thread that ran the most tasks.
  const count = (m) => tasks.filter((e) => e.pid === m.pid && e.tid === m.tid).length;
  const main = mains.reduce((best, m) => (!best || count(m) > count(best) ? m : best), undefined);
  const mine = main ? tasks.filter((e) => e.pid === main.pid && e.tid === main.tid) : [];
  return {
    wallMs: Math.max(0, ...mine.map((e) => e.dur / 1000)),
    cpuMs: Math.max(0, ...mine.map((e) => (e.tdur ?? 0) / 1000)),
    tasks: mine.length,
  };
}
