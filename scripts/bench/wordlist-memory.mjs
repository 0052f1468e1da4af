// Bench part `memory` (issue 15): a large wordlist must not grow the tab by more than about
// 64 MB beyond the page. A list of BENCH_MEMORY_MB (default 1024) MB is generated into a temp file
// (never committed) with lines of 1,000 characters, none of them the secret: the page reads it in
// pieces and the scan workers hash every line to the end (long lines keep the run to seconds; the
// memory held depends on the bytes read ahead, not on the number of lines). Measured during the
// scan: the resident memory of the browser's renderer processes (the page and its workers are
// threads of the tab's renderer; read from /proc) and the page's JS heap (CDP
// Performance.getMetrics), each as the peak over the scan minus the level just before the drop.
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openForScan } from './probes.mjs';
import { makeHsToken } from './tokens.mjs';

const MB = Number(process.env.BENCH_MEMORY_MB ?? 1024);
const LINE = 1000;
const MAX_SECONDS = Number(process.env.BENCH_MEMORY_MAX_S ?? 300);
const SAMPLE_MS = 100;

async function longLineList() {
  const path = join(tmpdir(), `bench-memory-${MB}mb.list`);
  if (existsSync(path)) return path;
  const out = createWriteStream(path);
  const lines = Math.floor((MB * 2 ** 20) / (LINE + 1));
  const pad = 'x'.repeat(LINE - 12);
  for (let i = 0; i < lines; i += 1000) {
    let chunk = '';
    for (let j = i; j < Math.min(i + 1000, lines); j++) chunk += `${j.toString(36).padStart(12, '0')}${pad}\n`;
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  out.end();
  await new Promise((r) => out.on('finish', r));
  return path;
}

/** Resident memory (bytes) of the browser's renderer processes. */
async function rendererRss(browserCdp) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  let sum = 0;
  for (const p of processInfo.filter((q) => q.type === 'renderer')) {
    const status = existsSync(`/proc/${p.id}/status`) ? readFileSync(`/proc/${p.id}/status`, 'utf8') : '';
    sum += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  }
  return sum;
}

async function pageHeap(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

export async function wordlistMemory(browser, origin, now) {
  const path = await longLineList();
  const token = makeHsToken('not-in-the-list-5b2e', now);
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const browserCdp = await browser.newBrowserCDPSession();
  await cdp.send('Performance.enable');
  const fileInput = await openForScan(page, origin, token);
  // The background public-list check of this token runs and ends first: it is not the list's.
  await page.waitForTimeout(4000);
  await cdp.send('HeapProfiler.collectGarbage');
  const rss0 = await rendererRss(browserCdp);
  const heap0 = await pageHeap(cdp);
  let rssPeak = rss0;
  let heapPeak = heap0;
  const t0 = Date.now();
  await fileInput.setInputFiles(path);
  let status = '';
  while (Date.now() - t0 < MAX_SECONDS * 1000) {
    rssPeak = Math.max(rssPeak, await rendererRss(browserCdp));
    heapPeak = Math.max(heapPeak, await pageHeap(cdp));
    status = (await page.getByTestId('scan-status').getAttribute('data-status')) ?? '';
    if (status !== 'running' && Date.now() - t0 > 1000) break;
    await page.waitForTimeout(SAMPLE_MS);
  }
  const seconds = (Date.now() - t0) / 1000;
  const done = status === 'not-found';
  const tried = done ? Math.floor((MB * 2 ** 20) / (LINE + 1)) : Number((await page.getByTestId('scan-status').getAttribute('data-tried')) ?? 0);
  // A scan that stopped otherwise (another status) is reported with that status, not cancelled.
  if (status === 'running') await page.getByRole('button', { name: 'Cancel' }).click();
  await context.close();
  await browserCdp.detach();
  if (!process.env.BENCH_KEEP_LIST) rmSync(path);
  return { mb: MB, lineBytes: LINE + 1, done, status, seconds, tried, rssGrowth: rssPeak - rss0, heapGrowth: heapPeak - heap0, rssBefore: rss0 };
}
