// The decoded header and payload, side by side: read-only JSON views with copy buttons, or a
// plain sentence when there is nothing to show (nothing pasted, malformed, encrypted and not
// decrypted, binary). A decrypted JWE shows its plaintext as the payload.
// The two views are created once, before the first paste, and only their text changes.
import { Show, type JSX } from 'solid-js';
import type { DecodedPartView, Finding, Report } from '../../core/index';
import type { Shown } from '../inspect/protocol';
import type { Pretty } from '../editor/pretty-json';
import type { Revealer } from '../state/reveal';
import { CopyButton } from './copy-button';
import { bytes } from '../format';
import JsonView from './json-view';
import { carriesNoPayload } from './detached-payload';

export interface DecodedPartsProps {
  report: Report | undefined;
  /** The header and payload JSON indented for display (by the worker), when available. */
  shown?: Shown;
  findings: readonly Finding[];
  /** Region names: "Header"/"Payload" at the top level, prefixed for nested tokens. */
  prefix?: string;
  onRevealer?: (part: 'header' | 'payload', r: Revealer) => void;
}

const EMPTY_TEXT = {
  header: 'The decoded header (algorithm, key id, type) shows here.',
  payload: 'The decoded claims show here. Decoding is not verifying: add a key to check the signature.',
};

export function DecodedParts(props: DecodedPartsProps) {
  const name = (part: string) => (props.prefix ? `${props.prefix} ${part.toLowerCase()}` : part);
  const header = () => props.report?.header;
  // A JWE's payload is its plaintext, once decrypted (the core leaves it out otherwise).
  const payload = () => props.report?.payload;
  const jweNote = () => {
    const d = props.report?.decryption;
    const h = header()?.value ?? {};
    const alg = d?.alg || (typeof h.alg === 'string' ? h.alg : 'unknown');
    const enc = d?.enc || (typeof h.enc === 'string' ? h.enc : 'unknown');
    const what = `This is an encrypted token (JWE, key management ${alg}, content encryption ${enc}).`;
    return `${what} ${d?.reason ?? "To read it, put the recipient's private key, the shared key or the password in the Key box: it is decrypted here, in this page."}`;
  };
  const headerNote = () => (props.report ? (props.report.signature.reason ?? 'The header could not be decoded.') : EMPTY_TEXT.header);
  const payloadNote = () =>
    !props.report
      ? EMPTY_TEXT.payload
      : props.report.kind === 'jwe'
        ? jweNote()
        : carriesNoPayload(props.report)
          ? 'The token carries no payload: it is detached content, sent beside the token. Paste it under Detached payload to check the signature.'
          : 'The payload could not be decoded.';
  return (
    <div class="grid gap-4 lg:grid-cols-2">
      <Part title={name('Header')} part="header" view={header()} pretty={props.shown?.header} findings={props.findings} onRevealer={props.onRevealer}>
        {headerNote()}
      </Part>
      <Part title={name('Payload')} part="payload" view={payload()} pretty={props.shown?.payload} findings={props.findings} onRevealer={props.onRevealer}>
        {payloadNote()}
      </Part>
    </div>
  );
}

function Part(props: {
  title: string;
  part: 'header' | 'payload';
  view: DecodedPartView | undefined;
  pretty: Pretty | undefined;
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
      <JsonView
        label={`${props.title} JSON`}
        part={props.part}
        view={props.view}
        pretty={props.pretty}
        findings={props.findings}
        onRevealer={(r) => props.onRevealer?.(props.part, r)}
      >
        {props.children}
      </JsonView>
    </section>
  );
}
