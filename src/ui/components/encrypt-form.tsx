// The Encrypt region's form (lazy: it brings the core's encrypt code; jose loads at the first
// Encrypt). Offers the algorithms this page can also decrypt (the JWE table); the recipient key
// is its own box, so the Key box keeps the key that verifies or signs.
import { createSignal, For, Show } from 'solid-js';
import { encrypt, type EncryptResult, type SecretEncoding } from '../../core/index';
import { contentEncryptionAlgorithms, keyManagementAlgorithms } from '../../core/algorithms/jwe';
import { CopyButton } from './copy-button';

const ALGS = keyManagementAlgorithms.filter((a) => !a.missing).map((a) => a.alg);
const ENCS = contentEncryptionAlgorithms.filter((e) => !e.missing).map((e) => e.enc);

export interface EncryptFormProps {
  /** The token to encrypt (the Token box's, as extracted). */
  token: string;
  encoding: SecretEncoding;
  onUse: (jwe: string) => void;
}

export default function EncryptForm(props: EncryptFormProps) {
  const [key, setKey] = createSignal('');
  const [alg, setAlg] = createSignal('RSA-OAEP-256');
  const [enc, setEnc] = createSignal('A256GCM');
  const [busy, setBusy] = createSignal(false);
  const [result, setResult] = createSignal<EncryptResult>();
  let run = 0;
  const go = async () => {
    const mine = ++run;
    setBusy(true);
    try {
      const made = await encrypt({ plaintext: props.token, key: key(), alg: alg(), enc: enc(), secretEncoding: props.encoding });
      if (mine === run) setResult(made);
    } finally {
      if (mine === run) setBusy(false);
    }
  };
  const made = () => {
    const r = result();
    return r?.ok ? r : undefined;
  };
  const error = () => {
    const r = result();
    return r && !r.ok ? r.error.message : undefined;
  };
  return (
    <Show when={props.token.trim()} fallback={<p class="muted">Paste or make a token first.</p>}>
      <form class="flex flex-col gap-3" onSubmit={(e) => (e.preventDefault(), void go())}>
        <label class="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-200">
          Recipient key
          <textarea
            class="field min-h-24 font-mono text-xs"
            aria-describedby="encrypt-key-hint"
            spellcheck={false}
            value={key()}
            onInput={(e) => setKey(e.currentTarget.value)}
          />
        </label>
        <p id="encrypt-key-hint" class="text-xs text-slate-600 dark:text-slate-300">
          A public key (JWK or PEM) for RSA-OAEP and ECDH-ES, a secret for A…KW, A…GCMKW and dir (read as the Key box's
          encoding menu says), or a password for PBES2.
        </p>
        <div class="flex flex-wrap items-end gap-3 text-sm text-slate-700 dark:text-slate-200">
          <label class="flex flex-col gap-1">
            Key management (alg)
            <select class="field py-1" value={alg()} onChange={(e) => setAlg(e.currentTarget.value)}>
              <For each={ALGS}>{(a) => <option value={a}>{a}</option>}</For>
            </select>
          </label>
          <label class="flex flex-col gap-1">
            Content encryption (enc)
            <select class="field py-1" value={enc()} onChange={(e) => setEnc(e.currentTarget.value)}>
              <For each={ENCS}>{(e) => <option value={e}>{e}</option>}</For>
            </select>
          </label>
          <button type="submit" class="btn-ghost" aria-busy={busy()} disabled={busy()}>
            {busy() ? 'Encrypting…' : 'Encrypt'}
          </button>
        </div>
      </form>
      <Show when={error()}>
        <p role="alert" class="text-sm text-rose-700 dark:text-rose-300">{error()}</p>
      </Show>
      <Show when={made()}>
        {(r) => (
          <div class="flex flex-col gap-2" data-testid="encrypt-result">
            <p class="text-sm text-slate-700 dark:text-slate-200">
              Encrypted with {r().alg} and {r().enc}. To read it here, put it in the Token box and the recipient's private key,
              secret or password in the Key box.
            </p>
            <pre class="max-h-40 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-800">
              <code>{r().token}</code>
            </pre>
            <div class="flex flex-wrap gap-2">
              <CopyButton label="Copy the encrypted token" text={() => r().token} />
              <button type="button" class="btn-ghost" aria-describedby="encrypt-use-note" onClick={() => props.onUse(r().token)}>
                Put in the Token box
              </button>
              <span id="encrypt-use-note" class="sr-only">
                Replaces the token in the Token box; undo in the Token box puts yours back.
              </span>
            </div>
          </div>
        )}
      </Show>
    </Show>
  );
}
