// RFC 9901 §7.1 processing: every embedded digest (`_sd` arrays, `{"...": digest}` array
// elements) is looked up among the presented Disclosures, recursively into disclosed values;
// the result is the payload a verifier sees (`_sd`, top-level `_sd_alg` and undisclosed `...`
// elements removed). Problems are collected for the section L rules, never thrown.
import type { Disclosure } from './disclosure';

export type Container = { pointer: string; kind: 'object' | 'array' };

export interface Embedded {
  digest: string;
  kind: 'sd' | 'array';
  /** JSON Pointer of the object or array that holds it (in the processed claims). */
  container: string;
}

export interface ProcessIssues {
  /** sd-digest-container-invalid: pointer and what is wrong; warning for ill-formed digests. */
  containers: { pointer: string; message: string; severity?: 'warning' }[];
  /** sd-claim-name-conflict: the Disclosure and the object it targets. */
  conflicts: { disclosure: Disclosure; pointer: string }[];
  /** sd-disclosure-malformed: a 2-element Disclosure through `_sd`, or a 3-element one through `...`. */
  wrongKind: { disclosure: Disclosure; via: 'sd' | 'array' }[];
  /** `_sd_alg` below the top level (sd-hash-alg-invalid warning). */
  nestedSdAlg: string[];
}

export interface Processed {
  claims: unknown;
  embedded: Embedded[];
  issues: ProcessIssues;
}

const escape = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');
/** Sets a member even when it is named `__proto__` (JSON data, not a prototype). A plain
 * assignment otherwise: defining 100 members one by one makes a slow dictionary object. */
const put = (o: Record<string, unknown>, name: string, value: unknown) => {
  if (name === '__proto__') Object.defineProperty(o, name, { value, enumerable: true, writable: true, configurable: true });
  else o[name] = value;
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function processPayload(payload: Record<string, unknown>, disclosures: Disclosure[]): Processed {
  const byDigest = new Map<string, Disclosure>();
  for (const d of disclosures) if (d.digest && !byDigest.has(d.digest) && !d.malformed) byDigest.set(d.digest, d);
  const used = new Set<Disclosure>();
  const embedded: Embedded[] = [];
  const issues: ProcessIssues = { containers: [], conflicts: [], wrongKind: [], nestedSdAlg: [] };

  /** The Disclosure for `digest`, once: a digest met twice is sd-digest-duplicate, not a second insert. */
  const take = (digest: string): Disclosure | undefined => {
    const d = byDigest.get(digest);
    if (!d || used.has(d)) return undefined;
    used.add(d);
    return d;
  };

  const walk = (value: unknown, pointer: string, top: boolean, inArray: boolean): unknown => {
    if (Array.isArray(value)) return walkArray(value, pointer);
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(value)) {
      if (name === '_sd') continue;
      if (name === '_sd_alg') {
        if (!top) issues.nestedSdAlg.push(`${pointer}/_sd_alg`);
        else continue;
      }
      if (name === '...' && !inArray) issues.containers.push({ pointer, message: 'a `...` member in an object that is not an array element' });
      put(out, name, walk(member, `${pointer}/${escape(name)}`, false, false));
    }
    if (!('_sd' in value)) return out;
    const sd = value['_sd'];
    if (!Array.isArray(sd) || sd.some((d) => typeof d !== 'string')) {
      issues.containers.push({ pointer, message: '`_sd` is not an array of strings' });
      put(out, '_sd', sd);
      return out;
    }
    for (const digest of sd as string[]) {
      embedded.push({ digest, kind: 'sd', container: pointer });
      const d = take(digest);
      if (!d) continue;
      if (d.arity !== 3) {
        issues.wrongKind.push({ disclosure: d, via: 'sd' });
        continue;
      }
      const name = d.name!;
      const at = `${pointer}/${escape(name)}`;
      d.referenced = true;
      d.path = at;
      if (Object.hasOwn(out, name)) {
        issues.conflicts.push({ disclosure: d, pointer });
        continue;
      }
      put(out, name, walk(d.value, at, false, false));
    }
    return out;
  };

  const walkArray = (items: unknown[], pointer: string): unknown[] => {
    const out: unknown[] = [];
    for (const item of items) {
      if (isObject(item) && '...' in item) {
        const digest = item['...'];
        if (Object.keys(item).length !== 1 || typeof digest !== 'string') {
          issues.containers.push({ pointer, message: 'an array element with `...` and other members, or a `...` that is not a string' });
          out.push(walk(item, `${pointer}/${out.length}`, false, true));
          continue;
        }
        embedded.push({ digest, kind: 'array', container: pointer });
        const d = take(digest);
        if (!d) continue;
        if (d.arity !== 2) {
          issues.wrongKind.push({ disclosure: d, via: 'array' });
          continue;
        }
        d.referenced = true;
        d.path = `${pointer}/${out.length}`;
        out.push(walk(d.value, d.path, false, false));
        continue;
      }
      out.push(walk(item, `${pointer}/${out.length}`, false, true));
    }
    return out;
  };

  const claims = walk(payload, '', true, false);
  return { claims, embedded, issues };
}
