// A read-only, syntax-coloured view of the decoded header or payload (CodeMirror, so a 1 MB
// payload stays fast). Created once, before the first paste; a new report only
// replaces its text. The indented text normally comes from the worker; nested tokens' parts,
// which are small, are indented here.
import { createEffect, createMemo, onCleanup, type JSX } from 'solid-js';
import { Compartment } from '@codemirror/state';
import { placeholder } from '@codemirror/view';
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

export const highlight = HighlightStyle.define([
  { tag: tags.propertyName, class: 'cm-json-key' },
  { tag: tags.string, class: 'cm-json-string' },
  { tag: tags.number, class: 'cm-json-number' },
  { tag: [tags.bool, tags.null], class: 'cm-json-literal' },
]);

// Above this many characters a new text goes in without its syntax colours, which follow in a
// task of their own, and the finding marks in the next: parsing a whole 400 KB text as part of
// replacing it made one task of 50-70 ms. Added afresh, the parser does only the first screen
// at once and the rest in idle time.
const LARGE = 64 * 1024;

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
  let coloured = true;
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
    map = shownNow.map;
    const view = editor.view();
    if (!view) return;
    const m = map;
    const diags = partDiagnostics(props.findings, props.part, text.length, m ? (o) => m[o] ?? o : undefined);
    // Only a new text: the same one again (a re-inspection as the clock moves) keeps its colours.
    const doc = view.state.doc;
    const large = text.length > LARGE && (doc.length !== text.length || doc.toString() !== text);
    const mine = ++latest;
    if (large === coloured) {
      // Colours off for a large new text, back on for anything else.
      coloured = !large;
      view.dispatch({ effects: language.reconfigure(coloured ? colours : []) });
    }
    setDoc(view, text);
    if (!large) {
      view.dispatch(setDiagnostics(view.state, diags));
      return;
    }
    later(() => {
      if (mine !== latest) return; // a newer text decides
      coloured = true;
      view.dispatch({ effects: language.reconfigure(colours) });
      later(() => mine === latest && view.dispatch(setDiagnostics(view.state, diags)));
    });
  });
  // Always shown (an empty view says why it is empty): a view created hidden has no measured
  // geometry, and its first large document would be rendered whole instead of its visible lines.
  return <div ref={editor.ref} class="json-view" />;
}
