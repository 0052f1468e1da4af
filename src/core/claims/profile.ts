import type { TokenProfile } from '../types';
// PLACEHOLDER (claims helper replaces this file).
export function tokenProfile(_header?: Record<string, unknown>, _payload?: Record<string, unknown>): TokenProfile {
  return { accessToken: false, atJwt: false, idToken: false, dpop: false };
}
