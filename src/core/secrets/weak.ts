import type { ParsedToken, WeakSecretHit } from '../types';
// PLACEHOLDER (secrets helper replaces this file).
export function findWeakSecret(_token: ParsedToken, _header?: Record<string, unknown>, _payload?: Record<string, unknown>): WeakSecretHit | undefined {
  return undefined;
}
