// Under the Key box: "Generate key" (for the token's alg, or the type chosen in "Key type" when
// the token names none a key can be made for) and the "Key formats" toggle. The core's key
// writer is imported lazily (ui/keys/workbench.ts), and only when it is first needed.
import { batch, createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import type { KeyBundle, SecretEncoding } from '../../core/report';
import { KEY_TYPES, keyedAlg } from '../keys/specs';
import { KeyFormats } from './key-formats';

const loadWorkbench = () => import('../keys/workbench');
const CONVERT_DELAY_MS = 200;

export interface KeyToolsProps {
  keyText: string;
  encoding: SecretEncoding;
  alg: unknown;
  onKey: (text: string) => void;
}

export function KeyTools(props: KeyToolsProps) {
  const [type, setType] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const [open, setOpen] = createSignal(false);
  const [generated, setGenerated] = createSignal<string>();
  const [bundle, setBundle] = createSignal<KeyBundle>();
  const [error, setError] = createSignal<string>();
  const [failed, setFailed] = createSignal<string>();
  const alg = () => keyedAlg(props.alg);

  const generate = async () => {
    if (busy()) return;
    setBusy(true);
    try {
      const { generateKey } = await loadWorkbench();
      const a = alg();
      const result = await generateKey(a ? { alg: a } : KEY_TYPES[type()]!.spec);
      if (!result.ok) {
        setFailed(result.error.message);
        return;
      }
      const text = JSON.stringify(result.bundle.privateJwk, null, 2);
      batch(() => {
        setFailed(undefined);
        setGenerated(text);
        props.onKey(text);
        setOpen(true);
        setError(undefined);
        setBundle(result.bundle);
      });
    } finally {
      setBusy(false);
    }
  };

  // Whatever the Key box holds, converted while the region is open (a moment after typing stops).
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  createEffect(
    on([() => props.keyText, () => props.encoding, open], ([text, encoding, isOpen]) => {
      clearTimeout(timer);
      const mine = ++run;
      if (!isOpen || !text.trim()) return (setBundle(undefined), setError(undefined));
      timer = setTimeout(async () => {
        const { convertKey } = await loadWorkbench();
        const result = await convertKey(text, encoding);
        if (mine !== run) return;
        setBundle(result.ok ? result.bundle : undefined);
        setError(result.ok ? undefined : result.error.message);
      }, CONVERT_DELAY_MS);
    }),
  );

  return (
    <div class="flex flex-col gap-2">
      <div class="flex flex-wrap items-center gap-2">
        <button type="button" class="btn-ghost" aria-busy={busy()} onClick={() => void generate()}>
          {busy() ? 'Generating key…' : 'Generate key'}
        </button>
        <Show
          when={!alg()}
          fallback={<span class="text-xs text-slate-600 dark:text-slate-300">for {alg()}, the token's alg</span>}
        >
          <label class="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
            Key type
            <select class="field py-1" aria-label="Key type" value={type()} onChange={(e) => setType(Number(e.currentTarget.value))}>
              <For each={KEY_TYPES}>{(t, i) => <option value={i()}>{t.label}</option>}</For>
            </select>
          </label>
        </Show>
        <button type="button" class="btn-ghost" aria-expanded={open()} onClick={() => setOpen(!open())}>
          {open() ? 'Hide key formats' : 'Show key formats'}
        </button>
      </div>
      <Show when={failed()}>
        <p role="alert" class="text-sm text-rose-700 dark:text-rose-300">{failed()}</p>
      </Show>
      <Show when={open()}>
        <Show
          when={props.keyText.trim()}
          fallback={<p class="text-sm text-slate-600 dark:text-slate-300">Paste a key or generate one to see it in other formats.</p>}
        >
          <KeyFormats bundle={bundle()} error={error()} generated={generated() === props.keyText} busy={busy()} />
        </Show>
      </Show>
    </div>
  );
}
