// The payload's claims in order, each with its meaning (from the registry), the exact JSON
// text of its value, where it is, and for NumericDate claims the time it stands for.
import type { ClaimTime, ClaimView, DecodedJson, JsonNode } from '../report';
import { claimRegistry } from './registry';
import { isoUtc, MILLISECONDS_FROM } from './words';

export function describeClaims(json: DecodedJson | undefined, now: number): ClaimView[] {
  const root = json?.node;
  if (!json || root?.type !== 'object') return [];
  // A claim named once is exactly json.value[name]: reuse it rather than rebuild it (a large
  // claim is then one object in the report, not two). A duplicated name is rebuilt from its
  // own member, since json.value holds only the last one.
  const parsed = json.value as Record<string, unknown>;
  const count = new Map<string, number>();
  for (const m of root.members) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  return root.members.map((member) => {
    const value = count.get(member.name) === 1 ? parsed[member.name] : plainValue(member.value);
    const view: ClaimView = {
      name: member.name,
      value,
      raw: json.text.slice(member.value.span.from, member.value.span.to),
      span: { from: member.span.from, to: member.span.to },
    };
    return withMeaning(view, now);
  });
}

/** The claim's registered meaning, and for a NumericDate claim the time it stands for. */
function withMeaning(view: ClaimView, now: number): ClaimView {
  const info = claimRegistry.get(view.name);
  if (info) {
    view.label = info.label;
    view.description = info.description;
    view.source = info.source;
    if (info.numericDate && typeof view.value === 'number' && Number.isFinite(view.value)) view.time = claimTime(view.value, now);
  }
  return view;
}

/** The claims of a plain JSON object (an SD-JWT's claims after disclosure, which exist only as
 * values): each with its meaning and time as describeClaims() gives them, its JSON text as
 * JSON.stringify writes it, and no span (it is not in the token's text). */
export function describeClaimValues(value: unknown, now: number): ClaimView[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).map(([name, v]) => withMeaning({ name, value: v, raw: JSON.stringify(v) ?? String(v) }, now));
}

export function claimTime(unix: number, now: number): ClaimTime {
  const utc = Math.abs(unix) >= MILLISECONDS_FROM ? undefined : isoUtc(unix);
  return { unix, ...(utc ? { utc } : {}), fromNow: unix - now };
}

/** The JSON.parse value of a node (last duplicate member wins, as JSON.parse does). */
function plainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const m of node.members) {
        Object.defineProperty(out, m.name, { value: plainValue(m.value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return node.items.map(plainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
