// Edit mode's quick actions: iat to now, exp to now + N (minutes, hours or days), and the
// header's alg among those the Key box's key can sign. Each changes one member's value in the
// text (core setMember), as one editor change, so the rest of the text stays as typed.
import { createResource, createSignal, For } from 'solid-js';
import { readJsonObject, setMember, signingAlgs, type SecretEncoding } from '../../core/index';
import { algorithms } from '../../core/algorithms';
import type { Part } from './edit-session';

const UNITS = [
  { label: 'minutes', seconds: 60 },
  { label: 'hours', seconds: 3600 },
  { label: 'days', seconds: 86_400 },
];
const ANY_ALG = algorithms.filter((a) => a.can.sign && a.alg !== 'none').map((a) => a.alg);

export interface QuickActionsProps {
  /** The header text shown (for the alg menu). */
  header: string;
  /** A part's text as it is in its editor now (what a quick action edits). */
  textOf: (part: Part) => string;
  keyText: string;
  encoding: SecretEncoding;
  /** Unix seconds: the "as of" time when set, else the device's clock. */
  now: () => number;
  /** Applies one change to a part's editor. */
  onChange: (part: Part, change: { from: number; to: number; insert: string }) => void;
}

/** The header's "alg" as a string, when it has one (the member that counts: the last). */
export function headerAlg(text: string): string | undefined {
  const read = readJsonObject(text);
  if ('error' in read) return undefined;
  const value = read.node.members.filter((m) => m.name === 'alg').at(-1)?.value;
  return value?.type === 'string' ? value.value : undefined;
}

export function QuickActions(props: QuickActionsProps) {
  const [amount, setAmount] = createSignal(1);
  const [unit, setUnit] = createSignal(1);
  // The algs this key signs; every alg this build signs when there is no usable key yet (pick
  // one, then generate a key for it).
  const [keyAlgs] = createResource(
    () => [props.keyText, props.encoding] as const,
    async ([key, encoding]) => {
      const r = await signingAlgs(key, encoding);
      return r.ok ? r.algs : ANY_ALG;
    },
  );
  const current = () => headerAlg(props.header);
  const options = () => {
    const list = keyAlgs.latest ?? [];
    const alg = current();
    return alg === undefined || list.includes(alg) ? list : [alg, ...list];
  };
  const set = (part: Part, name: string, value: string) => {
    const r = setMember(props.textOf(part), name, value);
    if (r.ok) props.onChange(part, r.change);
  };
  const expiry = () => props.now() + Math.max(0, Math.round(amount())) * UNITS[unit()]!.seconds;
  return (
    <div class="flex flex-wrap items-center gap-3 text-xs text-slate-700 dark:text-slate-200">
      <label class="flex items-center gap-1.5">
        alg
        <select class="field py-1" value={current() ?? ''} onChange={(e) => set('header', 'alg', JSON.stringify(e.currentTarget.value))}>
          <For each={options()}>{(a) => <option value={a}>{a}</option>}</For>
        </select>
      </label>
      <button type="button" class="btn-ghost" onClick={() => set('payload', 'iat', String(props.now()))}>
        Set iat to now
      </button>
      <div role="group" aria-label="Set exp to now plus" class="flex items-center gap-1.5">
        <input
          type="number"
          min="0"
          class="field w-16 py-1"
          aria-label="How many"
          value={amount()}
          onInput={(e) => setAmount(Number(e.currentTarget.value) || 0)}
        />
        <select class="field py-1" aria-label="Unit" value={unit()} onChange={(e) => setUnit(Number(e.currentTarget.value))}>
          <For each={UNITS}>{(u, i) => <option value={i()}>{u.label}</option>}</For>
        </select>
        <button type="button" class="btn-ghost" onClick={() => set('payload', 'exp', String(expiry()))}>
          Set exp to now + {amount()} {UNITS[unit()]!.label}
        </button>
      </div>
    </div>
  );
}
