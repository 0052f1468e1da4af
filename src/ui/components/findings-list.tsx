// Findings grouped by severity: rule id, message, the catalogue's explanation and references,
// and "show in token", which selects the finding's range in the token editor or decoded view.
import { createMemo, For, Show } from 'solid-js';
import type { Finding, Severity } from '../../core/index';
import { ruleCatalog } from '../inspect/runner';
import { createStableList } from '../state/stable';
import { revealTargets, type Revealers } from '../state/reveal';
import { Icon } from './icons';

const GROUPS: { severity: Severity; title: string; cls: string; icon: 'cross' | 'alert' | 'info' }[] = [
  { severity: 'error', title: 'Errors', cls: 'sev-error', icon: 'cross' },
  { severity: 'warning', title: 'Warnings', cls: 'sev-warning', icon: 'alert' },
  { severity: 'info', title: 'Notes', cls: 'sev-info', icon: 'info' },
];

export function FindingsList(props: { findings: readonly Finding[]; revealers: Revealers }) {
  const findings = createStableList(() => props.findings, (f) => JSON.stringify([f.rule, f.severity, f.message, f.at, f.inputRange, f.path]));
  const grouped = createMemo(() =>
    GROUPS.map((g) => ({ ...g, items: findings().filter((f) => f.severity === g.severity) })).filter((g) => g.items.length),
  );
  return (
    <Show when={props.findings.length} fallback={<p class="muted">No findings.</p>}>
      <div class="flex flex-col gap-5">
        <For each={grouped()}>
          {(g) => (
            <section aria-label={`${g.title} (${g.items.length})`}>
              <h3 class={`mb-2 flex items-center gap-2 text-sm font-semibold ${g.cls}`}>
                <Icon name={g.icon} class="size-4" />
                {g.title} <span class="font-normal">({g.items.length})</span>
              </h3>
              <ul class="flex flex-col gap-2">
                <For each={g.items}>{(f) => <FindingItem finding={f} revealers={props.revealers} cls={g.cls} />}</For>
              </ul>
            </section>
          )}
        </For>
      </div>
    </Show>
  );
}

function FindingItem(props: { finding: Finding; revealers: Revealers; cls: string }) {
  const info = () => ruleCatalog().get(props.finding.rule);
  const targets = () => revealTargets(props.finding);
  return (
    <li
      class={`finding rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 ${props.cls}`}
      data-rule={props.finding.rule}
      data-severity={props.finding.severity}
    >
      <div class="flex flex-wrap items-start justify-between gap-2">
        <div class="min-w-0 flex-1">
          <p class="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
            <span class="badge badge-sev font-semibold uppercase">{props.finding.severity}</span>
            <code class="font-mono text-slate-600 dark:text-slate-300">{props.finding.rule}</code>
            <Show when={props.finding.path?.length}>
              <span class="text-slate-500 dark:text-slate-400">in nested token {props.finding.path!.join(' › ')}</span>
            </Show>
          </p>
          <p class="mt-1 text-sm text-slate-900 [overflow-wrap:anywhere] dark:text-slate-100">{props.finding.message}</p>
        </div>
        <Show when={targets().length}>
          <div class="flex gap-1">
            <For each={targets()}>
              {(t) => (
                <button type="button" class="btn-ghost" onClick={() => props.revealers[t.target]?.(t.from, t.to)}>
                  Show in {t.target}
                </button>
              )}
            </For>
          </div>
        </Show>
      </div>
      <Show when={info()}>
        <details class="mt-2 text-sm">
          <summary class="cursor-pointer text-slate-600 dark:text-slate-300">Why it matters: {info()!.title}</summary>
          <p class="mt-1 text-slate-700 dark:text-slate-200">{info()!.explanation}</p>
          <Show when={info()!.references.length}>
            <p class="mt-1 text-xs text-slate-500 dark:text-slate-400">References: {info()!.references.join('; ')}</p>
          </Show>
        </details>
      </Show>
    </li>
  );
}
