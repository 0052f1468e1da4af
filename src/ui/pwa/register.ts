// Service worker registration, through vite-plugin-pwa's Solid helper (workbox-window inside).
// The build's SW claims the page on first install (clientsClaim) but never takes over an open
// page on update by itself (no skipWaiting): the user is asked, and `reload()` lets it in.
import { useRegisterSW } from 'virtual:pwa-register/solid';
import type { Accessor } from 'solid-js';

export interface ServiceWorkerState {
  /** True once, after the very first install: the app's files are cached for offline use. */
  offlineReady: Accessor<boolean>;
  /** A new version is installed and waiting for the user's go-ahead. */
  needRefresh: Accessor<boolean>;
  /** Activates the waiting version; the page reloads once it has taken control. */
  reload: () => void;
  dismissOfflineReady: () => void;
  dismissUpdate: () => void;
}

export function createServiceWorker(): ServiceWorkerState {
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    // The helper reloads only when the page was already controlled when it registered, so an
    // update that arrives during the very first visit would never reload. `reload()` below
    // reloads on the controller change in every case; this keeps the helper from doing it twice.
    onNeedReload: () => {},
    onRegisterError: (error: unknown) => console.warn('Service worker registration failed:', error),
  });
  const reload = () => {
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  };
  return {
    offlineReady,
    needRefresh,
    reload,
    dismissOfflineReady: () => setOfflineReady(false),
    dismissUpdate: () => setNeedRefresh(false),
  };
}
