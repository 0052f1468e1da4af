import type { TimeVerdict } from '../types';
// PLACEHOLDER (claims helper replaces this file).
export function timeVerdict(_payload: Record<string, unknown> | undefined, now: number, leeway: number): TimeVerdict {
  return { status: 'unknown', now, leeway };
}
