// The floor under the 1 KB throttled paste (slow-device.mjs): CodeMirror alone, as the app's Token
// box sets it up (a view in a shadow root, wrapped lines, a label), on a page with nothing else.
// When a change reaches the view, a microtask marks the status `valid`, as the app's verdict would,
// so the same probe (pasteAndTime) times it. Bundled by the bench; never part of the app.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

const host = document.getElementById('host');
const status = document.getElementById('status');
const root = host.attachShadow({ mode: 'open' });
new EditorView({
  root,
  parent: root,
  state: EditorState.create({
    extensions: [
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Token', spellcheck: 'false' }),
      // The app's text metrics (src/ui/editor/theme.ts), so lines wrap alike.
      EditorView.theme({
        '&': { fontSize: '13px' },
        '.cm-scroller': { fontFamily: 'ui-monospace, monospace', lineHeight: '1.55' },
        '.cm-content': { padding: '10px 0', wordBreak: 'break-all' },
        '.cm-line': { padding: '0 12px' },
      }),
    ],
  }),
  dispatchTransactions(trs, view) {
    view.update(trs);
    if (trs.some((tr) => tr.docChanged)) queueMicrotask(() => status.setAttribute('data-status', view.state.doc.length ? 'valid' : 'none'));
  },
});
