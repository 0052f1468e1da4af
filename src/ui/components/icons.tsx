// Small inline icons (decorative: every icon sits next to words that say the same thing).
import type { JSX } from 'solid-js';

const PATHS = {
  check: 'M5 12.5l4.5 4.5L19 7.5',
  cross: 'M6 6l12 12M18 6L6 18',
  alert: 'M12 3l10 18H2L12 3zm0 7v5m0 3v.5',
  info: 'M12 8v.5M12 11v6M12 2.5a9.5 9.5 0 100 19 9.5 9.5 0 000-19z',
  key: 'M15 3a6 6 0 00-5.7 7.9L3 17.2V21h3.8v-2.2H9v-2.2h2.2l2-2A6 6 0 1015 3zm1.5 4.5h.01',
  lock: 'M6 11h12v10H6V11zm2 0V8a4 4 0 118 0v3',
  clock: 'M12 7v5l3 3M12 2.5a9.5 9.5 0 100 19 9.5 9.5 0 000-19z',
  copy: 'M9 9h11v11H9V9zM5 15H4V4h11v1',
  dash: 'M6 12h12',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon(props: { name: IconName; class?: string }): JSX.Element {
  return (
    <svg
      class={props.class ?? 'size-5'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[props.name]} />
    </svg>
  );
}
