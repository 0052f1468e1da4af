// How an inspection is answered, wherever it ran (the inspect worker, or the page itself for a
// small token): two messages, so the verdict never waits for the bulky part.
// 1. `report`: the Report without its bulky text (the pasted text, the payload text, the claims),
//    small to copy across, so the verdict shows as soon as inspect() returns;
// 2. `detail`: that text, the claims, and the header and payload JSON indented for display with
//    their offset maps.
import { inspect, type ClaimView, type DecodedPartView, type InspectInput, type Report, type RuleInfo } from '../core/index';
import { prettyJson, type Pretty } from './editor/pretty-json';

export interface InspectRequest {
  seq: number;
  input: InspectInput;
}
export interface Shown {
  header?: Pretty;
  payload?: Pretty;
}
/** What `report` leaves out; the page puts it back (see state/create-inspector.ts). */
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
export type InspectReply = Exclude<InspectMessage, { type: 'catalog' }>;

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

/** Inspect `request` and hand its two replies to `send` (the second one with the buffers it may
 * transfer). Never throws: a failure becomes an `error` reply. */
export async function answer({ seq, input }: InspectRequest, send: (m: InspectReply, transfer?: Transferable[]) => void): Promise<void> {
  try {
    const full = await inspect(input);
    const token = full.input.token === input.token ? undefined : full.input.token;
    send({ type: 'report', seq, report: light(full), ...(token === undefined ? {} : { token }) });
    const shown: Shown = { header: pretty(full.header), payload: full.kind === 'jwe' ? undefined : pretty(full.payload) };
    const transfer = [shown.header?.map.buffer, shown.payload?.map.buffer].filter((b): b is ArrayBuffer => !!b);
    send({ type: 'detail', seq, detail: { payloadText: full.payload?.text, claims: full.claims, shown } }, transfer);
  } catch (e) {
    // inspect() does not throw; this keeps the page from waiting forever if posting fails.
    send({ type: 'error', seq, message: String(e) });
  }
}
