import type { Extraction, ParsedToken } from './types';
// PLACEHOLDER (parse helper replaces this file).
export function parseToken(extraction: Extraction): ParsedToken {
  return { kind: 'malformed', serialization: 'compact', text: extraction.text, segments: [], signatures: [], malformedReason: 'Not implemented yet.' };
}
