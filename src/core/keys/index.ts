import type { KeyParse, SecretEncoding } from '../types';
// PLACEHOLDER (keys helper replaces this file).
export async function parseKeys(text: string, _encoding: SecretEncoding): Promise<KeyParse> {
  return { kind: text.trim() ? 'unrecognised' : 'none', candidates: [], setIssues: [] };
}
