// The key editor (JWK, JWK Set, PEM, certificate or HMAC secret), the secret encoding for HMAC
// tokens, and what the key was understood to be.
import { createEffect, For, Show } from 'solid-js';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { SecretEncoding } from '../../core/index';
import { closestAlgorithm } from '../../core/algorithms';
import type { QuickReport } from '../inspect/protocol';
import { useEditor } from '../editor/use-editor';
import { KeyDetails } from './key-details';
import { KeyTools } from './key-tools';

export const ENCODINGS: { value: SecretEncoding; label: string }[] = [
  { value: 'auto', label: 'Auto (try each)' },
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64', label: 'Base64' },
  { value: 'base64url', label: 'Base64url' },
  { value: 'hex', label: 'Hex' },
];

export interface KeyInputProps {
  value: string;
  onInput: (text: string) => void;
  encoding: SecretEncoding;
  onEncoding: (e: SecretEncoding) => void;
  report: QuickReport | undefined;
}

export default function KeyInput(props: KeyInputProps) {
  const editor = useEditor(
    {
      minHeight: '6rem',
      maxHeight: '16rem',
      label: 'Key',
      placeholder: 'Public key (PEM, JWK, JWK Set, certificate) or the HMAC secret',
      onChange: (text) => props.onInput(text),
      onDropText: (text) => props.onInput(text),
    },
    () => props.value,
  );
  createEffect(() => {
    const r = props.report;
    const view = editor.view();
    if (!view || !r) return;
    const len = view.state.doc.length;
    const diags: Diagnostic[] = [];
    const at = r.keys.errorAt;
    if (r.keys.error && at && at.to <= len) diags.push({ from: at.from, to: at.to, severity: 'error', message: r.keys.error });
    for (const f of r.findings) {
      if (f.at?.part === 'key' && !f.path?.length && f.at.to <= len)
        diags.push({ from: f.at.from, to: f.at.to, severity: f.severity, source: f.rule, message: f.message });
    }
    view.dispatch(setDiagnostics(view.state, diags));
  });

  const alg = () => props.report?.signature.alg ?? props.report?.header?.value?.alg;
  const hmac = () => {
    const r = props.report;
    if (!r) return false;
    return closestAlgorithm(alg())?.family === 'HMAC' || r.keys.kind === 'secret';
  };

  return (
    <div class="flex flex-col gap-2">
      <div class="flex flex-wrap items-end justify-between gap-2">
        <h2 class="text-sm font-semibold text-slate-700 dark:text-slate-200">Verification key</h2>
        <Show when={hmac()}>
          <label class="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
            Secret encoding
            <select
              class="field py-1"
              aria-label="Secret encoding"
              value={props.encoding}
              onChange={(e) => props.onEncoding(e.currentTarget.value as SecretEncoding)}
            >
              <For each={ENCODINGS}>{(e) => <option value={e.value}>{e.label}</option>}</For>
            </select>
          </label>
        </Show>
      </div>
      <div ref={editor.ref} class="editor-host" />
      <KeyTools keyText={props.value} encoding={props.encoding} alg={alg()} onKey={props.onInput} />
      <KeyDetails report={props.report} />
    </div>
  );
}
