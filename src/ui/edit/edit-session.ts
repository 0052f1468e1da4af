// Edit mode's state: the header and payload text being edited, re-signed on every change with
// the Key box's key, and written to the Token box at once (the verdict, claims and findings then
// follow through the normal inspect flow). The editors own their text; nothing here writes back
// into them except a quick action the user asked for.
// When the Token box changes to anything but the token written here (the user typed or pasted
// in it, or loaded a sample), edit mode ends: the editors would no longer describe the token
// in the box, and reloading them under the user's cursor would lose what they were doing.
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { readJsonObject, sign, type EditError, type Finding, type ResignedFrom, type Report, type SignedSdJwt } from '../../core/index';
import type { Inspector } from '../state/create-inspector';

export type Part = 'header' | 'payload';

/** What the last edit came to: signed (the Token box holds it), or why not, with where. */
export type EditState =
  /** `notes`: the findings about the signing itself (rules-next P, sign-*), which only sign()
   * reports: the Token box's own report does not know which token was re-signed. */
  | { status: 'signed'; alg: string; notes: Finding[]; sd?: SignedSdJwt }
  | { status: 'error'; code: string; message: string; part?: Part | 'key'; at?: { from: number; to: number } };

export interface EditSession {
  /** The texts for what is shown around the editors (changes, alg menu): they follow the
   * editors a moment after each change, so signing goes first. */
  text: Record<Part, Accessor<string>>;
  setText: (part: Part, text: string) => void;
  state: Accessor<EditState | undefined>;
  /** The texts first edited (the pasted token's), when a pasted token is being edited. */
  origin?: { header: string; payload: string };
  /** A token has been written to the Token box in this session. */
  resigned: Accessor<boolean>;
}

const SCRATCH_HEADER = '{"alg":"HS256","typ":"JWT"}';

/** The token's decoded texts when it is one we can re-sign (a compact JWS or unsecured JWT
 * with a JSON header and a text payload, or a compact SD-JWT's issuer-signed JWT: sign() then
 * keeps its Disclosures), else undefined: minting from scratch. */
export function editableTexts(report: Report | undefined): { header: string; payload: string } | undefined {
  const kinds: Report['kind'][] = ['jws', 'unsecured', 'sd-jwt'];
  if (!report || !kinds.includes(report.kind) || report.serialization !== 'compact') return undefined;
  const { header, payload } = report;
  if (!header?.json || header.json.error || !payload || payload.binary || payload.detached) return undefined;
  return { header: header.text, payload: payload.text };
}

export const scratchTexts = (now: number) => ({ header: SCRATCH_HEADER, payload: `{"iat":${now}}` });

export function createEditSession(insp: Inspector, start: { header: string; payload: string }, report: Report | undefined, onLeave: () => void): EditSession {
  const current = { ...start };
  const [shown, setShown] = createSignal(current);
  let showing: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(showing));
  const [state, setState] = createSignal<EditState>();
  const [resigned, setResigned] = createSignal(false);
  const origin = editableTexts(report);
  const from: ResignedFrom | undefined = origin
    ? { token: insp.token(), ...(insp.key() ? { key: insp.key() } : {}), secretEncoding: insp.encoding() }
    : undefined;
  let written = insp.token();
  let seq = 0;

  const resign = async () => {
    const mine = ++seq;
    const texts = { ...current };
    for (const part of ['header', 'payload'] as const) {
      const read = readJsonObject(texts[part]);
      if ('error' in read) {
        setState(errorState(read.error, part));
        return;
      }
    }
    const at = insp.asOf();
    const result = await sign({
      ...texts,
      key: insp.key(),
      secretEncoding: insp.encoding(),
      now: at ?? Math.floor(Date.now() / 1000),
      ...(from ? { from } : {}),
    });
    if (mine !== seq) return; // a newer edit decides
    if (!result.ok) {
      const { code, message, at: where } = result.error;
      setState({ status: 'error', code, message, ...(where ? { part: where.part as Part | 'key', at: { from: where.from, to: where.to } } : {}) });
      return;
    }
    written = result.token;
    setResigned(true);
    const notes = result.findings.filter((f) => f.rule.startsWith('sign-'));
    setState({ status: 'signed', alg: result.alg, notes, ...(result.sd ? { sd: result.sd } : {}) });
    insp.setToken(result.token);
  };

  // A token in the box is replaced at the first edit, not on entering edit mode (a JWE or a
  // malformed token starts from scratch texts, and stays until the user changes them).
  createEffect(on([insp.key, insp.encoding], () => void resign(), { defer: insp.token().trim() !== '' }));
  createEffect(on(insp.token, (token) => token !== written && onLeave(), { defer: true }));

  const setText = (part: Part, text: string) => {
    current[part] = text;
    void resign();
    showing ??= setTimeout(() => {
      showing = undefined;
      setShown({ ...current });
    });
  };
  const text = { header: () => shown().header, payload: () => shown().payload };
  return { text, setText, state, resigned, ...(origin ? { origin } : {}) };
}

function errorState(error: EditError, part: Part): EditState {
  return { status: 'error', code: error.code, message: `${part === 'header' ? 'Header' : 'Payload'}: ${error.message}`, part, ...(error.at ? { at: error.at } : {}) };
}
