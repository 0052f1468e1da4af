// Offline and install status for the app shell: the privacy line, "ready to work offline"
// (once, on first install), the update prompt (asked, never forced) and the Install button
// (only when the browser has offered installation).
import { Show } from 'solid-js';
import { PrivacyNote } from './privacy-note';
import { createServiceWorker } from './register';
import { canInstall, install } from './install';

const button =
  'rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800';

export function PwaStatus() {
  const sw = createServiceWorker();
  return (
    <div class="flex flex-col gap-2">
      <div class="flex flex-wrap items-start justify-between gap-2">
        <PrivacyNote />
        <Show when={canInstall()}>
          <button type="button" class={button} data-testid="install-app" onClick={() => void install()}>
            Install
          </button>
        </Show>
      </div>
      <Show when={sw.offlineReady()}>
        <p role="status" class="flex items-center gap-2 text-sm" data-testid="offline-ready">
          Ready to work offline.
          <button type="button" class={button} onClick={() => sw.dismissOfflineReady()}>
            OK
          </button>
        </p>
      </Show>
      <Show when={sw.needRefresh()}>
        <p role="status" class="flex items-center gap-2 text-sm" data-testid="update-ready">
          A new version is ready.
          <button type="button" class={button} onClick={() => sw.reload()}>
            Reload
          </button>
          <button type="button" class={button} onClick={() => sw.dismissUpdate()}>
            Later
          </button>
        </p>
      </Show>
    </div>
  );
}
