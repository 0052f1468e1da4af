// The verdict every front end shows, decided once: the headline (the status in words, unless a
// finding says a signature that verifies still proves nothing, or that strict libraries reject
// the token), its tone, one sentence on why, and whether the token can be trusted.
import { rules } from './rules/index';
import { STATUS_WORDS } from './status-words';
import { lowerFirst } from './text';
import { decryptionSummary, type DecryptionSummaryInput } from './decrypt/summary';
import { proofSummary } from './related/summary';
import type { Finding, Report, Summary, Tone } from './report';

/** Rules whose finding makes a verifying token untrustworthy, with the words for it (rules as data). */
const UNTRUSTED = new Map(rules.flatMap((r) => (r.untrusted ? [[r.id, r.untrusted] as const] : [])));

/** Findings that say a segment is not RFC 7515 base64url: a signature over such segments is
 * valid only as sent (padding, '+' '/', unused bits), and strict libraries still reject it. */
const NON_CANONICAL = new Set(['b64-padding', 'b64-std-alphabet', 'b64-whitespace', 'b64-trailing-bits']);

const topLevel = (f: Finding) => !f.path?.length;

type SummaryInput = Pick<Report, 'signature' | 'findings'> & Partial<Pick<Report, 'input' | 'keys' | 'profile' | 'related'>> & DecryptionSummaryInput;

export function summarize(report: SummaryInput): Summary {
  const decrypted = decryptionSummary(report);
  if (decrypted) return decrypted;
  const alone = keyAloneSummary(report);
  if (alone) return alone;
  const sig = report.signature;
  const status = sig.status;
  const words = STATUS_WORDS[status];
  const untrustedBy = report.findings.find((f) => topLevel(f) && UNTRUSTED.has(f.rule));
  const untrusted = untrustedBy && { rule: untrustedBy.rule, ...UNTRUSTED.get(untrustedBy.rule)! };
  // A signature that verifies, or that was not checked, proves nothing when anyone could sign it.
  if (untrusted && (status === 'valid' || status === 'no-key')) {
    return {
      status,
      trusted: false,
      tone: 'bad',
      headline: untrusted.headline,
      sentence: status === 'valid' ? verifiedWith(report, true) : (sig.reason ?? ''),
      rule: untrusted.rule,
      untrusted: { rule: untrusted.rule, text: untrusted.text },
    };
  }
  // A DPoP proof is signed with the key it carries: its verdict says what binds it (rules-next M).
  const proof = untrusted ? undefined : proofSummary(report);
  if (proof) return proof;
  // Otherwise the status words stand, and an untrusting finding is said beside them.
  const also = untrusted ? { untrusted: { rule: untrusted.rule, text: untrusted.text } } : {};
  const caveat = status === 'valid' ? report.findings.find((f) => topLevel(f) && NON_CANONICAL.has(f.rule)) : undefined;
  if (caveat) {
    return { status, trusted: false, tone: 'warn', headline: 'Signature matches · strict libraries reject this encoding', sentence: verifiedWith(report, false), rule: caveat.rule, ...also };
  }
  const tone: Tone = words.tone;
  return {
    status,
    trusted: status === 'valid',
    tone,
    headline: words.label,
    sentence: status === 'valid' ? verifiedWith(report, false) : (sig.reason ?? ''),
    ...also,
  };
}

/** "Checked RS256 with kid "k1"." or, under an untrusting headline, "The signature verifies
 * with your secret: HS256." (a weak secret that is right is the right secret). */
function verifiedWith(report: SummaryInput, untrusted: boolean): string {
  const sig = report.signature;
  const read = sig.encoding && `(secret read as ${sig.encoding})`;
  if (untrusted) {
    const yours = sig.keyUsed === 'secret' ? 'your secret' : `your key${sig.keyUsed ? ` (${sig.keyUsed})` : ''}`;
    return `The signature verifies with ${yours}: ${[sig.alg, read].filter(Boolean).join(' ')}.`;
  }
  const checked = `Checked ${[sig.alg, sig.keyUsed && `with ${sig.keyUsed}`, read].filter(Boolean).join(' ')}.`;
  return [checked, sig.reason].filter(Boolean).join(' ');
}

/** A key pasted with no token (rules-next O): the status stays the empty input's, and the words
 * say what was linted instead: "A key, no token" and how many findings the key drew. */
function keyAloneSummary(report: SummaryInput): Summary | undefined {
  if (!report.input || report.input.text.trim() !== '' || !report.keys || report.keys.kind === 'none') return undefined;
  const { findings, keys } = report;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const tone: Tone = errors ? 'bad' : warnings || keys.kind === 'unrecognised' ? 'warn' : 'neutral';
  const what = keys.kind === 'unrecognised' ? 'The key could not be read' : findings.length ? `${count(findings.length, 'finding')} about the key` : 'No findings about the key';
  const worst = errors ? `${count(errors, 'error')}. ` : warnings ? `${count(warnings, 'warning')}. ` : '';
  const sentence = keys.kind === 'unrecognised' ? (keys.error ?? '') : `${worst}Paste a token to verify it with this key.`;
  return { status: report.signature.status, trusted: false, tone, headline: keys.kind === 'unrecognised' ? what : `A key, no token: ${lowerFirst(what)}`, sentence };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
