// Keeps the identity of list items that did not change between two reports, so <For> reuses
// their DOM instead of rebuilding every row on each keystroke.
import { createMemo, type Accessor } from 'solid-js';

export function createStableList<T>(items: Accessor<readonly T[]>, keyOf: (item: T) => string): Accessor<readonly T[]> {
  let previous = new Map<string, T>();
  const stable = createMemo(() => {
    const next = new Map<string, T>();
    const out = items().map((item) => {
      let key = keyOf(item);
      while (next.has(key)) key += '+';
      const kept = previous.get(key) ?? item;
      next.set(key, kept);
      return kept;
    });
    previous = next;
    return out;
  });
  return stable;
}
