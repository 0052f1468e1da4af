// The verdict of a JWE with a key: once decrypted it is the inner token's ("Decrypted ·
// signature verified"); otherwise what stopped the decryption. A JWE with no key keeps the
// plain "Encrypted token" verdict (undefined here).
import { lowerFirst } from '../text';
import type { DecryptionStatus, DecryptionView, Finding, NestedReport, Summary, Tone } from '../report';

const NOT_DECRYPTED: Partial<Record<DecryptionStatus, { headline: string; tone: Tone }>> = {
  failed: { headline: 'Not decrypted: wrong key or changed token', tone: 'bad' },
  'key-mismatch': { headline: 'Key cannot decrypt this token', tone: 'warn' },
  unsupported: { headline: 'Cannot decrypt this algorithm here', tone: 'warn' },
  refused: { headline: 'Not decrypted: over a safety limit', tone: 'warn' },
};

export interface DecryptionSummaryInput {
  decryption?: DecryptionView;
  nested?: NestedReport[];
  findings: Finding[];
}

export function decryptionSummary({ decryption, nested, findings }: DecryptionSummaryInput): Summary | undefined {
  if (!decryption) return undefined;
  const said = decryption.reason ?? '';
  const words = NOT_DECRYPTED[decryption.status];
  if (words) return { status: 'encrypted', trusted: false, ...words, sentence: said };
  if (decryption.status !== 'decrypted') return undefined;
  const inner = nested?.find((n) => n.path.at(-1) === 'jwe')?.report.summary;
  if (inner) {
    return { ...inner, headline: `Decrypted · ${lowerFirst(inner.headline)}`, sentence: [said, inner.sentence].filter(Boolean).join(' ') };
  }
  const unauthenticated = findings.some((f) => !f.path?.length && f.rule === 'jwe-not-authenticated');
  return {
    status: 'encrypted',
    trusted: false,
    tone: unauthenticated ? 'bad' : 'neutral',
    headline: 'Decrypted · not signed inside',
    sentence: said,
    ...(unauthenticated ? { rule: 'jwe-not-authenticated' } : {}),
  };
}
