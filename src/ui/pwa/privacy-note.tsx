// The privacy line, and what stands behind it, readable offline (no external link).
// docs/security.md is the long version; keep the two saying the same thing.

/** The policy this page actually carries (the build adds it; the dev server has none). */
function pagePolicy(): string | undefined {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  return meta?.getAttribute('content') ?? undefined;
}

export function PrivacyNote() {
  const policy = pagePolicy();
  return (
    <details class="text-sm text-slate-600 dark:text-slate-300" data-testid="privacy-note">
      <summary class="cursor-pointer select-none">
        <span class="font-medium">Offline: this page cannot make network requests.</span>{' '}
        <span class="underline decoration-dotted">How is this enforced?</span>
      </summary>
      <ul class="mt-2 list-disc space-y-1 pl-5">
        <li>
          The page carries a Content-Security-Policy with <code>connect-src 'none'</code>: the
          browser itself refuses every fetch, XHR, WebSocket and beacon from this page, to any
          server, this one included.
        </li>
        <li>
          Scripts, styles, images, fonts and workers load only from this site. There is no
          analytics, no CDN and no third-party code.
        </li>
        <li>
          Key URLs in a token (<code>jku</code>, <code>x5u</code>, <code>iss</code>) are shown and
          checked, never fetched. Verification uses only the key you paste.
        </li>
        <li>
          Nothing you paste is saved: not in local storage, session storage, IndexedDB, cookies
          or the address bar. Reloading the page forgets it.
        </li>
        <li>
          A service worker keeps a copy of this app's own files (and nothing else) so it opens
          without a network.
        </li>
        <li>
          The policy on this page, as your browser reads it:{' '}
          <code class="break-all" data-testid="page-csp">
            {policy ?? 'none (development server; the built app has one)'}
          </code>
        </li>
        <li>
          Check it yourself: open your browser's developer tools on the Network tab and paste a
          token, or turn off your network and reload.
        </li>
      </ul>
    </details>
  );
}
