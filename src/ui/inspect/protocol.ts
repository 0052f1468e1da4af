// What passes between the page and wherever inspect() ran (the inspect worker, or the page's own
// copy of the core for a small token; see runner.ts). Types only: nothing here adds to the
// startup bundle.
//
// A request carries a sequence number; its answer comes in two messages, so the verdict never
// waits for the bulky part (answer.ts):
// 1. `report`: a QuickReport, the Report without the pasted text, the payload text and the
//    claims, small to copy across, so the verdict shows as soon as inspect() returns;
// 2. `detail`: what the first one left out, plus the header and payload JSON indented for
//    display with their offset maps. The page joins the two into the full Report (transport.ts).
// In both, decoded parts leave their JSON parse tree behind, and the payload its parsed value.
import type { ClaimView, DecodedPartView, InspectInput, Report, RuleInfo } from '../../core/index';
import type { Pretty } from '../editor/pretty-json';

export interface InspectRequest {
  seq: number;
  input: InspectInput;
}

/** The verdict's Report: everything but the bulky text. No `claims` and no payload text or value,
 * so a component that needs those has to take the full Report. */
export type QuickReport = Omit<Report, 'claims' | 'payload'> & {
  /** The payload's size and form (JSON, text, binary), without its text. */
  payload?: Omit<DecodedPartView, 'text' | 'value'>;
};

/** A QuickReport as sent: without the pasted text and the extracted token, which the page has
 * (it sent the first, and `token` comes beside when it differs). */
export type QuickAnswer = Omit<QuickReport, 'input'> & { input: Omit<Report['input'], 'text' | 'token'> };

/** The header and payload JSON as shown (indented), computed where inspect() ran. */
export interface Shown {
  header?: Pretty;
  payload?: Pretty;
}

/** What the QuickReport leaves out, and the indented JSON. */
export interface ReportDetail {
  payloadText?: string;
  claims: ClaimView[];
  shown: Shown;
}

/** The full Report as the page holds it, with its display text. */
export interface Detail {
  report: Report;
  shown: Shown;
}

export type InspectMessage =
  | { type: 'catalog'; rules: RuleInfo[] }
  /** `token`: the token extracted from the pasted text, when it is not the pasted text itself. */
  | { type: 'report'; seq: number; report: QuickAnswer; token?: string }
  | { type: 'detail'; seq: number; detail: ReportDetail }
  | { type: 'error'; seq: number; message: string };
export type InspectReply = Exclude<InspectMessage, { type: 'catalog' }>;
