// What a share link or an export leaves out: the signature, and the values of the claims picked.
// The link carries the token only (shareableToken), in the fragment; exports come from
// exportReport with the same choices. Both are built by the core.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { exportReport, shareableToken, type Report } from '../../core/index';
import { CopyButton } from '../components/copy-button';
import { LINK_PARAM } from './from-link';
import { downloadText } from './download';

const FORMATS = [
  { format: 'markdown', label: 'Markdown', file: 'jwt-report.md', type: 'text/markdown' },
  { format: 'json', label: 'JSON', file: 'jwt-report.json', type: 'application/json' },
] as const;

/** The page's own address (origin and path, never the query) with the token in the fragment. */
const shareLink = (token: string) => `${location.origin}${location.pathname}#${new URLSearchParams({ [LINK_PARAM]: token })}`;

export function ShareDialog(props: { report: Report; onClose: () => void }) {
  const [strip, setStrip] = createSignal(false);
  const [masked, setMasked] = createSignal<readonly string[]>([]);
  const names = () => [...new Set(props.report.claims.map((c) => c.name))];
  const hasSignature = () => props.report.kind === 'jws';
  const options = () => ({ mask: masked(), stripSignature: strip() });
  const link = createMemo(() => shareLink(shareableToken(props.report, options())));
  const text = (format: 'markdown' | 'json') => exportReport(props.report, { format, ...options() });
  const toggle = (name: string, on: boolean) => setMasked((m) => (on ? [...m, name] : m.filter((n) => n !== name)));
  return (
    <div class="flex flex-col gap-4 p-5 text-sm">
      <h2 id="share-title" class="text-lg font-semibold">
        Share or export
      </h2>
      <p data-testid="share-warning">A link is a copy of a credential: share it only with people you would give the token to.</p>
      <fieldset class="flex flex-col gap-1">
        <legend class="font-semibold">Leave out</legend>
        <label class="flex items-center gap-2">
          <input type="checkbox" checked={strip()} disabled={!hasSignature()} onChange={(e) => setStrip(e.currentTarget.checked)} />
          The signature
        </label>
        <For each={names()}>
          {(name) => (
            <label class="flex items-center gap-2">
              <input type="checkbox" data-mask={name} checked={masked().includes(name)} onChange={(e) => toggle(name, e.currentTarget.checked)} />
              The value of <code>{name}</code>
            </label>
          )}
        </For>
      </fieldset>
      <Show when={masked().length && hasSignature() && !strip()}>
        <p class="muted">Masking changes the payload, so the signature will no longer match.</p>
      </Show>
      <div class="flex flex-col gap-1">
        <label for="share-link" class="font-semibold">
          Share link
        </label>
        <input id="share-link" class="field font-mono" readonly value={link()} onFocus={(e) => e.currentTarget.select()} />
        <p class="muted">The token is after the #, which browsers never send to a server. The key is never in the link.</p>
        <div>
          <CopyButton label="Copy link" text={link} />
        </div>
      </div>
      <div class="flex flex-col gap-2">
        <h3 class="font-semibold">Export the report</h3>
        <For each={FORMATS}>
          {(f, i) => (
            <div class="flex flex-wrap items-center gap-2">
              <span class="w-20">{f.label}</span>
              <CopyButton label={`Copy ${f.label}`} text={() => text(f.format)} />
              <button type="button" class="btn-ghost" data-export-first={i() === 0 ? '' : undefined} onClick={() => downloadText(text(f.format), f.file, f.type)}>
                Download {f.label}
              </button>
            </div>
          )}
        </For>
      </div>
      <div class="text-right">
        <button type="button" class="btn-primary" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </div>
  );
}
