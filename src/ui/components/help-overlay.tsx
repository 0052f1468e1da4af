// Keyboard shortcuts, listed in a modal dialog opened with "?". Single-key shortcuts only act
// when the focus is not in a text field, so typing a token never triggers them.
import { For, onCleanup, onMount } from 'solid-js';

export interface Shortcut {
  keys: string;
  does: string;
  run: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function HelpOverlay(props: { shortcuts: Shortcut[]; ref: (open: () => void) => void }) {
  let dialog!: HTMLDialogElement;
  onMount(() => {
    props.ref(() => dialog.showModal());
    const onKey = (e: KeyboardEvent) => {
      // Keys typed inside an editor's shadow root arrive retargeted to its host: look at the real target.
      const target = e.composedPath()[0] ?? e.target;
      // Another modal dialog (Share or export) has the keyboard: single keys are not shortcuts there.
      const modal = document.querySelector('dialog[open]');
      if (e.ctrlKey || e.metaKey || e.altKey || typingIn(target) || modal) return;
      if (e.key === '?') {
        e.preventDefault();
        dialog.showModal();
        return;
      }
      const s = props.shortcuts.find((x) => x.keys === e.key);
      if (s) {
        e.preventDefault();
        s.run();
      }
    };
    document.addEventListener('keydown', onKey);
    onCleanup(() => document.removeEventListener('keydown', onKey));
  });
  return (
    <dialog ref={dialog} aria-labelledby="help-title" class="help-dialog" onClick={(e) => e.target === dialog && dialog.close()}>
      <div class="p-5">
        <h2 id="help-title" class="text-lg font-semibold">Keyboard shortcuts</h2>
        <p class="mt-1 text-sm text-slate-600 dark:text-slate-300">Single keys work when you are not typing in a field.</p>
        <dl class="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt><kbd>?</kbd></dt>
          <dd>Show this list</dd>
          <For each={props.shortcuts}>
            {(s) => (
              <>
                <dt><kbd>{s.keys}</kbd></dt>
                <dd>{s.does}</dd>
              </>
            )}
          </For>
          <dt><kbd>Esc</kbd></dt>
          <dd>Close this dialog</dd>
          <dt><kbd>Tab</kbd></dt>
          <dd>Move between controls, editors included</dd>
        </dl>
        <form method="dialog" class="mt-5 text-right">
          <button class="btn-primary">Close</button>
        </form>
      </div>
    </dialog>
  );
}
