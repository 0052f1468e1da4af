// The certificate chains of an inspection for the certificate rules (rules-next.md O), read only
// when there is a certificate to read: the chain code (keys/cert-chain.ts) is loaded on first use.
import type { CertChain, ChainSources } from './cert-chain';

export type { CertChain, ChainCert, ChainLink } from './cert-chain';

export async function readCertificateChains(sources: ChainSources): Promise<CertChain[] | undefined> {
  const { keys, keyText, header } = sources;
  const any =
    keys.candidates.some((c) => c.certificate && c.source !== 'embedded-x5c') ||
    ((keys.kind === 'jwk' || keys.kind === 'jwks') && keyText.includes('"x5c"')) ||
    (header !== undefined && Object.hasOwn(header, 'x5c'));
  if (!any) return undefined;
  try {
    const { certificateChains } = await import('./cert-chain');
    return await certificateChains(sources);
  } catch {
    // A chunk that failed to load or a certificate this code trips on costs the certificate
    // findings only, never the report.
    return undefined;
  }
}
