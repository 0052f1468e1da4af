// Light and dark themes. The system preference is followed until the user picks one; the pick
// lasts for this page only (nothing is written to storage).
import { createSignal, createEffect, onCleanup, type Accessor } from 'solid-js';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Theme {
  choice: Accessor<ThemeChoice>;
  /** The theme actually shown. */
  dark: Accessor<boolean>;
  cycle: () => void;
}

const ORDER: ThemeChoice[] = ['system', 'light', 'dark'];

export function createTheme(): Theme {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const [systemDark, setSystemDark] = createSignal(query.matches);
  const listener = (e: MediaQueryListEvent) => setSystemDark(e.matches);
  query.addEventListener('change', listener);
  onCleanup(() => query.removeEventListener('change', listener));

  const [choice, setChoice] = createSignal<ThemeChoice>('system');
  const dark = () => (choice() === 'system' ? systemDark() : choice() === 'dark');
  createEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', dark());
    root.style.colorScheme = dark() ? 'dark' : 'light';
  });
  return {
    choice,
    dark,
    cycle: () => setChoice((c) => ORDER[(ORDER.indexOf(c) + 1) % ORDER.length]!),
  };
}
