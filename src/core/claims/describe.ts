import type { ClaimView, DecodedJson } from '../types';
// PLACEHOLDER (claims helper replaces this file).
export function describeClaims(_json: DecodedJson | undefined, _now: number): ClaimView[] {
  return [];
}
