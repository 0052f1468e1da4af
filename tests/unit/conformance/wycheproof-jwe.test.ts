// Wycheproof json_web_encryption_test.json (tests/vectors/wycheproof, Apache-2.0): a valid
// vector decrypts to its plaintext (or is `unsupported`, for what the JWE table says Chromium
// lacks: 192-bit AES, RSA1_5); an invalid one is never `decrypted` (issue 13). A vector
// flagged JsonSerialization is valid here: this app reads JSON serializations by design.
import { describe, expect, it } from 'vitest';
import { check, readVectors } from './vectors';
import { contentEncryptionOf, keyManagementOf } from '../../../src/core/algorithms';

interface Vector { tcId: number; comment: string; pt?: string; jwe: string | object; result: 'valid' | 'invalid'; flags: string[] }
interface Group { comment: string; private: Record<string, unknown>; tests: Vector[] }

const file = readVectors<{ testGroups: Group[] }>('wycheproof/json_web_encryption_test.json');

function headerOf(jwe: string | object): Record<string, unknown> {
  const text = typeof jwe === 'string' ? jwe.split('.')[0]! : String((jwe as { protected?: string }).protected ?? '');
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const lacking = (h: Record<string, unknown>) => !!(keyManagementOf(h.alg)?.missing ?? contentEncryptionOf(h.enc)?.missing);

describe('Wycheproof JWE', () => {
  for (const group of file.testGroups) {
    for (const v of group.tests) {
      it(`issue 13: WP #${v.tcId} ${group.comment} ${v.comment} (${v.result})`, async () => {
        const report = await check(v.jwe, group.private);
        const status = report.decryption?.status;
        // "JsonSerialization": invalid only for a compact-only API; issue 13 reads JSON JWE too.
        if (v.result === 'invalid' && !v.flags.includes('JsonSerialization')) {
          expect(status).not.toBe('decrypted');
          return;
        }
        if (lacking(headerOf(v.jwe))) {
          expect(status).toBe('unsupported');
          return;
        }
        expect(status).toBe('decrypted');
        if (v.pt !== undefined) expect(report.payload ? Buffer.from(report.payload.text).toString('hex') : undefined).toBe(v.pt);
      });
    }
  }
});
