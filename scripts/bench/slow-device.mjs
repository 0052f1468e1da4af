// Issue 15's slower-device figures. `throttled`: the paste budgets at 4× CPU throttling (Chrome
// DevTools Protocol Emulation.setCPUThrottlingRate, a mid-range phone): 1 KB → painted, 400 KB →
// the longest main-thread task from the paste until the page has settled (every staged step, the
// editors' background parsing). `typed`: 400 KB inserted as typed text at full speed (CDP
// Input.insertText: what drag and drop of text and IME produce, not a paste event) → the longest
// task until settled. `floor`: the same 1 KB paste at the same throttling into CodeMirror alone on
// an empty page (floor-editor.js), the part of the 1 KB figure that is the editor's own.
import { makeToken } from './tokens.mjs';
import { pasteAndTime, setKey, stashToken, stopLongTasks, watchLongTasks } from './probes.mjs';

const RATE = 4;
const QUIET_MS = 1500;
const SETTLE_MAX_MS = 20_000;

/** Waits until no long task has ended for QUIET_MS (at most SETTLE_MAX_MS), then returns the
 * longest one seen since watchLongTasks. */
async function settledLongest(page) {
  const start = Date.now();
  while (Date.now() - start < SETTLE_MAX_MS) {
    const since = await page.evaluate(() => performance.now() - (window.__benchLastEnd ?? 0));
    if (since >= QUIET_MS) break;
    await page.waitForTimeout(250);
  }
  return page.evaluate(stopLongTasks);
}

async function openWithKey(browser, origin, key, settle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  await setKey(page, key.publicPem);
  const content = await page.getByRole('textbox', { name: 'Token', exact: true }).elementHandle();
  await page.waitForTimeout(settle);
  return { context, page, content };
}

export async function throttledPastes(browser, origin, key, now, runs, settle) {
  const out = {};
  for (const [label, bytes] of [['1 KB', 1024], ['400 KB', 409_600]]) {
    const token = makeToken(key, bytes, now);
    const painted = [];
    const longest = [];
    for (let i = 0; i < runs; i++) {
      const { context, page, content } = await openWithKey(browser, origin, key, settle);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
      await page.evaluate(stashToken, token);
      await page.evaluate(watchLongTasks);
      const r = await page.evaluate(pasteAndTime, [content, null, 'valid']);
      painted.push(r.painted);
      longest.push(Math.max(r.longestTask, await settledLongest(page)));
      await context.close();
    }
    out[label] = { bytes: token.length, painted, longest };
  }
  return { rate: RATE, ...out };
}

export async function typedText(browser, origin, key, now, runs, settle) {
  const token = makeToken(key, 409_600, now);
  const verdict = [];
  const longest = [];
  for (let i = 0; i < runs; i++) {
    const { context, page, content } = await openWithKey(browser, origin, key, settle);
    const cdp = await context.newCDPSession(page);
    await content.focus();
    await page.evaluate(watchLongTasks);
    const t0 = await page.evaluate(() => performance.now());
    await cdp.send('Input.insertText', { text: token });
    // "valid" means every character arrived: the signature covers the whole text.
    await page.waitForFunction(() => document.querySelector('[data-testid="signature-status"]')?.getAttribute('data-status') === 'valid', null, {
      timeout: 30_000,
      polling: 20,
    });
    verdict.push((await page.evaluate(() => performance.now())) - t0);
    longest.push(await settledLongest(page));
    await context.close();
  }
  return { bytes: token.length, verdict, longest };
}

const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head>
<body style="margin:24px"><p id="status" data-testid="signature-status" data-status="none">status</p>
<div id="host" style="width:720px"></div><script type="module" src="floor.js"></script></body></html>`;

/** The floor-editor.js page, bundled once with Vite. */
let floorScript;
async function floorBundle() {
  if (floorScript) return floorScript;
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, lib: { entry: new URL('./floor-editor.js', import.meta.url).pathname, formats: ['es'], fileName: 'floor' } },
  });
  floorScript = (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === 'chunk').code;
  return floorScript;
}

/** CodeMirror alone (floor-editor.js) under the same 1 KB paste at the same throttling: what the
 * editor costs before the app does anything. Served from memory under the app's origin; warmed
 * with one edit, as setting the key warms the app's editors. */
export async function floorPastes(browser, origin, key, now, runs, settle) {
  const token = makeToken(key, 1024, now);
  const script = await floorBundle();
  const painted = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    await context.route(`${origin}/__floor/**`, (route) =>
      route.fulfill(route.request().url().endsWith('.js')
        ? { contentType: 'text/javascript', body: script }
        : { contentType: 'text/html', body: FLOOR_HTML }),
    );
    const page = await context.newPage();
    await page.goto(`${origin}/__floor/index.html`);
    const box = page.getByRole('textbox', { name: 'Token', exact: true });
    await box.fill('x'.repeat(512));
    await box.fill('');
    const content = await box.elementHandle();
    await page.waitForTimeout(settle);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.evaluate(stashToken, token);
    painted.push((await page.evaluate(pasteAndTime, [content, null, 'valid'])).painted);
    await context.close();
  }
  return { rate: RATE, bytes: token.length, painted };
}
