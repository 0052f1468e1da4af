// PLACEHOLDER (secrets helper replaces this file).
export interface ScanProgress { tried: number; total: number; elapsedMs: number; perSecond: number }
export interface ScanResult { status: 'found' | 'not-found' | 'not-hmac' | 'cancelled'; secret?: string; line?: number; tried: number; elapsedMs: number }
export function scanSecrets(_token: string, _words: string | readonly string[], _onProgress?: (p: ScanProgress) => boolean | void): ScanResult {
  return { status: 'not-hmac', tried: 0, elapsedMs: 0 };
}
