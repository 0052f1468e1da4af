// The browser's install offer. Chromium fires `beforeinstallprompt` once the app is installable;
// we keep the event and show our own Install button only while one is held. The listener is
// attached when this module loads, so an event that fires before the first render is not lost.
import { createSignal } from 'solid-js';

/** Chromium's event; not in the DOM typings. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

const [offer, setOffer] = createSignal<BeforeInstallPromptEvent>();

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // our button instead of the browser's mini-infobar
    setOffer(() => event as BeforeInstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => setOffer(undefined));
}

export const canInstall = () => offer() !== undefined;

/** Shows the browser's install dialog; an offer can be used once. */
export async function install(): Promise<void> {
  const event = offer();
  if (!event) return;
  setOffer(undefined);
  await event.prompt().catch(() => undefined);
}
