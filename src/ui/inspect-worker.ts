// inspect() off the main thread: the page posts the newest input with a sequence number and gets
// the Report back (plain data), plus the JSON of the header and payload already indented for
// display with its offset map, so no O(size) work on a large token runs on the main thread.
// On start the worker posts the rule catalogue (explanations, references) once.
import { inspect, ruleCatalog, type InspectInput, type Report, type RuleInfo } from '../core/index';
import { prettyJson, type Pretty } from './editor/pretty-json';

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

const pretty = (v: Report['header']): Pretty | undefined =>
  v?.json && !v.json.error && !v.binary ? prettyJson(v.text) : undefined;

self.onmessage = async (event: MessageEvent<InspectRequest>) => {
  const { seq, input } = event.data;
  try {
    const report = await inspect(input);
    const shown: Shown = { header: pretty(report.header), payload: report.kind === 'jwe' ? undefined : pretty(report.payload) };
    const transfer = [shown.header?.map.buffer, shown.payload?.map.buffer].filter((b): b is ArrayBuffer => !!b);
    self.postMessage({ type: 'report', seq, report, shown } satisfies InspectMessage, { transfer });
  } catch (e) {
    // inspect() does not throw; this keeps the page from waiting forever if posting fails.
    self.postMessage({ type: 'error', seq, message: String(e) } satisfies InspectMessage);
  }
};

self.postMessage({ type: 'catalog', rules: [...ruleCatalog] } satisfies InspectMessage);
