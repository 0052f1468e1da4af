// Detached content (RFC 7515 App. F, RFC 7797): a JWS that carries no payload is verified over the
// content sent beside it. The box appears when the token has no payload; its text goes to
// inspect() as `payload`, so the verdict follows. It belongs to its token: pasting a token that
// carries its own payload clears it.
import { Show } from 'solid-js';
import { createChangeEffect } from '../state/on-change';
import type { QuickReport } from '../inspect/protocol';

export interface DetachedPayloadProps {
  report: QuickReport | undefined;
  value: string;
  onInput: (text: string) => void;
}

/** A JWS whose payload is detached (the core says so: an empty compact part, or a JSON
 * serialization without one), whatever payload was supplied. */
export function carriesNoPayload(r: QuickReport | undefined): boolean {
  return r?.kind === 'jws' && r.payload?.detached === true;
}

export function DetachedPayload(props: DetachedPayloadProps) {
  const detached = () => carriesNoPayload(props.report);
  // Only another token may clear the box (not a new report for the same one).
  createChangeEffect(
    () => props.report?.input.token,
    () => props.value && !detached() && props.onInput(''),
  );
  const unencoded = () => props.report?.header?.value?.b64 === false;
  return (
    <Show when={detached() || props.value}>
      <div class="mt-3 flex flex-col gap-1">
        <label for="detached-payload" class="text-sm font-semibold text-slate-700 dark:text-slate-200">
          Detached payload
        </label>
        <p id="detached-payload-hint" class="text-xs text-slate-600 dark:text-slate-300">
          This token carries no payload: it was sent separately. To check the signature, paste the payload that was signed
          {unencoded() ? ', exactly as signed (the header says b64: false, so it is used as is).' : ', as text.'}
        </p>
        <textarea
          id="detached-payload"
          class="field min-h-16 font-mono text-[13px]"
          rows={3}
          spellcheck={false}
          aria-describedby="detached-payload-hint"
          value={props.value}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      </div>
    </Show>
  );
}
