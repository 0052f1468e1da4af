// Solid glue for an editor: created once on mount, kept in sync with a signal's text, destroyed
// with its component. Call during component setup; put `ref` on the host element.
import { createEffect, onCleanup, onMount } from 'solid-js';
import type { EditorView } from '@codemirror/view';
import { createEditor, setDoc, type EditorOptions } from './create-editor';

export interface EditorHandle {
  ref: (el: HTMLDivElement) => void;
  view: () => EditorView | undefined;
}

export function useEditor(opts: Omit<EditorOptions, 'host' | 'doc'>, value?: () => string, onReady?: (v: EditorView) => void): EditorHandle {
  let host: HTMLDivElement | undefined;
  let view: EditorView | undefined;
  // The text this editor last reported: when the signal comes back with it, the document already
  // holds it, and comparing a 1 MB document on every keystroke is skipped.
  let emitted: string | undefined;
  const onChange = opts.onChange && ((text: string) => ((emitted = text), opts.onChange!(text)));
  onMount(() => {
    view = createEditor({ ...opts, onChange, host: host!, doc: value?.() ?? '' });
    onReady?.(view);
  });
  onCleanup(() => view?.destroy());
  if (value) {
    createEffect(() => {
      const text = value();
      if (view && text !== emitted) setDoc(view, text);
    });
  }
  return { ref: (el) => (host = el), view: () => view };
}
