// PLACEHOLDER (the offline/PWA helper replaces it): offline line, install button, update prompt.
export function PwaStatus() {
  return <p>Offline: this page cannot make network requests.</p>;
}
