// Top bar: name, sample tokens, theme switch and the shortcuts button.
import { For } from 'solid-js';
import type { Theme } from '../state/theme';
import { SAMPLE_IDS, SAMPLE_LABELS } from '../samples/titles';

const THEME_LABEL = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' } as const;

export function AppHeader(props: { theme: Theme; onSample: (id: string) => void; onHelp: () => void }) {
  return (
    <header class="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-950/80">
      <div class="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-3 py-3 sm:px-6">
        <div class="flex items-center gap-3">
          <span class="grid size-9 place-items-center rounded-lg bg-slate-900 font-mono text-sm font-bold text-white dark:bg-slate-100 dark:text-slate-900" aria-hidden="true">
            JWT
          </span>
          <div>
            <h1 class="text-base font-semibold leading-tight">JWT Inspector</h1>
            <p class="text-xs text-slate-500 dark:text-slate-400">Decode, verify and lint. Offline; nothing leaves this page.</p>
          </div>
        </div>
        <div class="flex flex-wrap items-center gap-2">
          <select
            class="field py-1.5"
            aria-label="Load a sample token"
            onChange={(e) => {
              const id = e.currentTarget.value;
              e.currentTarget.value = '';
              if (id) props.onSample(id);
            }}
          >
            <option value="">Samples…</option>
            <For each={SAMPLE_IDS}>{(id) => <option value={id}>{SAMPLE_LABELS[id]}</option>}</For>
          </select>
          <button type="button" class="btn-ghost" onClick={() => props.theme.cycle()} data-testid="theme-toggle" data-theme={props.theme.choice()}>
            {THEME_LABEL[props.theme.choice()]}
          </button>
          <button type="button" class="btn-ghost" onClick={() => props.onHelp()} aria-keyshortcuts="?">
            Shortcuts
          </button>
        </div>
      </div>
    </header>
  );
}
