// How an inspection is answered, wherever it ran (the inspect worker, or the page itself for a
// small token): the QuickReport first, then the detail (see protocol.ts).
import { inspect, type DecodedPartView, type Report } from '../../core/index';
import { prettyJson, type Pretty } from '../editor/pretty-json';
import type { InspectReply, InspectRequest, QuickAnswer, Shown } from './protocol';

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

/** The top-level Report for the verdict: no pasted text, token, payload text or claims. */
function quick(r: Report): QuickAnswer {
  const { claims: _claims, payload, input, ...rest } = slim(r);
  const { text: _text, token: _token, ...inputRest } = input;
  if (!payload) return { ...rest, input: inputRest };
  const { text: _payloadText, value: _value, ...payloadRest } = payload;
  return { ...rest, input: inputRest, payload: payloadRest };
}

/** Inspect `request` and hand its two replies to `send` (the second one with the buffers it may
 * transfer). Never throws: a failure becomes an `error` reply. */
export async function answer({ seq, input }: InspectRequest, send: (m: InspectReply, transfer?: Transferable[]) => void): Promise<void> {
  try {
    const full = await inspect(input);
    const token = full.input.token === input.token ? undefined : full.input.token;
    send({ type: 'report', seq, report: quick(full), ...(token === undefined ? {} : { token }) });
    const shown: Shown = { header: pretty(full.header), payload: pretty(full.payload) };
    const transfer = [shown.header?.map.buffer, shown.payload?.map.buffer].filter((b): b is ArrayBuffer => !!b);
    send({ type: 'detail', seq, detail: { payloadText: full.payload?.text, claims: full.claims, shown } }, transfer);
  } catch (e) {
    // inspect() does not throw; this keeps the page from waiting forever if posting fails.
    send({ type: 'error', seq, message: String(e) });
  }
}
