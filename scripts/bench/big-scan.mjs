// Issue 15's scale figures: a rockyou-sized list (14.3M lines, the secret on the last line),
// generated into a temp file (never committed), dropped on the page with 1 and with N scan
// workers (navigator.hardwareConcurrency overridden: the page uses hardwareConcurrency - 1);
// first progress, total, longest main-thread task; the raw SHA-256 block rate of the same page;
// and a secret from deep in the shipped public list found after a paste, with no file loaded.
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openForScan, stopLongTasks, watchLongTasks } from './probes.mjs';
import { startTaskTrace, stopTaskTrace } from './task-cpu.mjs';
import { makeHsToken } from './tokens.mjs';

const LINES = Number(process.env.BENCH_SCAN_LINES ?? 14_344_391);
// Drops with 1 and with 2 workers, alternately (the machine may be shared: medians over runs).
const RUNS = Number(process.env.BENCH_SCAN_RUNS ?? 3);
const SECRET = 'the-last-line-7c1d';


async function bigList() {
  const path = join(tmpdir(), `bench-scan-${LINES}.list`);
  if (existsSync(path)) return path;
  const out = createWriteStream(path);
  for (let i = 0; i < LINES - 1; i += 100_000) {
    let chunk = '';
    for (let j = i; j < Math.min(i + 100_000, LINES - 1); j++) chunk += `pw${j.toString(36)}\n`;
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  out.end(SECRET);
  await new Promise((r) => out.on('finish', r));
  return path;
}

/** SHA-256 blocks per second of the browser's own (native) digest, in the same page. */
async function rawShaBlocks() {
  const data = new Uint8Array(32 * 1024 * 1024);
  await crypto.subtle.digest('SHA-256', data);
  const t0 = performance.now();
  for (let i = 0; i < 4; i++) await crypto.subtle.digest('SHA-256', data);
  return (4 * data.length) / 64 / ((performance.now() - t0) / 1000);
}

/** Candidates per second of one scan worker (one core), with the WebAssembly SIMD matcher and
 * with the JavaScript one, on the same list in the same page: a block of `lines` candidates
 * without the secret, each engine run `rounds` times alternately (median); and between them the
 * page's raw SHA-256 block rate, so that each ratio compares figures taken moments apart. */
async function engineRates([workerUrl, token, lines, rounds]) {
  const worker = new Worker(workerUrl, { type: 'module' });
  const text = `${Array.from({ length: lines }, (_, i) => `rate-${i.toString(36)}`).join('\n')}\n`;
  const run = (engine) =>
    new Promise((resolve) => {
      const words = new TextEncoder().encode(text).buffer;
      worker.onmessage = (e) => e.data.type === 'done' && resolve(e.data.result);
      worker.postMessage({ type: 'block', id: 1, token, words, firstLine: 1, ...(engine ? { engine } : {}) }, [words]);
    });
  const data = new Uint8Array(8 * 1024 * 1024);
  const raw = async () => {
    const t0 = performance.now();
    await crypto.subtle.digest('SHA-256', data);
    return performance.now() - t0;
  };
  const times = { simd: [], js: [], raw: [] };
  let engine;
  await run('js');
  await run();
  await raw();
  for (let i = 0; i < rounds; i++) {
    const fast = await run();
    engine = fast.engine;
    times.simd.push(fast.elapsedMs);
    times.raw.push(await raw());
    times.js.push((await run('js')).elapsedMs);
  }
  worker.terminate();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    engine,
    simdPerSecond: lines / (median(times.simd) / 1000),
    jsPerSecond: lines / (median(times.js) / 1000),
    rawShaBlocksPerSecond: data.length / 64 / (median(times.raw) / 1000),
  };
}

