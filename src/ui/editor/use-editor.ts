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
  onMount(() => {
    view = createEditor({ ...opts, host: host!, doc: value?.() ?? '' });
    onReady?.(view);
  });
  onCleanup(() => view?.destroy());
  if (value) {
    createEffect(() => {
      const text = value();
      if (view) setDoc(view, text);
    });
  }
  return { ref: (el) => (host = el), view: () => view };
}
