// What the key text was understood to be (Report.keys) and, when several keys were candidates,
// which one was used and why the others were not (Report.signature.candidates).
import { For, Show } from 'solid-js';
import type { CandidateOutcome, KeyReport, KeyView } from '../../core/index';
import type { QuickReport } from '../inspect/protocol';
import { CopyButton } from './copy-button';

const KIND_LABEL: Record<KeyReport['kind'], string> = {
  none: 'No key',
  unrecognised: 'Not a key this tool can read',
  jwk: 'JSON Web Key (JWK)',
  jwks: 'JSON Web Key Set',
  'pem-spki': 'PEM public key (SPKI)',
  'pem-pkcs1': 'PEM RSA public key (PKCS#1)',
  x509: 'X.509 certificate',
  pkcs8: 'PEM private key (PKCS#8)',
  sec1: 'PEM EC private key (SEC1)',
  'pkcs1-private': 'PEM RSA private key (PKCS#1)',
  'der-spki': 'Base64 DER public key',
  'der-x509': 'Base64 DER certificate',
  openssh: 'OpenSSH public key',
  secret: 'HMAC shared secret',
  'embedded-jwk': 'Key embedded in the token (jwk)',
  'embedded-x5c': 'Certificate embedded in the token (x5c)',
};

const OUTCOME: Record<CandidateOutcome, { text: string; cls: string }> = {
  verified: { text: 'Used: verifies', cls: 'badge-good' },
  failed: { text: 'Tried: does not verify', cls: 'badge-bad' },
  skipped: { text: 'Skipped', cls: 'badge-neutral' },
  unusable: { text: 'Unusable', cls: 'badge-warn' },
};

function keySummary(k: KeyView): string {
  const size = k.kty === 'EC' || k.kty === 'OKP' ? k.crv : k.bits ? `${k.bits} bits` : undefined;
  return [k.kty, size, k.alg && `alg ${k.alg}`, k.use && `use ${k.use}`].filter(Boolean).join(' · ');
}

export function KeyDetails(props: { report: QuickReport | undefined }) {
  const keys = () => props.report?.keys;
  const candidates = () => props.report?.signature.candidates ?? [];
  return (
    <div class="text-sm" data-testid="key-details">
      <Show
        when={keys() && keys()!.kind !== 'none'}
        fallback={
          <p class="text-slate-500 dark:text-slate-400">
            No key given: the token is decoded and linted, but its signature is not checked.
          </p>
        }
      >
        <p class="text-slate-700 dark:text-slate-200">
          Read as: <strong data-testid="key-kind" data-kind={keys()!.kind}>{KIND_LABEL[keys()!.kind]}</strong>
        </p>
        <Show when={keys()!.error}>
          <p class="mt-1 text-rose-700 dark:text-rose-300">{keys()!.error}</p>
        </Show>
        <ul class="mt-2 flex flex-col gap-2">
          <For each={keys()!.candidates}>
            {(k) => (
              <li class="rounded-lg border border-slate-200 bg-slate-50 p-2.5 dark:border-slate-700 dark:bg-slate-800/60" data-testid="key-candidate">
                <div class="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span class="font-medium">{k.label}</span>
                  <span class="text-slate-600 dark:text-slate-300">{keySummary(k)}</span>
                  <Show when={k.decrypted}>
                    <span class="badge badge-good">Used to decrypt this token</span>
                  </Show>
                  <Show when={k.hadPrivate && !k.decrypted}>
                    <span class="badge badge-warn">Private key pasted: only its public part is used</span>
                  </Show>
                </div>
                <Show when={k.thumbprint}>
                  <div class="mt-1 flex items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
                    <span class="min-w-0 truncate font-mono" title="RFC 7638 SHA-256 thumbprint">
                      Thumbprint {k.thumbprint}
                    </span>
                    <CopyButton label="Copy thumbprint" text={() => k.thumbprint ?? ''} />
                  </div>
                </Show>
                <For each={k.notes ?? []}>
                  {(n) => <p class="mt-1 text-slate-600 dark:text-slate-300" data-testid="key-note">ℹ {n}</p>}
                </For>
                <For each={k.problems}>
                  {(p) => <p class="mt-1 text-amber-800 dark:text-amber-200" data-problem={p.code}>⚠ {p.message}</p>}
                </For>
              </li>
            )}
          </For>
        </ul>
        <For each={keys()!.setIssues}>{(s) => <p class="mt-1 text-amber-800 dark:text-amber-200">⚠ {s}</p>}</For>
      </Show>
      <Show when={candidates().length > 1 || (candidates().length === 1 && keys()?.kind === 'jwks')}>
        <h3 class="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Key selection</h3>
        <ul class="mt-1 flex flex-col gap-1" aria-label="Key selection">
          <For each={candidates()}>
            {(c) => (
              <li class="flex flex-wrap items-baseline gap-2" data-testid="key-choice" data-outcome={c.outcome} data-kid={c.kid}>
                <span class={`badge ${OUTCOME[c.outcome].cls}`}>{OUTCOME[c.outcome].text}</span>
                <span class="font-medium">{c.label}</span>
                <span class="text-slate-600 dark:text-slate-300">{c.why}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
