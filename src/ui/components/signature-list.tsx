// Each signature's own verdict when a JWS JSON serialization carries several (RFC 7515 §7.2: the
// JWS validates when one does). Read from Report.signature.perSignature; nothing is re-derived.
import { For } from 'solid-js';
import type { PerSignatureVerdict } from '../../core/index';
import { STATUS_WORDS, TONE_BADGE } from '../verdict';

export function SignatureList(props: { signatures: PerSignatureVerdict[] }) {
  return (
    <ul class="mt-2 flex flex-col gap-1 text-sm" aria-label="Each signature">
      <For each={props.signatures}>
        {(s) => (
          <li class="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 [overflow-wrap:anywhere]" data-testid="signature-entry" data-signature-index={s.index} data-status={s.status}>
            <span class={`badge ${TONE_BADGE[STATUS_WORDS[s.status].tone]}`}>{STATUS_WORDS[s.status].label}</span>
            <span class="font-medium">
              Signature {s.index + 1}
              {s.alg ? ` · ${s.alg}` : ''}
              {s.kid !== undefined ? ` · kid "${s.kid}"` : ''}
            </span>
            <span>{s.status === 'valid' ? [s.keyUsed && `Matches ${s.keyUsed}.`, s.reason].filter(Boolean).join(' ') : s.reason}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
