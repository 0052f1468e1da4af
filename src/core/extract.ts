import type { Extraction } from './types';
// PLACEHOLDER (parse helper replaces this file).
export function extract(input: string): Extraction {
  return { text: input.trim(), offset: input.indexOf(input.trim()), stripped: [] };
}