async function dropRun(browser, origin, path, token, cores, rates) {
  const context = await browser.newContext();
  await context.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => n }), cores);
  const page = await context.newPage();
  const input = await openForScan(page, origin, token);
  await page.waitForTimeout(2000);
  await page.evaluate(watchLongTasks);
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="scan-status"]');
    window.__scan = {};
    document.querySelector('input[type="file"]').addEventListener('change', () => (window.__scan.t0 = performance.now()), { capture: true });
    new MutationObserver(() => {
      const t = performance.now();
      if (!window.__scan.first && Number(status.getAttribute('data-tried')) > 0) window.__scan.first = t;
      if (status.getAttribute('data-status') === 'found') window.__scan.found ??= t;
    }).observe(status, { attributes: true });
  });
  await startTaskTrace(browser, page);
  await input.setInputFiles(path);
  await page.waitForFunction(() => window.__scan.found, null, { timeout: 600_000, polling: 500 });
  const s = await page.evaluate(() => window.__scan);
  const line = await page.getByTestId('scan-status').textContent();
  const longest = await page.evaluate(stopLongTasks);
  const trace = await stopTaskTrace(browser);
  const raw = await page.evaluate(rawShaBlocks);
  const worker = readdirSync(resolve('dist/assets')).find((f) => /^scan-worker-.*\.js$/.test(f));
  const perCore = rates && worker ? await page.evaluate(engineRates, [`/assets/${worker}`, token, 500_000, 5]) : undefined;
  await context.close();
  return { perCore, firstProgress: s.first - s.t0, total: s.found - s.t0, longestTask: longest, longestTaskCpu: trace.cpuMs, foundLastLine: line.includes(`line ${LINES})`), rawShaBlocksPerSecond: raw };
}

async function publicListRun(browser, origin, now) {
  const lines = readFileSync(resolve('src/assets/wordlists/jwt.secrets.list'), 'utf8').split('\r\n');
  const line = 100_000;
  const token = makeHsToken(lines[line - 1], now);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  await page.waitForTimeout(2000);
  const box = page.getByRole('textbox', { name: 'Token', exact: true });
  await box.click();
  const t0 = Date.now();
  await box.fill(token);
  await page.getByTestId('untrusted-reason').and(page.locator('[data-reason="hmac-secret-weak"]')).waitFor({ timeout: 60_000 });
  const ms = Date.now() - t0;
  await context.close();
  return { line, ms };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
/** Per figure: median, min and max over the runs. */
const summary = (runs) => ({
  total: stats(runs.map((r) => r.total)),
  firstProgress: stats(runs.map((r) => r.firstProgress)),
  longestTask: stats(runs.map((r) => r.longestTask)),
  longestTaskCpu: stats(runs.map((r) => r.longestTaskCpu)),
  foundLastLine: runs.every((r) => r.foundLastLine),
  rawShaBlocksPerSecond: median(runs.map((r) => r.rawShaBlocksPerSecond)),
});

export async function bigScan(browser, origin, now) {
  const path = await bigList();
  const token = makeHsToken(SECRET, now);
  const ones = [];
  const twos = [];
  for (let i = 0; i < RUNS; i++) {
    // hardwareConcurrency 2 → 1 worker; 3 → 2 workers (this machine's cores).
    ones.push(await dropRun(browser, origin, path, token, 2, i === 0));
    twos.push(await dropRun(browser, origin, path, token, 3, false));
  }
  const publicList = await publicListRun(browser, origin, now);
  if (!process.env.BENCH_KEEP_LIST) rmSync(path);
  const [one, two] = [summary(ones), summary(twos)];
  // One candidate of a short token: ipad, 2 message blocks, opad, outer tail = 5 SHA-256 blocks.
  const blocksPerCandidate = 5;
  const perWorker = LINES / (one.total.median / 1000);
  return {
    lines: LINES,
    one,
    two,
    speedUp: one.total.median / two.total.median,
    perWorkerPerSecond: perWorker,
    rawShaBlocksPerSecond: one.rawShaBlocksPerSecond,
    rawRatio: (perWorker * blocksPerCandidate) / one.rawShaBlocksPerSecond,
    blocksPerCandidate,
    // One worker on its own (no file reading), WebAssembly SIMD and JavaScript in the same page.
    perCore: ones[0].perCore,
    publicList,
  };
}
