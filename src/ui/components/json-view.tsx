// A read-only, syntax-coloured view of the decoded header or payload (CodeMirror, so a 1 MB
// payload stays fast). Loaded lazily: lang-json is not part of the startup bundle.
import { createEffect, createMemo } from 'solid-js';
import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import type { DecodedPartView, Finding } from '../../core/index';
import { reveal, setDoc } from '../editor/create-editor';
import { useEditor } from '../editor/use-editor';
import { prettyJson } from '../editor/pretty-json';
import { partDiagnostics } from '../editor/findings-to-diagnostics';
import type { Revealer } from '../state/reveal';

const highlight = HighlightStyle.define([
  { tag: tags.propertyName, class: 'cm-json-key' },
  { tag: tags.string, class: 'cm-json-string' },
  { tag: tags.number, class: 'cm-json-number' },
  { tag: [tags.bool, tags.null], class: 'cm-json-literal' },
]);

export interface JsonViewProps {
  /** Accessible name of the text box, e.g. "Header JSON". */
  label: string;
  part: 'header' | 'payload';
  view: DecodedPartView;
  findings: readonly Finding[];
  onRevealer?: (r: Revealer) => void;
}

export default function JsonView(props: JsonViewProps) {
  let map: Int32Array | undefined; // offsets of the decoded text in the shown (pretty) text
  const shown = createMemo(() => {
    const v = props.view;
    const pretty = v.json && !v.json.error && !v.binary;
    return pretty ? prettyJson(v.text) : { text: v.text, map: undefined };
  });
  const editor = useEditor(
    {
      minHeight: '4rem',
      maxHeight: '28rem',
      // eslint-disable-next-line solid/reactivity -- read once: the view is created once per part
      label: props.label,
      readOnly: true,
      extensions: [json(), syntaxHighlighting(highlight), lintGutter()],
    },
    undefined,
    (view) => props.onRevealer?.((from, to) => reveal(view, map ? (map[from] ?? from) : from, map ? (map[to] ?? to) : to)),
  );
  createEffect(() => {
    const shownNow = shown();
    const text = shownNow.text;
    map = shownNow.map;
    const view = editor.view();
    if (!view) return;
    setDoc(view, text);
    const m = map;
    const diags = partDiagnostics(props.findings, props.part, text.length, m ? (o) => m[o] ?? o : undefined);
    view.dispatch(setDiagnostics(view.state, diags));
  });
  return <div ref={editor.ref} class="json-view" />;
}
