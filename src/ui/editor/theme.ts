// CodeMirror's look, in CSS custom properties defined by styles.css. Custom properties inherit
// into the shadow roots, so switching the page between light and dark restyles every editor
// without reconfiguring it.
import { EditorView } from '@codemirror/view';

export const editorTheme = EditorView.theme({
  '&': {
    color: 'var(--cm-fg)',
    backgroundColor: 'var(--cm-bg)',
    fontSize: '13px',
    borderRadius: '0.5rem',
    border: '1px solid var(--cm-border)',
    height: '100%',
  },
  '&.cm-focused': { outline: '2px solid var(--cm-focus)', outlineOffset: '1px' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
    lineHeight: '1.55',
    overflow: 'auto',
  },
  '.cm-content': { padding: '10px 0', caretColor: 'var(--cm-fg)', wordBreak: 'break-all' },
  '.cm-line': { padding: '0 12px' },
  // Tokens and keys break anywhere; the placeholder's words do not.
  '.cm-placeholder': { color: 'var(--cm-muted)', wordBreak: 'normal', overflowWrap: 'break-word' },
  '.cm-note': { fontFamily: 'system-ui, sans-serif', whiteSpace: 'normal' },
  '.cm-gutters': { backgroundColor: 'var(--cm-bg)', border: 'none', color: 'var(--cm-muted)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--cm-selection) !important',
  },
  '.cm-cursor': { borderLeftColor: 'var(--cm-fg)' },
  '.cm-seg-header': { color: 'var(--seg-header)' },
  '.cm-seg-payload': { color: 'var(--seg-payload)' },
  '.cm-seg-signature': { color: 'var(--seg-signature)' },
  '.cm-seg-jwe': { color: 'var(--seg-payload)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--cm-tooltip-bg)',
    color: 'var(--cm-fg)',
    border: '1px solid var(--cm-border)',
    borderRadius: '6px',
    maxWidth: '32rem',
  },
  '.cm-diagnostic': { padding: '6px 10px', fontFamily: 'system-ui, sans-serif', fontSize: '13px' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--sev-error)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--sev-warning)' },
  '.cm-diagnostic-info': { borderLeft: '4px solid var(--sev-info)' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--sev-error)' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--sev-warning)' },
  '.cm-lintRange-info': { backgroundImage: 'none', textDecoration: 'underline dotted var(--sev-info)' },
  '.cm-json-key': { color: 'var(--json-key)' },
  '.cm-json-string': { color: 'var(--json-string)' },
  '.cm-json-number': { color: 'var(--json-number)' },
  '.cm-json-literal': { color: 'var(--json-literal)' },
});
