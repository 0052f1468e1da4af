// Icons and colours for the verdicts the core words (core/summary.ts, core/status-words.ts):
// the page decides nothing here, it only dresses what the Report says.
import type { SignatureStatus, Summary, Tone } from '../core/index';
import type { IconName } from './components/icons';

export type { Tone };
export { DECRYPTION_WORDS, STATUS_WORDS } from '../core/status-words';

export const STATUS_ICON: Record<SignatureStatus, IconName> = {
  valid: 'check',
  invalid: 'cross',
  unsecured: 'cross',
  'no-key': 'key',
  'key-mismatch': 'alert',
  unsupported: 'alert',
  malformed: 'cross',
  encrypted: 'lock',
};

/** The verdict's icon: the status's own, or a warning when a finding decided the headline. */
export function summaryIcon(summary: Summary): IconName {
  return summary.rule ? 'alert' : STATUS_ICON[summary.status];
}

export const TONE_BADGE: Record<Tone, string> = {
  good: 'badge-good',
  bad: 'badge-bad',
  warn: 'badge-warn',
  neutral: 'badge-neutral',
};

export const TONE_CLASSES: Record<Tone, string> = {
  good: 'border-emerald-600/40 bg-emerald-50 text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-950/60 dark:text-emerald-100',
  bad: 'border-rose-600/40 bg-rose-50 text-rose-900 dark:border-rose-400/30 dark:bg-rose-950/60 dark:text-rose-100',
  warn: 'border-amber-600/40 bg-amber-50 text-amber-950 dark:border-amber-400/30 dark:bg-amber-950/60 dark:text-amber-100',
  neutral: 'border-slate-300 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100',
};

export const TONE_ICON: Record<Tone, string> = {
  good: 'bg-emerald-600 text-white',
  bad: 'bg-rose-600 text-white',
  warn: 'bg-amber-500 text-amber-950',
  neutral: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-100',
};
