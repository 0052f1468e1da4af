// Large text that arrives as typing rather than as a paste event (`insertText`: an IME or a
// dictation tool committing a whole token, a password manager or automation typing it) replaces
// the selection in one transaction, as a paste does. Left to the browser, it is written into the
// editor's DOM first and CodeMirror then reads it back and redraws: a 400 KB token made one
// task of over 250 ms. Ordinary typing (short texts) stays with CodeMirror's own input handling.
import { EditorView } from '@codemirror/view';

/** Inserted texts at least this long are handled here. */
export const LARGE_INSERT = 1024;

/** The text a `beforeinput` event is about to insert, when this module should insert it. */
export function largeInsertText(event: Pick<InputEvent, 'inputType' | 'data' | 'cancelable'>): string | undefined {
  const text = event.data ?? '';
  return event.cancelable && event.inputType === 'insertText' && text.length >= LARGE_INSERT ? text : undefined;
}

export const largeInsert = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const text = largeInsertText(event);
    if (text === undefined || view.state.readOnly) return false;
    event.preventDefault();
    view.dispatch({ ...view.state.replaceSelection(text), userEvent: 'input.type', scrollIntoView: true });
    return true;
  },
});
