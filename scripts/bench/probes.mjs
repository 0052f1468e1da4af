// Functions that run inside the page (passed to page.evaluate). Each takes its timestamps with
// performance.now() in the page, so the figures do not include Playwright's own overhead.

/** Paste `token` into the editor content element and time it: to the verdict in the DOM
 * (data-status becomes `want`), and to the next painted frame; plus the longest long task. */
export function pasteAndTime([content, given, want, testId = 'signature-status']) {
  // null: the token put in the page before (stashToken), so this task carries no large argument.
  const token = given ?? window.__benchToken;
  return new Promise((resolve, reject) => {
    // Only tasks still running when the paste came count (not those of the wait before it).
    const longTasks = [];
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime + e.duration > t0) longTasks.push(e.duration);
    });
    po.observe({ type: 'longtask' });
    const status = () => document.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-status');
    let t0 = Infinity; // set when the paste is dispatched
    let done = false;
    const finish = (verdictAt) => {
      done = true;
      mo.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const paintedAt = performance.now();
          // Let any task still running after the paint finish, so it is counted.
          setTimeout(() => {
            po.disconnect();
            resolve({ verdict: verdictAt - t0, painted: paintedAt - t0, longestTask: Math.max(0, ...longTasks) });
          }, 250);
        };
        ch.port2.postMessage(0);
      });
    };
    const mo = new MutationObserver(() => {
      if (!done && status() === want) finish(performance.now());
    });
    mo.observe(document.body, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-status'] });
    setTimeout(() => !done && reject(new Error(`no "${want}" verdict within 20 s (status: ${status()})`)), 20_000);
    const data = new DataTransfer();
    data.setData('text/plain', token);
    content.focus();
    // The paste in a task of its own: the task that runs this function also took the token in
    // from Playwright (decoding 400 KB of arguments is the harness's work, not the page's). And
    // 100 ms after the focus, as a user's paste comes after the click: CodeMirror handles a focus
    // change in a timer 10 ms later, which would otherwise run between the paste and its frame.
    setTimeout(() => {
      t0 = performance.now();
      window.__benchPasteAt = t0;
      content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 100);
  });
}

/** The raw work for the same token in the same page: base64url decode + JSON.parse +
 * crypto.subtle.verify, median of a few runs (ms). */
export async function rawWork([token, spkiB64]) {
  const dec = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const spki = Uint8Array.from(atob(spkiB64), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('spki', spki, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const [h, p, s] = token.split('.');
    JSON.parse(new TextDecoder().decode(dec(h)));
    JSON.parse(new TextDecoder().decode(dec(p)));
    const ok = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, dec(s), new TextEncoder().encode(`${h}.${p}`));
    times.push(performance.now() - t0);
    if (!ok) throw new Error('raw verify failed');
  }
  times.sort((a, b) => a - b);
  return times[3];
}

/** Raw HMAC-SHA256 rate in this page: one imported key, `n` signatures over `message`. */
export async function rawHmacRate([message, n]) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const data = new TextEncoder().encode(message);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await crypto.subtle.sign('HMAC', key, data);
  return n / ((performance.now() - t0) / 1000);
}

/** Puts `token` in the page for pasteAndTime([content, null, …]). */
export function stashToken(token) {
  window.__benchToken = token;
}

/** Start watching long tasks; stopLongTasks() returns the longest seen (ms). `__benchLastEnd` is
 * when the latest one ended. */
export function watchLongTasks() {
  window.__benchLongTasks = [];
  window.__benchLastEnd = performance.now();
  window.__benchPasteAt = undefined;
  const po = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      window.__benchLongTasks.push({ end: e.startTime + e.duration, duration: e.duration });
      window.__benchLastEnd = Math.max(window.__benchLastEnd, e.startTime + e.duration);
    }
  });
  po.observe({ type: 'longtask' });
  window.__benchStop = () => po.disconnect();
}

/** With a paste timed by pasteAndTime since, only the tasks still running when it came count. */
export function stopLongTasks() {
  window.__benchStop?.();
  const from = window.__benchPasteAt ?? -Infinity;
  return Math.max(0, ...(window.__benchLongTasks ?? []).filter((t) => t.end > from).map((t) => t.duration));
}

/** Types `key` into the Key box, as a user pasting it would. */
export async function setKey(page, key) {
  const keyBox = page.getByRole('textbox', { name: 'Key', exact: true });
  await keyBox.click();
  await keyBox.fill(key);
}

/** Opens the app, types an HMAC `token` with no key into the Token box, waits for its verdict and
 * returns the Weak-secret search's file input (for setInputFiles). */
export async function openForScan(page, origin, token) {
  await page.goto(origin);
  const box = page.getByRole('textbox', { name: 'Token', exact: true });
  await box.click();
  await box.fill(token);
  await page.getByTestId('signature-status').and(page.locator('[data-status="no-key"]')).waitFor();
  return page.locator('input[type="file"]').elementHandle();
}
