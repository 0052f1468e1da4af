// A read-only, syntax-coloured view of the decoded header or payload (CodeMirror, so a 1 MB
// payload stays fast). Created once, before the first paste; a new report only
// replaces its text. The indented text normally comes from the worker; nested tokens' parts,
// which are small, are indented here.
import { createEffect, createMemo, onCleanup, type JSX } from 'solid-js';
import { Compartment } from '@codemirror/state';
import { placeholder, type EditorView } from '@codemirror/view';
import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import type { DecodedPartView, Finding } from '../../core/index';
import { reveal, setDoc } from '../editor/create-editor';
import { useEditor } from '../editor/use-editor';
import { prettyJson, type Pretty } from '../editor/pretty-json';
import { partDiagnostics } from '../editor/findings-to-diagnostics';
import type { Revealer } from '../state/reveal';
import { later } from '../state/later';
import { lightJson } from '../editor/light-json';

export const highlight = HighlightStyle.define([
  { tag: tags.propertyName, class: 'cm-json-key' },
  { tag: tags.string, class: 'cm-json-string' },
  { tag: tags.number, class: 'cm-json-number' },
  { tag: [tags.bool, tags.null], class: 'cm-json-literal' },
]);

// Above this many characters a text is coloured line by line as it comes on screen
// (light-json.ts), not parsed whole: the parser works for up to 20 ms as part of replacing the
// text and its background slices take up to 100 ms each (a 400 KB text: tasks of 50-70 ms and of
// over 100 ms; a 64 KB token's payload: a step of 45-55 ms at full speed). The text goes in a task
// after the rest of its report's step, and its finding marks in the next.
const LARGE = 16 * 1024;

export interface JsonViewProps {
  /** Accessible name of the text box, e.g. "Header JSON". */
  label: string;
  part: 'header' | 'payload';
  view: DecodedPartView | undefined;
  /** `view.text` indented, with its offset map, when already computed. */
  pretty?: Pretty;
  findings: readonly Finding[];
  onRevealer?: (r: Revealer) => void;
  /** What the empty view says (nothing pasted, or why this part cannot be shown). */
  children: JSX.Element;
}

/** Replace the document of a view scrolled out of sight. CodeMirror keeps the viewport of a view
 * it cannot see, mapped through the change: replacing the whole text stretches it over the new
 * text, and every line is drawn and then laid out (31,000 for a 1 MB token: one task of 1-2 s;
 * 2,400 for a 64 KB one: 50-220 ms, and as much again when the parser's colours arrive). A new
 * state starts with a viewport of the first lines instead. */
function setDocOutOfView(view: EditorView, text: string): void {
  if (view.state.doc.length === text.length && view.state.doc.toString() === text) return;
  view.setState(view.state.update({ changes: { from: 0, to: view.state.doc.length, insert: text } }).state);
}

export default function JsonView(props: JsonViewProps) {
  let map: Int32Array | undefined; // offsets of the decoded text in the shown (pretty) text
  const shown = createMemo((): { text: string; map?: Int32Array } => {
    const v = props.view;
    if (!v) return { text: '' };
    const pretty = v.json && !v.json.error && !v.binary;
    if (!pretty) return { text: v.text };
    return props.pretty ?? prettyJson(v.text);
  });
  const language = new Compartment();
  const colours = [json(), syntaxHighlighting(highlight)];
  let light = false; // coloured by light-json.ts, for a large text
  let latest = 0; // the text whose deferred steps may still run
  onCleanup(() => latest++); // none, once the view is gone
  // The empty view's placeholder: a live element, so its sentence follows the report.
  const note = (<span class="cm-note">{props.children}</span>) as HTMLElement;
  const editor = useEditor(
    {
      minHeight: '4rem',
      maxHeight: '28rem',
      // eslint-disable-next-line solid/reactivity -- read once: the view is created once per part
      label: props.label,
      readOnly: true,
      extensions: [language.of(colours), lintGutter(), placeholder(note)],
    },
    undefined,
    (view) => props.onRevealer?.((from, to) => reveal(view, map ? (map[from] ?? from) : from, map ? (map[to] ?? to) : to)),
  );
  createEffect(() => {
    const shownNow = shown();
    const text = shownNow.text;
    const view = editor.view();
    if (!view) return;
    const m = shownNow.map;
    const diags = partDiagnostics(props.findings, props.part, text.length, m ? (o) => m[o] ?? o : undefined);
    const large = text.length > LARGE;
    const mine = ++latest;
    const show = () => {
      map = m;
      if (large !== light) {
        light = large;
        view.dispatch({ effects: language.reconfigure(light ? lightJson : colours) });
      }
      if (!view.inView) setDocOutOfView(view, text);
      else setDoc(view, text);
    };
    if (!large) {
      show();
      view.dispatch(setDiagnostics(view.state, diags));
      return;
    }
    // A large text in a task of its own (not with the rest of the report's step), its marks in
    // the next.
    later(() => {
      if (mine !== latest) return; // a newer text decides
      show();
      later(() => mine === latest && view.dispatch(setDiagnostics(view.state, diags)));
    });
  });
  // Always shown (an empty view says why it is empty): a view created hidden has no measured
  // geometry, and its first large document would be rendered whole instead of its visible lines.
  return <div ref={editor.ref} class="json-view" />;
}
