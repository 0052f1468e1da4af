// An editable JSON editor for edit mode (CodeMirror: JSON colours, errors underlined). It owns
// its text: the session hears every change, and only a quick action the user asked for writes
// into it (as one change at the place it edits, so the cursor stays where it was).
import { createEffect } from 'solid-js';
import { json } from '@codemirror/lang-json';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { useEditor } from '../editor/use-editor';
import { highlight } from '../components/json-view';

export interface JsonEditorProps {
  label: string;
  initial: string;
  onChange: (text: string) => void;
  /** The error to underline in this editor, when there is one. */
  error: () => { from: number; to: number; message: string } | undefined;
  onView: (view: EditorView) => void;
}

export function JsonEditor(props: JsonEditorProps) {
  const editor = useEditor(
    {
      // eslint-disable-next-line solid/reactivity -- read once: the view is created once
      label: props.label,
      minHeight: '4rem',
      maxHeight: '28rem',
      extensions: [json(), syntaxHighlighting(highlight), lintGutter()],
      // Reported before the view draws the change, so signing is under way meanwhile.
      onChange: (text) => props.onChange(text),
    },
    () => props.initial,
    (view) => props.onView(view),
  );
  createEffect(() => {
    const view = editor.view();
    const e = props.error();
    if (!view) return;
    // After the current update: a change is reported while the view is applying it, and the
    // view takes no other transaction until it is done. An error at the very end (a missing
    // "}") underlines the last character.
    queueMicrotask(() => {
      const len = view.state.doc.length;
      const from = Math.max(0, Math.min(e?.from ?? 0, len - 1));
      const to = Math.min(Math.max(e?.to ?? 0, from + 1), len);
      const diags: Diagnostic[] = e ? [{ from, to, severity: 'error', message: e.message }] : [];
      view.dispatch(setDiagnostics(view.state, diags));
    });
  });
  return <div ref={editor.ref} class="json-view" />;
}
