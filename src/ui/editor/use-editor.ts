// Solid glue for an editor: created once, kept in sync with a signal's text, destroyed with its
// component. Call during component setup; put `ref` on the host element.
// The view is built when the host element is created, in an element of its own outside the page,
// and moved into the host on mount: CodeMirror reads the DOM selection as it starts, which forces
// the browser to lay out the page first. Built outside the page, there is nothing new to lay
// out, and the page is laid out once, for its next frame, instead of once per editor. (The host
// itself cannot hold the view yet: Solid clones it from a template, and until it is in the page
// it belongs to the template's document, which has no window for CodeMirror's styles.)
import { createRenderEffect, onCleanup, onMount } from 'solid-js';
import type { EditorView } from '@codemirror/view';
import { createEditor, setDoc, type EditorOptions } from './create-editor';

export interface EditorHandle {
  ref: (el: HTMLDivElement) => void;
  view: () => EditorView | undefined;
}

export function useEditor(opts: Omit<EditorOptions, 'host' | 'doc'>, value?: () => string, onReady?: (v: EditorView) => void): EditorHandle {
  let view: EditorView | undefined;
  // The text this editor last reported: when the signal comes back with it, the document already
  // holds it, and comparing a 1 MB document on every keystroke is skipped.
  let emitted: string | undefined;
  const onChange = opts.onChange && ((text: string) => ((emitted = text), opts.onChange!(text)));
  let host: HTMLDivElement | undefined;
  const box = document.createElement('div');
  box.className = 'editor-root';
  onMount(() => {
    host!.append(box);
    onReady?.(view!);
  });
  onCleanup(() => view?.destroy());
  if (value) {
    // A render effect: a text set from outside (a re-signed token, a sample) is in the editor
    // before the effects that react to the same change (the inspection) start their work.
    createRenderEffect(() => {
      const text = value();
      if (view && text !== emitted) setDoc(view, text);
    });
  }
  const ref = (el: HTMLDivElement) => {
    host = el;
    view = createEditor({ ...opts, onChange, host: box, doc: value?.() ?? '' });
  };
  return { ref, view: () => view };
}
