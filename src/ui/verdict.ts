// Words, tone and icon for each signature status, and the facts that make a "valid" signature
// untrustworthy. Everything here is read from the Report; nothing is re-derived.
import type { Report, SignatureStatus } from '../core/index';
import type { IconName } from './components/icons';

export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

export const STATUS_TEXT: Record<SignatureStatus, { label: string; tone: Tone; icon: IconName }> = {
  valid: { label: 'Signature verified', tone: 'good', icon: 'check' },
  invalid: { label: 'Invalid signature', tone: 'bad', icon: 'cross' },
  unsecured: { label: 'Unsecured token (alg none)', tone: 'bad', icon: 'cross' },
  'no-key': { label: 'Signature not checked', tone: 'neutral', icon: 'key' },
  'key-mismatch': { label: 'Key does not fit this token', tone: 'warn', icon: 'alert' },
  unsupported: { label: 'Algorithm not supported', tone: 'warn', icon: 'alert' },
  malformed: { label: 'Not a readable token', tone: 'bad', icon: 'cross' },
  encrypted: { label: 'Encrypted token (JWE)', tone: 'neutral', icon: 'lock' },
};

/** Rules whose finding means a signature that verifies (or would) still proves nothing. */
const UNTRUSTING_RULES: Record<string, { headline: string; text: string }> = {
  'self-verified-only': {
    headline: 'Signed by a key it carries: proves nothing',
    text: 'It verifies only with a key carried inside the token, so anyone could have signed it.',
  },
  'alg-confusion-forgery': {
    headline: 'Forged: public key used as an HMAC secret',
    text: 'It was signed with the public key used as an HMAC secret: this is a forgery.',
  },
  'hmac-secret-weak': {
    headline: 'Forgeable: the secret is on a public wordlist',
    text: 'Its secret is on a public wordlist, so anyone can sign tokens like this one.',
  },
  'hmac-secret-empty': {
    headline: 'Forgeable: it verifies with an empty secret',
    text: 'It verifies with an empty secret, so anyone can sign tokens like this one.',
  },
};

/** Why this token must not be trusted even if its signature verifies, or undefined. */
export function untrustedReason(report: Report): { rule: string; headline: string; text: string } | undefined {
  for (const f of report.findings) {
    if (f.path?.length) continue;
    const why = UNTRUSTING_RULES[f.rule];
    if (why) return { rule: f.rule, ...why };
  }
  return undefined;
}

/** Findings that say a segment is not RFC 7515 base64url. The core calls a signature over such
 * segments valid only when it holds over them as sent (padding, '+' '/'), but strict libraries
 * still reject the token, so that verdict is not shown green. */
const NON_CANONICAL_RULES = new Set(['b64-padding', 'b64-std-alphabet', 'b64-whitespace', 'b64-trailing-bits']);

/** The headline for a valid signature on a token strict libraries reject, or undefined. */
export function encodingCaveat(report: Report): { rule: string; headline: string } | undefined {
  if (report.signature.status !== 'valid') return undefined;
  const finding = report.findings.find((f) => !f.path?.length && NON_CANONICAL_RULES.has(f.rule));
  return finding ? { rule: finding.rule, headline: 'Signature matches · strict libraries reject this encoding' } : undefined;
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
