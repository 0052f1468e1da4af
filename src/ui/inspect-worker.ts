// inspect() off the main thread. The page posts the newest input with a sequence number; for each
// one the worker answers twice:
// 1. `report`: the Report without its bulky text (the pasted text, the payload text, the claims),
//    small to copy across, so the verdict shows as soon as inspect() returns;
// 2. `detail`: that text, the claims, and the header and payload JSON indented for display with
//    their offset maps, so no O(size) work on a large token runs on the main thread.
// On start the worker posts the rule catalogue (explanations, references) once, then inspects
// sample tokens so the first real paste runs warm code.
import { inspect, ruleCatalog, type ClaimView, type DecodedPartView, type InspectInput, type Report, type RuleInfo } from '../core/index';
import { prettyJson, type Pretty } from './editor/pretty-json';
import { warmUpSteps } from './inspect-warm-up';

export interface InspectRequest {
  seq: number;
  input: InspectInput;
}
export interface Shown {
  header?: Pretty;
  payload?: Pretty;
}
/** What `report` leaves out; the page puts it back (see create-inspector.ts). */
export interface ReportDetail {
  payloadText?: string;
  claims: ClaimView[];
  shown: Shown;
}
export type InspectMessage =
  | { type: 'catalog'; rules: RuleInfo[] }
  /** `token`: the token extracted from the pasted text, when it is not the pasted text itself
   * (the page knows what it sent). */
  | { type: 'report'; seq: number; report: Report; token?: string }
  | { type: 'detail'; seq: number; detail: ReportDetail }
  | { type: 'error'; seq: number; message: string };

const pretty = (v: DecodedPartView | undefined): Pretty | undefined =>
  v?.json && !v.json.error && !v.binary ? prettyJson(v.text) : undefined;

/** The page reads a decoded part's text, header value, byte length and whether its JSON parsed;
 * the parse tree and the parsed value (tens of thousands of objects for a 1 MB payload) would
 * only make the Report slow to copy across. `json.text` is `text` again, so it goes empty. */
function slimPart(v: DecodedPartView | undefined, keepValue: boolean, keepText = true): DecodedPartView | undefined {
  if (!v) return v;
  const json = v.json && { ...v.json, text: '', node: undefined, value: undefined };
  return { ...v, text: keepText ? v.text : '', json, value: keepValue ? v.value : undefined };
}

function slim(r: Report): Report {
  return {
    ...r,
    header: slimPart(r.header, true),
    payload: slimPart(r.payload, false),
    nested: r.nested.map((n) => ({ ...n, report: slim(n.report) })),
  };
}

/** The top-level Report for the verdict: no pasted text, payload text or claims. */
function light(r: Report): Report {
  return { ...slim(r), input: { ...r.input, text: '', token: '' }, payload: slimPart(r.payload, false, false), claims: [] };
}

async function answer({ seq, input }: InspectRequest): Promise<void> {
  try {
    const full = await inspect(input);
    const token = full.input.token === input.token ? undefined : full.input.token;
    self.postMessage({ type: 'report', seq, report: light(full), ...(token === undefined ? {} : { token }) } satisfies InspectMessage);
    const shown: Shown = { header: pretty(full.header), payload: full.kind === 'jwe' ? undefined : pretty(full.payload) };
    const transfer = [shown.header?.map.buffer, shown.payload?.map.buffer].filter((b): b is ArrayBuffer => !!b);
    const detail: ReportDetail = { payloadText: full.payload?.text, claims: full.claims, shown };
    self.postMessage({ type: 'detail', seq, detail } satisfies InspectMessage, { transfer });
  } catch (e) {
    // inspect() does not throw; this keeps the page from waiting forever if posting fails.
    self.postMessage({ type: 'error', seq, message: String(e) } satisfies InspectMessage);
  }
}

self.postMessage({ type: 'catalog', rules: [...ruleCatalog] } satisfies InspectMessage);

// One inspection at a time: inspect() awaits WebCrypto, and two runs must not interleave. A real
// request goes before the next warm-up step; between steps the worker yields so requests get in.
const requests: InspectRequest[] = [];
let steps: Promise<Array<() => Promise<unknown>>> | undefined = warmUpSteps().catch(() => []);
let running = false;
async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (;;) {
      const request = requests.shift();
      if (request) {
        await answer(request);
        continue;
      }
      const list = await steps;
      if (requests.length) continue;
      const step = list?.shift();
      if (!step) break;
      await step().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    steps = undefined;
  } finally {
    running = false;
  }
}
self.onmessage = (event: MessageEvent<InspectRequest>) => {
  requests.push(event.data);
  void pump();
};
void pump();
