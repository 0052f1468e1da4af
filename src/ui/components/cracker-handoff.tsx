// For lists too big for a browser: the exact hashcat and John the Ripper lines and commands
// (core handoff.ts), each line with a copy button.
import { For, Show } from 'solid-js';
import { crackerHandoff } from '../../core/secrets/handoff';
import { CopyButton } from './copy-button';

export function CrackerHandoff(props: { token: string; alg: unknown }) {
  const handoff = () => crackerHandoff(props.token, props.alg);
  const tools = () => {
    const h = handoff();
    return h
      ? [
          { name: 'hashcat', file: 'jwt.hash', line: h.hashcatLine, command: h.hashcatCommand },
          { name: 'John the Ripper', file: 'jwt.john', line: h.johnLine, command: h.johnCommand },
        ]
      : [];
  };
  return (
    <Show when={handoff()}>
      <details class="text-xs" data-testid="cracker-handoff">
        <summary class="cursor-pointer text-slate-600 dark:text-slate-300">Larger lists: run hashcat or John the Ripper on your own machine</summary>
        <For each={tools()}>
          {(tool) => (
            <div class="mt-2 flex flex-col gap-1">
              <div class="flex items-center justify-between gap-2">
                <span>
                  {tool.name}: save this line as <code>{tool.file}</code>
                </span>
                <CopyButton label={`Copy the ${tool.name} line`} text={() => tool.line} />
              </div>
              <code class="block break-all rounded bg-slate-100 p-1 font-mono dark:bg-slate-800">{tool.line}</code>
              <code class="block rounded bg-slate-100 p-1 font-mono dark:bg-slate-800">{tool.command}</code>
            </div>
          )}
        </For>
      </details>
    </Show>
  );
}
