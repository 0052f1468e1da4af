// One EditorView per editor, created once and mounted in a shadow root: CodeMirror then uses
// constructed stylesheets instead of <style> elements, which the page's CSP forbids. Reactive
// options go in through Compartments or effects, never by re-creating the view.
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, placeholder as placeholderExt } from '@codemirror/view';
import { editorTheme } from './theme';
import { largeInsert } from './large-insert';

// Keys and undo history arrive in a lazy chunk shortly after startup: @codemirror/commands pulls
// in the language package, a sixth of the startup bundle otherwise.
// An editor created after they arrived gets them at once (reconfiguring a view is not free).
let keys: Promise<typeof import('./keymap')> | undefined;
let loadedKeys: typeof import('./keymap') | undefined;
const loadKeys = () => (keys ??= import('./keymap').then((m) => (loadedKeys = m)));

export interface EditorOptions {
  host: HTMLElement;
  /** Accessible name of the text box. */
  label: string;
  doc?: string;
  readOnly?: boolean;
  placeholder?: string;
  extensions?: Extension[];
  onChange?: (text: string) => void;
  /** CSS lengths bounding the editor's height (it scrolls beyond the maximum). */
  minHeight?: string;
  maxHeight?: string;
  /** Text of a file dropped on the editor; replaces the whole document when given. */
  onDropText?: (text: string) => void;
}

export function createEditor(opts: EditorOptions): EditorView {
  const root = opts.host.shadowRoot ?? opts.host.attachShadow({ mode: 'open' });
  const keysSlot = new Compartment();
  const extensions: Extension[] = [
    editorTheme,
    EditorView.lineWrapping,
    // tabindex makes the content count as focusable for the scrolling region around it (axe).
    EditorView.contentAttributes.of({ 'aria-label': opts.label, spellcheck: 'false', autocapitalize: 'off', tabindex: '0' }),
    opts.readOnly ? EditorState.readOnly.of(true) : largeInsert,
    keysSlot.of(loadedKeys?.editing(!!opts.readOnly) ?? []),
    opts.placeholder ? placeholderExt(opts.placeholder) : [],
    opts.extensions ?? [],
    EditorView.theme({ '&': { minHeight: opts.minHeight ?? 'auto', maxHeight: opts.maxHeight ?? 'none' } }),
  ];
  if (opts.onDropText) {
    const onDropText = opts.onDropText;
    extensions.push(
      EditorView.domEventHandlers({
        drop(event) {
          const file = event.dataTransfer?.files[0];
          if (!file) return false;
          event.preventDefault();
          void file.text().then(onDropText);
          return true;
        },
      }),
    );
  }
  const onChange = opts.onChange;
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({ doc: opts.doc ?? '', extensions }),
    // The new text is reported before the view redraws, so its inspection is under way while
    // CodeMirror updates the DOM rather than after. The view updates even if a listener throws.
    dispatchTransactions: onChange
      ? (trs, view) => {
          try {
            if (trs.some((tr) => tr.docChanged)) onChange(trs[trs.length - 1]!.state.doc.toString());
          } finally {
            if (view.state === trs[0]!.startState) view.update(trs);
          }
        }
      : undefined,
  });
  // Fetched once the current task is over, so neither the download nor running the chunk
  // competes with drawing the first screen.
  if (!loadedKeys)
    setTimeout(() =>
      loadKeys().then(
        ({ editing }) => view.dispatch({ effects: keysSlot.reconfigure(editing(!!opts.readOnly)) }),
        () => undefined, // the browser's own editing keys still work
      ),
    );
  return view;
}

/** Replace the whole document (no-op when it is already that text). */
export function setDoc(view: EditorView, text: string): void {
  if (view.state.doc.length === text.length && view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Select a range, scroll it into view and focus the editor. */
export function reveal(view: EditorView, from: number, to: number): void {
  const len = view.state.doc.length;
  const a = Math.max(0, Math.min(from, len));
  const b = Math.max(a, Math.min(to, len));
  view.dispatch({ selection: { anchor: a, head: b }, effects: EditorView.scrollIntoView(a, { y: 'center' }) });
  view.focus();
}
