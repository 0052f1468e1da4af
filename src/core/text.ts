// Small text helpers for the sentences the core writes.

/** "The key…" → "the key…", to continue a sentence with another one's words. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
