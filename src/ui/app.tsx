// The app shell: verdict on top, token and key editors (and the detached payload, for a token
// that carries none), decoded parts, claims, findings, nested tokens, time travel and the
// weak-secret search. It renders the core's Report and nothing else decides a security fact.
import { createSignal, lazy, onMount, Show, Suspense } from 'solid-js';
import { createInspector } from './state/create-inspector';
import { createTransport } from './inspect/transport';
import { createTheme } from './state/theme';
import type { Revealers } from './state/reveal';
import { VerdictBanner } from './components/verdict-banner';
import { TokenInput } from './components/token-input';
import { DetachedPayload } from './components/detached-payload';
import { HelpOverlay } from './components/help-overlay';
import { AppHeader } from './components/app-header';
import { PwaStatus } from './pwa/pwa-status';
import { takeLinkedToken } from './share/from-link';

// Loaded once the Token box is up, so their download and parsing do not compete with the
// startup bundle's.
const KeyInput = lazy(() => import('./components/key-input'));
const RelatedInput = lazy(() => import('./components/related-input'));
const Details = lazy(() => import('./details'));
const ShareControls = lazy(() => import('./share/share-controls'));
const LinkNote = lazy(() => import('./share/link-note'));
const DETAILS_AT_LATEST_MS = 1500;

export function App() {
  const results = createTransport();
  const insp = createInspector(results.inspect);
  // A share link's token (issue 17): in the Token box, said once, never stored.
  const linked = takeLinkedToken();
  const [fromLink, setFromLink] = createSignal(linked !== undefined);
  if (linked !== undefined) insp.setToken(linked);
  // After the first screen: the key editor at once; the details once the page's copy of the core
  // is warm (it serves the first paste), or when a report arrives, whichever comes first.
  const [started, setStarted] = createSignal(false);
  const [detailsDue, setDetailsDue] = createSignal(false);
  onMount(() =>
    setTimeout(() => {
      setStarted(true);
      void results.whenWarm().then(() => setDetailsDue(true));
      setTimeout(() => setDetailsDue(true), DETAILS_AT_LATEST_MS);
    }, 0),
  );
  const showDetails = () => detailsDue() || results.quick() !== undefined;
  const theme = createTheme();
  const revealers: Revealers = {};
  let openHelp = () => {};
  // The verdict changes when the report for the pasted text arrives, not at the paste itself. A
  // key pasted with no token is not empty: the core lints the key alone and words the verdict.
  const empty = () => {
    const quick = results.quick();
    return !quick?.input.text.trim() && (quick?.keys.kind ?? 'none') === 'none';
  };
  // Share and Export re-inspect what the verdict shown was for, at the same clock.
  const shareInput = () => {
    const now = results.quick()?.now;
    if (!insp.token().trim() || now === undefined) return undefined;
    const payload = insp.payload();
    return { token: insp.token(), key: insp.key() || undefined, secretEncoding: insp.encoding(), ...(payload ? { payload } : {}), now, leeway: insp.leeway() };
  };
  const loadSample = async (id: string) => {
    const { buildSample } = await import('./samples/index');
    const s = await buildSample(id, Math.floor(Date.now() / 1000));
    insp.setKey(s.key);
    insp.setEncoding('auto');
    insp.setToken(s.token);
  };
  const focus = (label: string) =>
    document.querySelectorAll('.editor-host').forEach((h) => {
      const el = h.querySelector('.editor-root')?.shadowRoot?.querySelector<HTMLElement>(`[aria-label="${label}"]`);
      el?.focus();
    });
  const shortcuts = [
    { keys: 't', does: 'Focus the token editor', run: () => focus('Token') },
    { keys: 'k', does: 'Focus the key editor', run: () => focus('Key') },
    { keys: 'f', does: 'Jump to the findings', run: () => document.getElementById('findings')?.focus() },
    { keys: 'd', does: 'Switch theme (system, light, dark)', run: theme.cycle },
    { keys: 'x', does: 'Clear token, key and related token', run: () => (insp.setToken(''), insp.setKey(''), insp.setRelated('')) },
  ];

  return (
    <div class="flex min-h-screen flex-col">
      <AppHeader theme={theme} onSample={(id) => void loadSample(id)} onHelp={() => openHelp()} />
      <main class="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-5 px-3 py-5 sm:px-6">
        <VerdictBanner report={results.quick()} empty={empty()} asOf={insp.asOf()} onRunPbes2={insp.setMaxPbes2Count} />
        <Show when={fromLink()}>
          <LinkNote onDismiss={() => setFromLink(false)} />
        </Show>
        <div class="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section class="panel" aria-label="Token input">
            <TokenInput value={insp.token()} onInput={insp.setToken} report={results.editorReport()} onRevealer={(r) => (revealers.token = r)} />
            <DetachedPayload report={results.quick()} value={insp.payload()} onInput={insp.setPayload} />
            <Suspense>
              <Show when={started()}>
                <ShareControls input={shareInput} />
              </Show>
            </Suspense>
          </section>
          <section class="panel" aria-label="Key input">
            <Suspense fallback={<div class="min-h-32" />}>
              <Show when={started()} fallback={<div class="min-h-32" />}>
                <KeyInput value={insp.key()} onInput={insp.setKey} encoding={insp.encoding()} onEncoding={insp.setEncoding} report={results.editorReport()} />
                <RelatedInput value={insp.related()} onInput={insp.setRelated} />
              </Show>
            </Suspense>
          </section>
        </div>
        <Suspense>
          <Show when={showDetails()}>
            <Details insp={insp} results={results} revealers={revealers} />
          </Show>
        </Suspense>
      </main>
      <footer class="border-t border-slate-200 px-3 py-4 text-sm text-slate-600 sm:px-6 dark:border-slate-800 dark:text-slate-300">
        <div class="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3">
          <PwaStatus />
          <p>
            Press <kbd>?</kbd> for keyboard shortcuts.
          </p>
        </div>
      </footer>
      <HelpOverlay shortcuts={shortcuts} ref={(open) => (openHelp = open)} />
    </div>
  );
}
