// Keys as things to lint (rules-next O): a key pasted with an empty Token box, and the published
// keys the tests use (RFC 7515 A, RFC 7517 A, Wycheproof json_web_key_test.json; sources and
// licences in tests/vectors/README.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Report } from '../../../src/core/report';
import { hits, run, severityOf } from './mint';

type Json = Record<string, unknown>;
const vectors = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../../vectors', file), 'utf8'));

/** inspect() with an empty token and this key (a JWK object is written as JSON). */
export const lintKey = (key: string | Json): Promise<Report> => run('', { key: typeof key === 'string' ? key : JSON.stringify(key) });

/** Wycheproof json_web_key_test.json case `tcId`: its token and its key (set) as JSON text. */
export function wycheproofJwk(tcId: number): { jws: string; key: string } {
  for (const g of vectors('wycheproof/json_web_key_test.json').testGroups) {
    const t = g.tests.find((c: { tcId: number }) => c.tcId === tcId);
    if (t) return { jws: t.jws, key: JSON.stringify(g.public && Object.keys(g.public).length ? g.public : g.private) };
  }
  throw new Error(`no Wycheproof JWK case ${tcId}`);
}

/** RFC 7517 Appendix A example sets: 'A.1' public, 'A.2' private, 'A.3' symmetric. */
export function rfc7517Keys(section: 'A.1' | 'A.2' | 'A.3'): Json[] {
  const test = vectors('rfc/rfc7517_rfc7638_jwk_examples.json').tests.find((t: { section: string }) => t.section === section);
  return test.value.keys;
}

/** The RFC 7515 A.3 EC P-256 key pair (private JWK). */
export const rfc7515A3 = (): Json => vectors('rfc/rfc7515_appendix_a.json').tests.find((t: { id: string }) => t.id === 'rfc7515-A.3').privateJwk;

/** RFC 7638 §3.1: the RFC 7517 A.1 RSA key and its thumbprint. */
export const RFC7638_THUMBPRINT = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
export const rfc7638Key = (): Json => ({ ...rfc7517Keys('A.1')[1]! });

export { hits, severityOf };
