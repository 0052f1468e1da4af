// The token editor: segments coloured, findings underlined with the message on hover and in the
// gutter, paste / type / drop a file. What was stripped around the token is said under it.
import { createEffect, For, Show } from 'solid-js';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { StrippedKind } from '../../core/index';
import type { QuickReport } from '../inspect/protocol';
import { reveal } from '../editor/create-editor';
import { useEditor } from '../editor/use-editor';
import { setSegments, tokenSegments } from '../editor/token-segments';
import { tokenDiagnostics } from '../editor/findings-to-diagnostics';
import type { Revealer } from '../state/reveal';
import { CopyButton } from './copy-button';
import { TokenAlternatives } from './token-alternatives';
import { bytes } from '../format';
import { whitespaceWords } from '../../core/lint/whitespace-words';

const STRIPPED_LABEL: Record<StrippedKind, string> = {
  'auth-scheme': 'an authorization prefix',
  'cookie-name': 'a cookie name',
  url: 'the surrounding URL',
  quotes: 'surrounding quotes',
  whitespace: '', // said in words: "a line break", "2 spaces"
  'trailing-punctuation': 'trailing punctuation',
  'url-encoding': 'URL encoding (decoded)',
  'json-field': 'the JSON object around it, taken from member',
  'http-message': 'the rest of the HTTP message',
  'curl-command': 'the rest of the curl command',
  'repeated-token': 'the same token pasted again',
  'other-tokens': 'the tokens pasted after it',
};

/** Stripped text as shown: trimmed, and cut short (a URL or a second token can be long). */
const shown = (text: string) => {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 56)}…` : t;
};

export interface TokenInputProps {
  value: string;
  onInput: (text: string) => void;
  report: QuickReport | undefined;
  onRevealer: (r: Revealer) => void;
}

export function TokenInput(props: TokenInputProps) {
  const editor = useEditor(
    {
      minHeight: '9rem',
      maxHeight: '22rem',
      label: 'Token',
      placeholder: 'Paste a JWT here (eyJ…), or drop a file. A "Bearer …" header line works too.',
      extensions: [tokenSegments, lintGutter()],
      onChange: (text) => props.onInput(text),
      onDropText: (text) => props.onInput(text),
    },
    () => props.value,
    (view) => {
      props.onRevealer((from, to) => reveal(view, from, to));
      performance.mark('token-box-ready');
    },
  );
  createEffect(() => {
    const r = props.report;
    const view = editor.view();
    if (!view || !r) return;
    const doc = view.state.doc;
    if (doc.length !== r.input.text.length || doc.toString() !== r.input.text) return; // stale
    view.dispatch(setDiagnostics(view.state, tokenDiagnostics(r.findings, doc.length)), {
      effects: setSegments.of(r.segments),
    });
  });

  const stripped = () => props.report?.input.stripped ?? [];
  return (
    <div class="flex flex-col gap-2">
      <div class="flex flex-wrap items-center justify-between gap-2">
        <h2 class="text-sm font-semibold text-slate-700 dark:text-slate-200">Encoded token</h2>
        <div class="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500 dark:text-slate-400">
          <span class="seg-legend seg-legend-header">Header</span>
          <span class="seg-legend seg-legend-payload">Payload</span>
          <span class="seg-legend seg-legend-signature">Signature</span>
          {/* From the report, which comes a frame after the paste: nothing here is drawn
              between the paste and its verdict. */}
          <Show when={props.report?.input.text}>
            {(text) => (
              <>
                <span aria-label="Token size">{bytes(text().length)}</span>
                <CopyButton label="Copy token" text={() => props.report?.input.token ?? text()} />
              </>
            )}
          </Show>
        </div>
      </div>
      <div ref={editor.ref} class="editor-host" />
      <Show when={stripped().length}>
        <p class="text-sm text-slate-600 dark:text-slate-300" data-testid="stripped">
          Removed before decoding:{' '}
          <For each={stripped()}>
            {(s, i) => (
              <>
                {i() ? ', ' : ''}
                {s.kind === 'whitespace' ? (
                  <span data-stripped={s.kind}>{whitespaceWords(s.text)}</span>
                ) : (
                  <span data-stripped={s.kind}>
                    {STRIPPED_LABEL[s.kind]} <code class="rounded bg-slate-100 px-1 dark:bg-slate-800">{shown(s.text)}</code>
                  </span>
                )}
              </>
            )}
          </For>
          .
        </p>
      </Show>
      <TokenAlternatives report={props.report} onPick={(text) => props.onInput(text)} />
    </div>
  );
}
