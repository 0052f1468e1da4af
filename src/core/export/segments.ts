// The payload and signature segments of a report's token as written in it (base64url text), so
// that an export can replace them wherever the token appears.
import type { Report } from '../report';

export interface TokenSegments {
  payload?: string;
  signatures: string[];
}

export function tokenSegments(report: Report): TokenSegments {
  if (report.kind !== 'jws' && report.kind !== 'unsecured') return { signatures: [] };
  const token = report.input.token;
  if (report.serialization === 'compact') {
    const parts = token.split('.');
    return parts.length === 3 ? { payload: parts[1] || undefined, signatures: [parts[2]!] } : { signatures: [] };
  }
  try {
    const json = JSON.parse(token) as { payload?: unknown; signature?: unknown; signatures?: { signature?: unknown }[] };
    const signatures = [json.signature, ...(Array.isArray(json.signatures) ? json.signatures.map((s) => s?.signature) : [])];
    return {
      payload: typeof json.payload === 'string' && json.payload ? json.payload : undefined,
      signatures: signatures.filter((s): s is string => typeof s === 'string'),
    };
  } catch {
    return { signatures: [] };
  }
}
