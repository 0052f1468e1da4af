// A copy-to-clipboard button that says "Copied" for a moment (and says so to screen readers).
import { createSignal, onCleanup } from 'solid-js';
import { Icon } from './icons';

export function CopyButton(props: { label: string; text: () => string; class?: string }) {
  const [state, setState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text());
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer);
    timer = setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button
      type="button"
      class={`btn-ghost ${props.class ?? ''}`}
      aria-label={props.label}
      title={props.label}
      onClick={() => void copy()}
    >
      <Icon name={state() === 'copied' ? 'check' : 'copy'} class="size-3.5" />
      <span aria-live="polite">{state() === 'copied' ? 'Copied' : state() === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
