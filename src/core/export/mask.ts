// The report as it may leave the machine (issue 17, export and share): the values of the named
// claims masked everywhere they appear (claims, payload text and value, the token and the pasted
// text, the messages), the signature stripped when asked, and never a secret: a well-known HMAC
// secret the inspector found is masked whatever was asked. Pure: returns a new report.
import type { Finding, JsonMember, Report } from '../report';
import { parseJsonText } from '../parse/json/index';
import { encodeBase64urlText } from '../parse/base64url';
import { describeClaims } from '../claims/describe';
import { tokenSegments } from './segments';

export const MASKED = '[masked]';

export interface MaskOptions {
  /** Top-level claim names whose values are masked (in nested tokens too). */
  mask?: readonly string[];
  /** Leave the signature out of the token (the token then ends with its last dot). */
  stripSignature?: boolean;
}

/** A text that must not appear in the output, and what stands in for it. */
interface Swap {
  from: string;
  to: string;
}

/** Values shorter than this are masked where they are structured (claims, payload, token) but
 * not searched for in free text, where "1" or "yes" would mangle unrelated words. */
const MIN_FREE_TEXT = 4;

export function maskReport(report: Report, options: MaskOptions = {}): Report {
  const names = new Set(options.mask ?? []);
  const swaps: Swap[] = [];
  const masked = maskLevel(report, names, options.stripSignature === true, swaps);
  const changed = swaps.length > 0;
  const sorted = swaps.filter((s) => s.from !== s.to).sort((a, b) => b.from.length - a.from.length);
  const out = deepSwap(masked, sorted) as Report;
  if (changed || names.size > 0 || options.stripSignature) dropOtherTokens(out);
  return hideSecrets(changed ? withoutOffsets(out) : out);
}

function maskLevel(report: Report, names: ReadonlySet<string>, strip: boolean, swaps: Swap[]): Report {
  const gone = (path: string[]) => {
    const last = path[path.length - 1] ?? '';
    return [...names].some((n) => last === `claim:${n}` || last.startsWith(`claim:${n}.`));
  };
  const inner: Swap[] = [];
  const nested = report.nested.filter((n) => !gone(n.path)).map((n) => ({ ...n, report: maskLevel(n.report, names, false, inner) }));
  const findings = report.findings.filter((f) => !(f.path && f.path.some((_, i) => gone(f.path!.slice(0, i + 1)))));
  let out: Report = { ...report, nested, findings };
  const segments = tokenSegments(report);

  const payload = report.payload;
  if (payload && !payload.binary) {
    const node = payload.json?.node;
    const hits = node?.type === 'object' ? node.members.filter((m) => names.has(m.name)) : [];
    let text = payload.text;
    for (const m of [...hits].sort((a, b) => b.value.span.from - a.value.span.from)) {
      swaps.push(...valueSwaps(payload.text, m));
      text = text.slice(0, m.value.span.from) + JSON.stringify(MASKED) + text.slice(m.value.span.to);
    }
    text = applySwaps(text, inner);
    if (text !== payload.text) {
      const json = payload.json ? parseJsonText(text) : undefined;
      const value = json?.value !== null && typeof json?.value === 'object' && !Array.isArray(json.value) ? (json.value as Record<string, unknown>) : undefined;
      out = {
        ...out,
        payload: { ...payload, text, byteLength: new TextEncoder().encode(text).length, ...(json ? { json } : {}), ...(value ? { value } : {}) },
        claims: describeClaims(json, report.now),
      };
      if (segments.payload) swaps.push({ from: segments.payload, to: encodeBase64urlText(text) });
    }
  }
  if (strip) {
    for (const s of segments.signatures) if (s.length >= MIN_FREE_TEXT) swaps.push({ from: s, to: '' });
    const { token, text } = report.input;
    if (report.serialization === 'compact' && segments.signatures[0]) {
      const bare = token.slice(0, token.lastIndexOf('.') + 1);
      out = { ...out, input: { ...out.input, token: bare, text: text.split(token).join(bare) } };
    }
  }
  swaps.push(...inner);
  return out;
}

/** The masked member's value as written, and as a bare string when it is one. */
function valueSwaps(text: string, m: JsonMember): Swap[] {
  const raw = text.slice(m.value.span.from, m.value.span.to);
  const out = raw.length >= MIN_FREE_TEXT ? [{ from: raw, to: JSON.stringify(MASKED) }] : [];
  if (m.value.type === 'string' && m.value.value.length >= MIN_FREE_TEXT) out.push({ from: m.value.value, to: MASKED });
  if (m.value.type === 'number' && raw.length >= MIN_FREE_TEXT) out.push({ from: raw, to: MASKED });
  return out;
}

function applySwaps(text: string, swaps: readonly Swap[]): string {
  let out = text;
  for (const s of swaps) if (s.from) out = out.split(s.from).join(s.to);
  return out;
}

/** Every string in the value with the swaps applied (object keys are left as they are). */
function deepSwap(value: unknown, swaps: readonly Swap[]): unknown {
  if (typeof value === 'string') return applySwaps(value, swaps);
  if (Array.isArray(value)) return value.map((v) => deepSwap(v, swaps));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepSwap(v, swaps)]));
  return value;
}

/** Other tokens pasted beside this one are not masked: they are left out. */
function dropOtherTokens(report: Report): void {
  delete report.input.alternatives;
  report.input.stripped = report.input.stripped.filter((s) => s.kind !== 'other-tokens');
  if (!report.input.text.includes(report.input.token)) report.input.text = report.input.token;
  for (const n of report.nested) dropOtherTokens(n.report);
}

/** Offsets into texts that masking changed no longer point anywhere: they are left out. */
function withoutOffsets(report: Report): Report {
  const keep = (f: Finding): Finding => {
    const { inputRange: _inputRange, at, spans, ...rest } = f;
    const moved = (p: string) => p !== 'header' && p !== 'key';
    if (at && moved(at.part)) return rest;
    return { ...rest, ...(at ? { at } : {}), ...(spans ? { spans } : {}) };
  };
  return {
    ...report,
    segments: [],
    findings: report.findings.map(keep),
    nested: report.nested.map((n) => ({ ...n, report: withoutOffsets(n.report) })),
  };
}

/** A found secret is key material: its text never leaves, whatever was asked. */
function hideSecrets(report: Report): Report {
  const secret = report.weakSecret?.secret;
  const quoted = /"(?:[^"\\]|\\.)*"/g;
  return {
    ...report,
    ...(report.weakSecret ? { weakSecret: { ...report.weakSecret, secret: MASKED } } : {}),
    findings: report.findings.map((f) =>
      f.rule === 'hmac-secret-weak' || (secret && f.message.includes(`"${secret}"`)) ? { ...f, message: f.message.replace(quoted, `"${MASKED}"`) } : f,
    ),
    nested: report.nested.map((n) => ({ ...n, report: hideSecrets(n.report) })),
  };
}
