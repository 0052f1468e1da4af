// Said when the page was opened from a share link (from-link.ts), until dismissed.
import { Show } from 'solid-js';

export function LinkNote(props: { shown: boolean; onDismiss: () => void }) {
  return (
    <Show when={props.shown}>
      <p class="panel flex flex-wrap items-center justify-between gap-2 text-sm" role="status" data-testid="from-link">
        <span>This token came from a link. A link is a copy of a credential; nothing from it was stored.</span>
        <button type="button" class="btn-ghost" onClick={() => props.onDismiss()}>
          Dismiss
        </button>
      </p>
    </Show>
  );
}
