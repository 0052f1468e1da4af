// Pure mapping from the report's findings to CodeMirror lint diagnostics for one editor.
import type { Diagnostic } from '@codemirror/lint';
import type { Finding } from '../../core/index';

/** Findings that point into the pasted token text (top-level token only). */
export function tokenDiagnostics(findings: readonly Finding[], docLength: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    if (!f.inputRange || f.path?.length) continue;
    const d = diagnostic(f, f.inputRange.from, f.inputRange.to, docLength);
    if (d) out.push(d);
  }
  return out;
}

/** Findings inside the decoded header or payload, mapped through `map` (decoded offset →
 * offset in the shown text, e.g. after pretty-printing). A finding that covers several claims
 * (`spans`) underlines each of them. */
export function partDiagnostics(
  findings: readonly Finding[],
  part: 'header' | 'payload',
  docLength: number,
  map: (offset: number) => number = (o) => o,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    if (f.path?.length) continue;
    for (const span of f.spans ?? (f.at ? [f.at] : [])) {
      if (span.part !== part) continue;
      const d = diagnostic(f, map(span.from), map(span.to), docLength);
      if (d) out.push(d);
    }
  }
  return out;
}

function diagnostic(f: Finding, from: number, to: number, docLength: number): Diagnostic | undefined {
  if (!(from >= 0) || from > docLength) return undefined;
  const end = Math.max(from, Math.min(to, docLength));
  return { from, to: end, severity: f.severity, source: f.rule, message: f.message };
}
