// inspect() off the main thread: the page posts the newest input with a sequence number and gets
// the Report back (plain data), plus the JSON of the header and payload already indented for
// display with its offset map, so no O(size) work on a large token runs on the main thread.
// On start the worker posts the rule catalogue (explanations, references) once, then inspects a
// sample token so the first real paste runs warm code.
import { inspect, ruleCatalog, type DecodedPartView, type InspectInput, type Report, type RuleInfo } from '../core/index';
import { prettyJson, type Pretty } from './editor/pretty-json';
import { SAMPLE_RSA_PRIVATE } from './samples/keys';

export interface InspectRequest {
  seq: number;
  input: InspectInput;
}
export interface Shown {
  header?: Pretty;
  payload?: Pretty;
}
export type InspectMessage =
  | { type: 'catalog'; rules: RuleInfo[] }
  | { type: 'report'; seq: number; report: Report; shown: Shown }
  | { type: 'error'; seq: number; message: string };

const pretty = (v: DecodedPartView | undefined): Pretty | undefined =>
  v?.json && !v.json.error && !v.binary ? prettyJson(v.text) : undefined;

/** The page reads a decoded part's text, header value, byte length and whether its JSON parsed;
 * the parse tree and the parsed value (tens of thousands of objects for a 1 MB payload) would
 * only make the Report slow to copy across. `json.text` is `text` again, so it goes empty. */
function slimPart(v: DecodedPartView | undefined, keepValue: boolean): DecodedPartView | undefined {
  if (!v) return v;
  const json = v.json && { ...v.json, text: '', node: undefined, value: undefined };
  return { ...v, json, value: keepValue ? v.value : undefined };
}

function slim(r: Report): Report {
  return {
    ...r,
    header: slimPart(r.header, true),
    payload: slimPart(r.payload, false),
    nested: r.nested.map((n) => ({ ...n, report: slim(n.report) })),
  };
}

async function answer({ seq, input }: InspectRequest): Promise<void> {
  try {
    const full = await inspect(input);
    const shown: Shown = { header: pretty(full.header), payload: full.kind === 'jwe' ? undefined : pretty(full.payload) };
    const transfer = [shown.header?.map.buffer, shown.payload?.map.buffer].filter((b): b is ArrayBuffer => !!b);
    self.postMessage({ type: 'report', seq, report: slim(full), shown } satisfies InspectMessage, { transfer });
  } catch (e) {
    // inspect() does not throw; this keeps the page from waiting forever if posting fails.
    self.postMessage({ type: 'error', seq, message: String(e) } satisfies InspectMessage);
  }
}

self.postMessage({ type: 'catalog', rules: [...ruleCatalog] } satisfies InspectMessage);

// Warm-up: compile the decoding, verifying and rule code before the first paste needs it.
const part = (v: unknown) => btoa(JSON.stringify(v)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const now = Math.floor(Date.now() / 1000);
const { kty, n, e } = SAMPLE_RSA_PRIVATE;
const warmUp = inspect({
  token: `${part({ alg: 'RS256', typ: 'JWT', kid: 'warm-up' })}.${part({ iss: 'https://issuer.example', sub: 'u', aud: 'api', iat: now, exp: now + 600, groups: ['a', 'b'] })}.${'A'.repeat(342)}`,
  key: JSON.stringify({ kty, n, e, kid: 'warm-up' }),
  now,
}).then(
  (r) => void prettyJson(r.payload?.text ?? '{}'),
  () => undefined,
);

// One inspection at a time, the warm-up first: inspect() awaits WebCrypto, and two runs must not
// interleave.
let queue: Promise<void> = warmUp;
self.onmessage = (event: MessageEvent<InspectRequest>) => {
  const request = event.data;
  queue = queue.then(() => answer(request));
};
