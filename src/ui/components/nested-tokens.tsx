// Tokens inside the token (a cty JWT payload, or claims whose value is a JWT), each shown with
// its own verdict, decoded parts and claims.
import { For, Show } from 'solid-js';
import type { NestedReport } from '../../core/index';
import { DecodedParts } from './decoded-parts';
import { ClaimsTable } from './claims-table';

function where(path: string[]): string {
  return path.map((p) => (p === 'payload' ? 'payload' : p === 'jwe' ? 'decrypted content' : p.replace(/^claim:/, 'claim '))).join(' › ');
}

export function NestedTokens(props: { nested: readonly NestedReport[] }) {
  return (
    <For each={props.nested}>
      {(n) => {
        const r = n.report;
        const findings = r.findings.filter((f) => !f.path || f.path.length === n.path.length).map((f) => ({ ...f, path: undefined }));
        return (
          <details open class="panel" data-testid="nested-token" data-path={n.path.join('/')}>
            <summary class="cursor-pointer text-sm font-semibold">
              Nested token in {where(n.path)}:{' '}
              <span data-testid="nested-signature-status" data-status={r.signature.status}>
                {r.summary.headline}
              </span>
            </summary>
            <div class="mt-3 flex flex-col gap-4">
              <Show when={r.signature.reason}>
                <p class="text-sm text-slate-600 dark:text-slate-300">{r.signature.reason}</p>
              </Show>
              <DecodedParts report={r} findings={findings} prefix={`Nested (${where(n.path)})`} />
              <Show when={r.claims.length}>
                <ClaimsTable claims={r.claims} />
              </Show>
              <NestedTokens nested={r.nested} />
            </div>
          </details>
        );
      }}
    </For>
  );
}
