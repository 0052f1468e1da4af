// Said when the page was opened from a share link (from-link.ts), until dismissed. Its own lazy
// chunk: only a page opened from a link loads it.
export default function LinkNote(props: { onDismiss: () => void }) {
  return (
    <p class="panel flex flex-wrap items-center justify-between gap-2 text-sm" role="status" data-testid="from-link">
      <span>This token came from a link. A link is a copy of a credential; nothing from it was stored.</span>
      <button type="button" class="btn-ghost" onClick={() => props.onDismiss()}>
        Dismiss
      </button>
    </p>
  );
}
