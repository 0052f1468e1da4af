// The key binding panel of an SD-JWT: the Key Binding JWT's own verdict (signature, sd_hash, and
// the audience and nonce the user expects), and the two boxes for those expectations, shown only
// when a KB-JWT was presented. Renders what Report.sd.keyBinding says; the values typed go to
// inspect() (InspectInput.expectedAudience / expectedNonce) and are kept in memory only.
import { Show } from 'solid-js';
import type { SdReport } from '../../core/index';
import { STATUS_WORDS } from '../../core/status-words';
import { keyBindingButs } from '../../core/sd-jwt/summary';

export interface Expected {
  audience: string;
  nonce: string;
  onAudience: (v: string) => void;
  onNonce: (v: string) => void;
}

const answer = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'matches' : 'differs');

function words(kb: SdReport['keyBinding']): string {
  if (!kb || kb.status === 'missing') return 'none presented';
  const problems = keyBindingButs(kb);
  const sig = STATUS_WORDS[kb.status].label;
  if (problems.length) return `${sig}, but ${problems.join(', and ')}`;
  const fine = [kb.sdHashMatches ? 'sd_hash matches' : '', kb.audMatches ? 'expected audience' : '', kb.nonceMatches ? 'expected nonce' : ''].filter(Boolean);
  return fine.length ? `${sig}, ${fine.join(', ')}` : sig;
}

function ExpectedBox(props: { label: string; value: string; onInput: (v: string) => void }) {
  return (
    <label class="flex flex-col gap-1 text-sm">
      <span class="font-semibold text-slate-700 dark:text-slate-200">{props.label}</span>
      <input
        type="text"
        class="field font-mono text-[13px]"
        spellcheck={false}
        autocomplete="off"
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}

export function KeyBinding(props: { kb: SdReport['keyBinding']; expected: Expected }) {
  const status = () => props.kb?.status ?? 'missing';
  const good = () => status() === 'valid' && ![props.kb?.sdHashMatches, props.kb?.audMatches, props.kb?.nonceMatches].includes(false);
  return (
    <div class="flex flex-col gap-2">
      <p
        class="text-sm"
        data-testid="key-binding"
        data-status={status()}
        data-sd-hash={answer(props.kb?.sdHashMatches)}
        data-aud={answer(props.kb?.audMatches)}
        data-nonce={answer(props.kb?.nonceMatches)}
      >
        <span class="font-semibold">Key binding: </span>
        <span class={`badge ${good() ? 'badge-good' : status() === 'missing' ? 'badge-neutral' : 'badge-bad'}`}>{words(props.kb)}</span>
      </p>
      <Show when={status() !== 'missing'}>
        <div class="grid gap-2 sm:grid-cols-2">
          <ExpectedBox label="Expected audience" value={props.expected.audience} onInput={props.expected.onAudience} />
          <ExpectedBox label="Expected nonce" value={props.expected.nonce} onInput={props.expected.onNonce} />
        </div>
        <p class="muted">Your own values, compared with the key binding JWT's aud and nonce. Kept in memory only.</p>
      </Show>
    </div>
  );
}
