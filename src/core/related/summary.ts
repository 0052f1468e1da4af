// The verdict of a DPoP proof (rules-next M): its signature is checked with the key it carries,
// which anyone can make, so what it proves is said with the binding to the access token.
import type { Finding, Report, Summary } from '../report';

type ProofInput = Pick<Report, 'signature' | 'findings'> & Partial<Pick<Report, 'profile' | 'related'>>;

/** The label verify/index.ts gives the token's own header key. */
const OWN_JWK = 'the token\'s own "jwk"';
const BINDING_RULES = new Set(['dpop-ath-mismatch', 'dpop-jkt-mismatch']);
/** Why the proof is not bound, per rule and severity, in plain words for the verdict line. */
const WHY: Record<string, Partial<Record<Finding['severity'], string>>> = {
  'dpop-ath-mismatch': { error: 'Its ath is missing or is not the hash of this access token: the proof was made for another token.' },
  'dpop-jkt-mismatch': {
    error: 'The access token is bound to another key than the one that signed this proof.',
    warning: 'The access token is not bound to a DPoP key (no cnf.jkt), so the proof does not protect it.',
  },
};

/** The summary of a DPoP proof whose signature verifies, or undefined for anything else. */
export function proofSummary(report: ProofInput): Summary | undefined {
  const sig = report.signature;
  if (!report.profile?.dpop || sig.status !== 'valid') return undefined;
  const ownKey = sig.keyUsed === OWN_JWK;
  const signed = `DPoP proof · signature valid with ${ownKey ? 'its own key' : 'your key'}`;
  const checked = `Checked ${sig.alg ?? ''} with ${ownKey ? 'the key in its header' : (sig.keyUsed ?? 'your key')}.`;
  const binding = report.related?.pair === 'dpop' ? report.related : undefined;
  if (!binding) {
    const next = 'Paste its access token in Related token to check that the proof belongs to it.';
    return { status: sig.status, trusted: false, tone: 'neutral', headline: signed, sentence: `${checked} ${next}` };
  }
  if (binding.bound) {
    const opaque = report.findings.some((f) => f.rule === 'dpop-jkt-mismatch' && f.severity === 'info');
    const what = opaque ? 'Its ath matches the access token (an opaque token, so its key binding could not be read).' : 'Its ath matches the access token, and the token is bound to this key.';
    return { status: sig.status, trusted: true, tone: 'good', headline: `${signed} · bound to the access token`, sentence: `${checked} ${what}` };
  }
  const against = report.findings.find((f: Finding) => !f.path?.length && BINDING_RULES.has(f.rule) && f.severity !== 'info');
  return {
    status: sig.status,
    trusted: false,
    tone: against?.severity === 'error' ? 'bad' : 'warn',
    headline: `${signed} · not bound to this access token`,
    sentence: against ? `${checked} ${WHY[against.rule]?.[against.severity] ?? ''}`.trim() : checked,
    ...(against ? { rule: against.rule } : {}),
  };
}
