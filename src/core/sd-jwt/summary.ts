// The verdict of an SD-JWT: the issuer signature's (summarize()), with the Key Binding JWT's own
// verdict said beside it. A presentation whose key binding fails is not trusted.
import { STATUS_WORDS } from '../status-words';
import { lowerFirst } from '../text';
import type { SdReport, Summary } from '../report';

/** The finding that explains an untrusted key binding. */
const KB_RULE: Record<string, string> = { mismatch: 'kb-sd-hash-mismatch', invalid: 'sig-invalid', unsecured: 'alg-none', 'no-key': 'kb-holder-key-unresolved' };

/** What the key binding failed to show, each as "it … / its …" words. No rule id in the
 * catalogue covers an unexpected `aud` or `nonce` (that needs the Verifier's own values), so
 * those two are said here and in Report.sd.keyBinding only. */
export function keyBindingButs(kb: NonNullable<SdReport['keyBinding']>): string[] {
  return [
    kb.sdHashMatches === false ? 'it signed other Disclosures (sd_hash differs)' : '',
    kb.audMatches === false ? 'its aud is not the expected audience' : '',
    kb.nonceMatches === false ? 'its nonce is not the expected nonce' : '',
  ].filter(Boolean);
}

export function withKeyBinding(summary: Summary, sd: SdReport): Summary {
  const kb = sd.keyBinding;
  const issuer = `Issuer signature: ${summary.sentence || summary.headline}`.replace(/\.?$/, '.');
  if (!kb || kb.status === 'missing') return { ...summary, sentence: `${issuer} No key binding JWT.` };
  const buts = keyBindingButs(kb);
  const but = buts.length ? ` but ${buts.join(', and ')}` : '';
  if (kb.status === 'valid' && !but) {
    const expected = [kb.audMatches ? 'audience' : '', kb.nonceMatches ? 'nonce' : ''].filter(Boolean).join(' and ');
    return { ...summary, sentence: `${issuer} Key binding: valid${expected ? `, with the expected ${expected}` : ''}.` };
  }
  const line = kb.status === 'valid' ? `Key binding: signature valid${but}.` : `Key binding: ${lowerFirst(STATUS_WORDS[kb.status].label)}${but}.`;
  const rule = summary.rule ?? KB_RULE[kb.sdHashMatches === false ? 'mismatch' : kb.status];
  return {
    ...summary,
    trusted: false,
    tone: summary.tone === 'bad' ? 'bad' : 'warn',
    sentence: `${issuer} ${line}`,
    ...(rule ? { rule } : {}),
  };
}
