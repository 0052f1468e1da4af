// The Share and Export buttons under the Token box and their dialog (issue 17). A lazy chunk: the
// dialog re-inspects the token in the page (the Report the page holds leaves the payload's JSON
// tree behind, and masking needs it), with the same input and clock as the verdict shown.
import { createSignal, Show } from 'solid-js';
import { inspect, type InspectInput, type Report } from '../../core/index';
import { ShareDialog } from './share-dialog';

export interface ShareControlsProps {
  /** The input of the verdict shown, or undefined when there is no token. */
  input: () => InspectInput | undefined;
}

export default function ShareControls(props: ShareControlsProps) {
  let dialog!: HTMLDialogElement;
  let opener: HTMLButtonElement | undefined;
  const [report, setReport] = createSignal<Report>();
  const open = async (button: HTMLButtonElement, exporting: boolean) => {
    const input = props.input();
    if (!input) return;
    opener = button;
    setReport(await inspect(input));
    dialog.showModal();
    dialog.querySelector<HTMLElement>(exporting ? '[data-export-first]' : 'input')?.focus();
  };
  return (
    <div class="flex flex-wrap items-center justify-end gap-2">
      <button type="button" class="btn-ghost" disabled={!props.input()} onClick={(e) => void open(e.currentTarget, false)}>
        Share
      </button>
      <button type="button" class="btn-ghost" disabled={!props.input()} onClick={(e) => void open(e.currentTarget, true)}>
        Export
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="share-title"
        class="help-dialog"
        onClose={() => (setReport(undefined), opener?.focus())}
        onClick={(e) => e.target === dialog && dialog.close()}
      >
        <Show when={report()}>{(r) => <ShareDialog report={r()} onClose={() => dialog.close()} />}</Show>
      </dialog>
    </div>
  );
}
