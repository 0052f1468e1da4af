// What several section L rules share: where a Disclosure stands in the pasted text, `typ`
// comparisons, and which claims the Issuer disclosed in plain text.
import type { Span } from '../report';

import type { Disclosure } from './disclosure';
import type { SdJwt } from './index';

/** The Disclosure's place in the token text (compact form only). */
export function disclosureAt(d: Pick<Disclosure, 'from' | 'text'>): Span | undefined {
  return d.from === undefined ? undefined : { part: 'token', from: d.from, to: d.from + d.text.length };
}

/** A span in the token text, when both ends are known. */
export function tokenAt(from: number | undefined, to: number | undefined): Span | undefined {
  return from === undefined || to === undefined ? undefined : { part: 'token', from, to };
}

/** `typ` equals `name`, case-insensitive, with or without `application/`. */
export function typIs(typ: unknown, name: string): boolean {
  return typeof typ === 'string' && typ.toLowerCase().replace(/^application\//, '') === name;
}

export function isVcTyp(typ: unknown): boolean {
  return typIs(typ, 'dc+sd-jwt') || typIs(typ, 'vc+sd-jwt');
}

/** The label of a Disclosure in messages: its claim name or its array value. */
export function disclosureLabel(d: Disclosure): string {
  if (d.name !== undefined) return `\`${d.name}\``;
  if (d.path !== undefined) return `the array element at ${d.path}`;
  return 'an array element';
}

/** The top-level claim `name` is in the issuer-signed payload itself, not disclosed. */
export function plaintextClaim(sd: SdJwt, name: string): boolean {
  const claims = sd.processed.claims;
  const has = typeof claims === 'object' && claims !== null && Object.hasOwn(claims, name);
  return has && !sd.disclosures.some((d) => d.referenced && d.path === `/${name}`);
}

