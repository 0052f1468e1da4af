// The "Key formats" region: one key (made here or read from the Key box) in every form the core
// writes, each with a copy button, and its RFC 7638 thumbprint.
import { For, Show } from 'solid-js';
import type { KeyBundle } from '../../core/report';
import { CopyButton } from './copy-button';

const json = (v: unknown) => JSON.stringify(v, null, 2);

function formatsOf(b: KeyBundle): { label: string; text: string }[] {
  const shared = b.publicJwk ?? (b.key.kty === 'oct' ? b.privateJwk : undefined);
  const rows: { label: string; text: string | undefined }[] = [
    { label: b.publicJwk ? 'Public JWK' : 'Secret JWK', text: shared && json(shared) },
    { label: 'JWK Set', text: shared && json({ keys: [shared] }) },
    { label: 'SPKI PEM', text: b.spkiPem },
    { label: 'Private JWK', text: b.publicJwk && b.privateJwk ? json(b.privateJwk) : undefined },
    { label: 'PKCS#8 PEM', text: b.pkcs8Pem },
  ];
  return rows.filter((r): r is { label: string; text: string } => r.text !== undefined);
}

export function KeyFormats(props: { bundle: KeyBundle | undefined; error: string | undefined; generated: boolean; busy: boolean }) {
  return (
    <section
      aria-label="Key formats"
      aria-busy={props.busy}
      class="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-2.5 text-sm dark:border-slate-700 dark:bg-slate-800/60"
      data-testid="key-formats"
    >
      <h3 class="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">Key formats</h3>
      <Show when={props.error}>
        <p class="text-rose-700 dark:text-rose-300" data-testid="key-formats-error">{props.error}</p>
      </Show>
      <Show when={!props.error && props.bundle}>
        {(b) => (
          <>
            <Show when={props.generated}>
              <p class="text-slate-700 dark:text-slate-200" data-testid="key-made-here">
                This key was made here, in this page, for testing. It is not stored or sent anywhere.
              </p>
            </Show>
            <For each={b().notes.filter(() => !props.generated)}>
              {(n) => <p class="text-slate-600 dark:text-slate-300">ℹ {n}</p>}
            </For>
            <div class="flex flex-wrap items-center gap-2">
              <span class="text-xs text-slate-600 dark:text-slate-300">Thumbprint (RFC 7638, SHA-256)</span>
              <code class="min-w-0 break-all font-mono text-xs text-slate-800 dark:text-slate-100" data-testid="key-thumbprint">
                {b().thumbprint}
              </code>
              <CopyButton label="Copy the thumbprint" text={() => b().thumbprint} />
            </div>
            <For each={formatsOf(b())}>
              {(f) => (
                <div class="flex flex-col gap-1" data-format={f.label}>
                  <div class="flex items-center justify-between gap-2">
                    <span class="text-xs font-medium text-slate-700 dark:text-slate-200">{f.label}</span>
                    <CopyButton label={`Copy the ${f.label}`} text={() => f.text} />
                  </div>
                  <textarea
                    readonly
                    aria-label={f.label}
                    rows={Math.min(8, f.text.split('\n').length)}
                    class="field w-full resize-y font-mono text-xs"
                    value={f.text}
                  />
                </div>
              )}
            </For>
          </>
        )}
      </Show>
    </section>
  );
}
