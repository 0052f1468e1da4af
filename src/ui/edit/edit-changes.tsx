// What the edit changed against the token as first pasted: header and payload members added,
// removed or changed (core compareParts), and that the original signature no longer applies.
import { createMemo, For, Show } from 'solid-js';
import { compareParts, type MemberChange } from '../../core/index';

const MAX_VALUE = 40;
const short = (v: string | undefined) => (v === undefined ? '' : v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE - 1)}…` : v);

function sentence(part: string, c: MemberChange): string {
  if (c.name === undefined) return `The ${part} changed.`;
  if (c.change === 'added') return `${part} ${c.name} added: ${short(c.after)}`;
  if (c.change === 'removed') return `${part} ${c.name} removed (was ${short(c.before)})`;
  return `${part} ${c.name} changed: ${short(c.before)} → ${short(c.after)}`;
}

export function EditChanges(props: { origin: { header: string; payload: string }; header: string; payload: string; resigned: boolean }) {
  const changes = createMemo(() => [
    ...compareParts(props.origin.header, props.header).map((c) => ({ part: 'header', ...c })),
    ...compareParts(props.origin.payload, props.payload).map((c) => ({ part: 'payload', ...c })),
  ]);
  return (
    <section aria-labelledby="edit-changes-title" class="flex flex-col gap-1 text-sm" data-testid="edit-changes">
      <h3 id="edit-changes-title" class="text-sm font-semibold">
        Changes against the pasted token
      </h3>
      <Show when={props.resigned}>
        <p data-testid="edit-resigned">Re-signed with your key: the original signature no longer applies.</p>
      </Show>
      <Show when={changes().length} fallback={<p class="text-slate-600 dark:text-slate-300">No claim or header member changed.</p>}>
        <ul class="list-disc pl-5">
          <For each={changes()}>
            {(c) => (
              <li data-part={c.part} data-member={c.name ?? ''} data-change={c.change} class="break-all font-mono text-xs">
                {sentence(c.part, c)}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
