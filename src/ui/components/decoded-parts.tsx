// The decoded header and payload, side by side: read-only JSON views (lazy-loaded) with copy
// buttons, or a plain sentence when there is nothing to show (malformed, encrypted, binary).
import { lazy, Show, Suspense, type JSX } from 'solid-js';
import type { DecodedPartView, Finding, Report } from '../../core/index';
import type { Revealer } from '../state/reveal';
import { CopyButton } from './copy-button';
import { bytes } from '../format';

const JsonView = lazy(() => import('./json-view'));

export interface DecodedPartsProps {
  report: Report;
  findings: readonly Finding[];
  /** Region names: "Header"/"Payload" at the top level, prefixed for nested tokens. */
  prefix?: string;
  onRevealer?: (part: 'header' | 'payload', r: Revealer) => void;
}

export function DecodedParts(props: DecodedPartsProps) {
  const name = (part: string) => (props.prefix ? `${props.prefix} ${part.toLowerCase()}` : part);
  const header = () => props.report.header;
  const payload = () => props.report.payload;
  const jweNote = () => {
    const h = header()?.value ?? {};
    const alg = typeof h.alg === 'string' ? h.alg : 'unknown';
    const enc = typeof h.enc === 'string' ? h.enc : 'unknown';
    return `This is an encrypted token (JWE, key management ${alg}, content encryption ${enc}). Reading it takes the recipient's private or shared key; this tool shows the header but does not decrypt.`;
  };
  return (
    <div class="grid gap-4 lg:grid-cols-2">
      <Part title={name('Header')} part="header" view={header()} findings={props.findings} onRevealer={props.onRevealer}>
        {props.report.signature.reason ?? 'The header could not be decoded.'}
      </Part>
      <Part title={name('Payload')} part="payload" view={props.report.kind === 'jwe' ? undefined : payload()} findings={props.findings} onRevealer={props.onRevealer}>
        {props.report.kind === 'jwe' ? jweNote() : 'The payload could not be decoded.'}
      </Part>
    </div>
  );
}

function Part(props: {
  title: string;
  part: 'header' | 'payload';
  view: DecodedPartView | undefined;
  findings: readonly Finding[];
  onRevealer?: (part: 'header' | 'payload', r: Revealer) => void;
  children: JSX.Element;
}) {
  const note = () => {
    const v = props.view;
    if (!v) return '';
    if (v.binary) return `Binary, ${bytes(v.byteLength)}, shown as hex`;
    if (v.json?.error) return 'Not valid JSON: shown as decoded';
    if (!v.json) return `Text, ${bytes(v.byteLength)}`;
    return bytes(v.byteLength);
  };
  return (
    <section role="region" aria-label={props.title} class="panel flex min-w-0 flex-col gap-2">
      <div class="flex items-center justify-between gap-2">
        <h3 class={`text-sm font-semibold seg-title-${props.part}`}>{props.title}</h3>
        <Show when={props.view}>
          <div class="flex items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
            <span>{note()}</span>
            <CopyButton label={`Copy ${props.title.toLowerCase()} JSON`} text={() => props.view?.text ?? ''} />
          </div>
        </Show>
      </div>
      <Show when={props.view} fallback={<p class="muted">{props.children}</p>}>
        {(v) => (
          <Suspense fallback={<pre class="json-fallback">{v().text.slice(0, 2000)}</pre>}>
            <JsonView
              label={`${props.title} JSON`}
              part={props.part}
              view={v()}
              findings={props.findings}
              onRevealer={(r) => props.onRevealer?.(props.part, r)}
            />
          </Suspense>
        )}
      </Show>
    </section>
  );
}

/** Header and Payload regions before anything was pasted. */
export function EmptyParts() {
  return (
    <div class="grid gap-4 lg:grid-cols-2">
      <section role="region" aria-label="Header" class="panel">
        <h3 class="text-sm font-semibold seg-title-header">Header</h3>
        <p class="muted mt-2">The decoded header (algorithm, key id, type) shows here.</p>
      </section>
      <section role="region" aria-label="Payload" class="panel">
        <h3 class="text-sm font-semibold seg-title-payload">Payload</h3>
        <p class="muted mt-2">The decoded claims show here. Decoding is not verifying: add a key to check the signature.</p>
      </section>
    </div>
  );
}
