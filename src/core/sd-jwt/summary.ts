// The verdict of an SD-JWT: the issuer signature's (summarize()), with the Key Binding JWT's own
// verdict said beside it. A presentation whose key binding fails is not trusted.
import { STATUS_WORDS } from '../status-words';
import { lowerFirst } from '../text';
import type { SdReport, Summary } from '../report';

/** The finding that explains an untrusted key binding. */
const KB_RULE: Record<string, string> = { mismatch: 'kb-sd-hash-mismatch', invalid: 'sig-invalid', unsecured: 'alg-none', 'no-key': 'kb-holder-key-unresolved' };

export function withKeyBinding(summary: Summary, sd: SdReport): Summary {
  const kb = sd.keyBinding;
  const issuer = `Issuer signature: ${summary.sentence || summary.headline}`.replace(/\.?$/, '.');
  if (!kb || kb.status === 'missing') return { ...summary, sentence: `${issuer} No key binding JWT.` };
  const hash = kb.sdHashMatches === false ? ' but it signed other Disclosures (sd_hash differs)' : '';
  if (kb.status === 'valid' && !hash) return { ...summary, sentence: `${issuer} Key binding: valid.` };
  const line = kb.status === 'valid' ? `Key binding: signature valid${hash}.` : `Key binding: ${lowerFirst(STATUS_WORDS[kb.status].label)}${hash}.`;
  const rule = summary.rule ?? KB_RULE[kb.sdHashMatches === false ? 'mismatch' : kb.status];
  return {
    ...summary,
    trusted: false,
    tone: summary.tone === 'bad' ? 'bad' : 'warn',
    sentence: `${issuer} ${line}`,
    ...(rule ? { rule } : {}),
  };
}
