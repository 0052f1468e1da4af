// Weak-secret search: load a wordlist (pick or drop a file), run it in Web Workers (one per core) with a
// progress bar, candidates per second and cancel; the page never freezes. A result belongs to the
// token it was run on: another token (or one that is not HMAC-signed) cancels the scan and clears
// what it found.
import { createSignal, onCleanup, Show, Switch, Match } from 'solid-js';
import { createChangeEffect } from '../state/on-change';
import type { ScanProgress, ScanResult } from '../../core/index';
import { scanFile } from '../scan-pool';
import { CrackerHandoff } from './cracker-handoff';
import { algorithms } from '../../core/algorithms';

/** "HS256, HS384, HS512", from the algorithm table. */
const HMAC_ALGS = algorithms
  .filter((a) => a.family === 'HMAC')
  .map((a) => a.alg)
  .join(', ');

type ScanState =
  | { phase: 'idle' }
  | { phase: 'running'; file: string; progress?: ScanProgress }
  | { phase: 'done'; file: string; result: ScanResult }
  | { phase: 'cancelled'; file: string };

export interface SecretScanProps {
  /** The extracted token text (Report.input.token). */
  token: string;
  /** The token is HMAC-signed (HS256/384/512). */
  hmac: boolean;
  /** The token's alg, for the hashcat and John the Ripper commands. */
  alg?: unknown;
  onUseSecret: (secret: string) => void;
}

export function SecretScan(props: SecretScanProps) {
  const [state, setState] = createSignal<ScanState>({ phase: 'idle' });
  let cancelScan: (() => void) | undefined;
  const stop = () => {
    const c = cancelScan;
    cancelScan = undefined;
    c?.();
  };
  onCleanup(stop);
  // Another token ends the scan and its result; a re-inspection of the same one (the clock
  // moving, the leeway) keeps them.
  createChangeEffect(
    () => `${props.hmac} ${props.token}`,
    () => {
      stop();
      setState({ phase: 'idle' });
    },
  );

  // The file is read in pieces while every core scans the lines already read (scan-pool.ts).
  const start = (file: File) => {
    stop();
    setState({ phase: 'running', file: file.name });
    const run = { cancel: () => {} };
    const mine = () => cancelScan === run.cancel;
    run.cancel = scanFile(file, props.token, {
      onProgress: (progress) => mine() && setState({ phase: 'running', file: file.name, progress }),
      onDone: (result) => {
        if (!mine() || result.status === 'cancelled') return;
        cancelScan = undefined;
        setState({ phase: 'done', file: file.name, result });
      },
    });
    cancelScan = run.cancel;
  };
  const cancel = () => {
    const s = state();
    stop();
    if (s.phase === 'running') setState({ phase: 'cancelled', file: s.file });
  };
  const onFiles = (files: FileList | null | undefined) => {
    const f = files?.[0];
    if (f) start(f);
  };
  const running = () => {
    const s = state();
    return s.phase === 'running' ? s : undefined;
  };
  const done = () => {
    const s = state();
    return s.phase === 'done' ? s.result : undefined;
  };

  return (
    <div
      class="flex flex-col gap-3 text-sm"
      data-testid="scan-status"
      data-status={done()?.status ?? state().phase}
      data-elapsed-ms={done()?.elapsedMs}
      data-engine={done()?.engine}
      data-tried={running()?.progress?.tried}
    >
      <p class="text-slate-600 dark:text-slate-300">
        Try every line of a wordlist as the HMAC secret. It runs on this device in the background; nothing is uploaded.
      </p>
      <Show when={props.hmac} fallback={<p class="muted">Only HMAC-signed tokens ({HMAC_ALGS}) have a secret to search for.</p>}>
        <div
          class="dropzone"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            onFiles(e.dataTransfer?.files);
          }}
        >
          <label class="btn-primary cursor-pointer">
            Load wordlist…
            <input type="file" accept=".txt,.list,text/plain" class="sr-only" onChange={(e) => onFiles(e.currentTarget.files)} />
          </label>
          <span class="text-xs text-slate-500 dark:text-slate-400">or drop a file here (one candidate per line)</span>
        </div>
        <CrackerHandoff token={props.token} alg={props.alg} />
      </Show>
      <Show when={running()}>
        {(s) => (
          <div class="flex flex-col gap-1">
            <div class="flex items-center gap-3">
              <progress
                class="scan-progress flex-1"
                aria-label="Scan progress"
                max={s().progress?.total || 1}
                value={s().progress?.tried ?? 0}
              />
              <button type="button" class="btn-ghost" onClick={cancel}>
                Cancel
              </button>
            </div>
            <p class="text-xs text-slate-600 tabular-nums dark:text-slate-300" data-testid="scan-rate">
              {s().file}: {(s().progress?.tried ?? 0).toLocaleString('en')} of {(s().progress?.total ?? 0).toLocaleString('en')} tried ·{' '}
              {Math.round(s().progress?.perSecond ?? 0).toLocaleString('en')} per second
            </p>
          </div>
        )}
      </Show>
      <Switch>
        <Match when={done()?.status === 'found'}>
          <div class="rounded-lg border border-rose-600/40 bg-rose-50 p-3 text-rose-900 dark:bg-rose-950/60 dark:text-rose-100">
            <p class="font-semibold">
              Secret found: <code class="rounded bg-white/70 px-1 font-mono dark:bg-black/30">{done()!.secret}</code>
              <Show when={done()!.line}> (line {done()!.line})</Show>
            </p>
            <p class="mt-1">Anyone with this wordlist can sign tokens that this secret accepts.</p>
            <button type="button" class="btn-ghost mt-2" onClick={() => props.onUseSecret(done()!.secret ?? '')}>
              Use it as the key
            </button>
          </div>
        </Match>
        <Match when={done()?.status === 'not-found'}>
          <p>None of the {done()!.tried.toLocaleString('en')} candidates reproduces the signature.</p>
        </Match>
        <Match when={done()?.status === 'not-hmac'}>
          <p class="muted">This token is not HMAC-signed, so there is no secret to search for.</p>
        </Match>
        <Match when={state().phase === 'cancelled' || done()?.status === 'cancelled'}>
          <p class="muted">Scan cancelled.</p>
        </Match>
      </Switch>
    </div>
  );
}
