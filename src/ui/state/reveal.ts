// "Show in token": each editor registers how to select a range in it. Header and payload
// revealers take offsets in the decoded text (Finding.at), the token one offsets in the pasted
// input (Finding.inputRange).
import type { Finding } from '../../core/index';

export type Revealer = (from: number, to: number) => void;
export type RevealTarget = 'token' | 'header' | 'payload';
export type Revealers = Partial<Record<RevealTarget, Revealer>>;

/** Where a finding can be shown: in the pasted token (Finding.inputRange) and/or in the decoded
 * header or payload view (Finding.at). Findings of nested tokens are not mapped. */
export function revealTargets(f: Finding): { target: RevealTarget; from: number; to: number }[] {
  if (f.path?.length) return [];
  const out: { target: RevealTarget; from: number; to: number }[] = [];
  if (f.inputRange) out.push({ target: 'token', ...f.inputRange });
  if (f.at && (f.at.part === 'header' || f.at.part === 'payload')) out.push({ target: f.at.part, from: f.at.from, to: f.at.to });
  return out;
}
