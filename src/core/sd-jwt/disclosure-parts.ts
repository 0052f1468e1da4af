// Each presented Disclosure as the section A and B rules see it (rules-next "When an SD-JWT is
// presented": `b64-*` rules run on every Disclosure, `json-*` rules on each Disclosure's JSON):
// its base64url problems and its decoded JSON, with a label and its place in the token text.
// Read once per SD-JWT, when a rule first asks.
import { decodeBase64url } from '../parse/base64url';
import { decodeJson } from '../parse/json/index';
import type { Base64Issue } from '../parse/types';
import type { DecodedJson, Span } from '../report';
import type { SdJwt } from './index';
import { disclosureAt } from './rule-parts';

export interface DisclosurePart {
  /** 'Disclosure #2 (`address`)': the presented order, and the claim name when it has one. */
  label: string;
  /** The Disclosure as presented. */
  raw: string;
  issues: Base64Issue[];
  json: DecodedJson;
  /** The claim name of a 3-element Disclosure, when it is a string. */
  name?: string;
  /** The Disclosure in the token text (compact form only). */
  at?: Span;
}

const cache = new WeakMap<SdJwt, DisclosurePart[]>();

/** Every non-empty presented Disclosure (an empty one is sd-serialization-malformed alone). */
export function disclosureParts(sd: SdJwt): DisclosurePart[] {
  let parts = cache.get(sd);
  if (!parts) {
    parts = sd.disclosures.flatMap((d, i) => {
      if (d.text === '') return [];
      const { bytes, issues } = decodeBase64url(d.text);
      const at = disclosureAt(d);
      const label = `Disclosure #${i + 1}${d.name !== undefined ? ` (\`${d.name}\`)` : ''}`;
      return [{ label, raw: d.text, issues, json: decodeJson(bytes), ...(d.name !== undefined ? { name: d.name } : {}), ...(at ? { at } : {}) }];
    });
    cache.set(sd, parts);
  }
  return parts;
}
