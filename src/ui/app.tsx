// The app shell: verdict on top, token and key editors, decoded parts, claims, findings, nested
// tokens, time travel and the weak-secret search. It renders the core's Report and nothing else
// decides a security fact.
import { createMemo, Show } from 'solid-js';
import { createInspector } from './state/create-inspector';
import { createTheme } from './state/theme';
import type { Revealers } from './state/reveal';
import { VerdictBanner } from './components/verdict-banner';
import { TokenInput } from './components/token-input';
import { KeyInput } from './components/key-input';
import { DecodedParts, EmptyParts } from './components/decoded-parts';
import { ClaimsTable } from './components/claims-table';
import { FindingsList } from './components/findings-list';
import { NestedTokens } from './components/nested-tokens';
import { TimeTravel } from './components/time-travel';
import { SecretScan } from './components/secret-scan';
import { HelpOverlay } from './components/help-overlay';
import { AppHeader } from './components/app-header';
import { PwaStatus } from './pwa/pwa-status';

export function App() {
  const insp = createInspector();
  const theme = createTheme();
  const revealers: Revealers = {};
  let openHelp = () => {};
  const report = insp.report;
  const empty = () => insp.token().trim() === '';
  const topFindings = createMemo(() => (report()?.findings ?? []).filter((f) => !f.path?.length));
  const hmac = () => {
    const alg = report()?.signature.alg ?? report()?.header?.value?.alg;
    return typeof alg === 'string' && /^HS/i.test(alg);
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
      const el = h.shadowRoot?.querySelector<HTMLElement>(`[aria-label="${label}"]`);
      el?.focus();
    });
  const shortcuts = [
    { keys: 't', does: 'Focus the token editor', run: () => focus('Token') },
    { keys: 'k', does: 'Focus the key editor', run: () => focus('Key') },
    { keys: 'f', does: 'Jump to the findings', run: () => document.getElementById('findings')?.focus() },
    { keys: 'd', does: 'Switch theme (system, light, dark)', run: theme.cycle },
    { keys: 'x', does: 'Clear token and key', run: () => (insp.setToken(''), insp.setKey('')) },
  ];

  return (
    <div class="flex min-h-screen flex-col">
      <AppHeader theme={theme} onSample={(id) => void loadSample(id)} onHelp={() => openHelp()} />
      <main class="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-5 px-3 py-5 sm:px-6">
        <VerdictBanner report={report()} empty={empty()} asOf={insp.asOf()} />
        <div class="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section class="panel" aria-label="Token input">
            <TokenInput value={insp.token()} onInput={insp.setToken} report={report()} onRevealer={(r) => (revealers.token = r)} />
          </section>
          <section class="panel" aria-label="Key input">
            <KeyInput value={insp.key()} onInput={insp.setKey} encoding={insp.encoding()} onEncoding={insp.setEncoding} report={report()} />
          </section>
        </div>
        <Show when={report()} fallback={<EmptyParts />}>
          {(r) => <DecodedParts report={r()} findings={topFindings()} onRevealer={(part, fn) => (revealers[part] = fn)} />}
        </Show>
        <div class="grid gap-5 xl:grid-cols-2">
          <section class="panel flex flex-col gap-4" aria-labelledby="findings">
            <h2 id="findings" tabindex="-1" class="panel-title">
              Findings
              <Show when={report()?.findings.length}>
                <span class="font-normal text-slate-500 dark:text-slate-400"> ({report()!.findings.length})</span>
              </Show>
            </h2>
            <Show when={!empty()} fallback={<p class="muted">Findings appear here once a token is pasted.</p>}>
              <FindingsList findings={report()?.findings ?? []} revealers={revealers} />
            </Show>
          </section>
          <section class="panel flex flex-col gap-4" aria-labelledby="claims-title">
            <h2 id="claims-title" class="panel-title">Claims and time</h2>
            <TimeTravel asOf={insp.asOf()} onAsOf={insp.setAsOf} leeway={insp.leeway()} onLeeway={insp.setLeeway} />
            <Show when={!empty()} fallback={<p class="muted">Claims appear here once a token is pasted.</p>}>
              <ClaimsTable claims={report()?.claims ?? []} />
            </Show>
          </section>
        </div>
        <Show when={report()?.nested.length}>
          <section class="flex flex-col gap-3" aria-labelledby="nested-title">
            <h2 id="nested-title" class="panel-title">Nested tokens</h2>
            <NestedTokens nested={report()!.nested} />
          </section>
        </Show>
        <section class="panel flex flex-col gap-3" aria-labelledby="scan-title">
          <h2 id="scan-title" class="panel-title">Weak-secret search</h2>
          <SecretScan
            token={report()?.input.token ?? ''}
            hmac={hmac()}
            onUseSecret={(s) => (insp.setEncoding('utf8'), insp.setKey(s))}
          />
        </section>
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
