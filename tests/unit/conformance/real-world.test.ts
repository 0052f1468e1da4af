// Issue 16, "Tests that keep it true": the regression corpus in tests/vectors/real-world/ (tokens
// and keys from other JOSE libraries' tests, vendors' documentation, specifications and attack
// tools; sources and licences in its README). Every item goes through inspect() and must come out
// with the status, kind and rule ids the specs call for. Rules are the top-level findings (those
// without a `path`); nested tokens are not part of any expectation here. An item marked `awaits`
// waits for a fix in progress and is skipped, with its key in the test name.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspect, ruleCatalog } from '../../../src/core/index';
import type { Report, SecretEncoding, Severity, SignatureStatus, TokenKind } from '../../../src/core/report';

interface Item {
  name: string;
  source: string;
  licence: string;
  token: string;
  key?: string;
  secretEncoding?: SecretEncoding;
  /** Unix seconds; the clock is never the real one. */
  now?: number;
  /** Detached content (RFC 7515 App. F) as text. */
  payload?: string;
  expect: {
    kind?: TokenKind;
    /** The status, or (`statusNot`) the statuses it must not be, when the specs pin no single one. */
    status?: SignatureStatus;
    statusNot?: SignatureStatus[];
    /** Rule ids that must be reported; `id:severity` also pins the severity. */
    rules?: string[];
    /** Rule ids that must not be reported; `id:severity` forbids only that severity. */
    notRules?: string[];
  };
  /** A fix in progress (a key of issue 16, or `new: …` for a wrong verdict found here). */
  awaits?: string;
}

/** 2026-01-01T00:00:00Z, for items whose time verdict does not matter. */
const DEFAULT_NOW = 1767225600;
const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../vectors/real-world');
const STATUSES: SignatureStatus[] = ['valid', 'invalid', 'unsecured', 'no-key', 'key-mismatch', 'unsupported', 'malformed', 'encrypted'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const KNOWN_RULES = new Set(ruleCatalog.map((r) => r.id));

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const corpus = files.map((file) => ({ file, items: JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as Item[] }));
const all = corpus.flatMap((c) => c.items);

function inspectItem(item: Item): Promise<Report> {
  return inspect({
    token: item.token,
    key: item.key,
    secretEncoding: item.secretEncoding,
    now: item.now ?? DEFAULT_NOW,
    payload: item.payload,
  });
}

/** `id` or `id:severity` against the top-level findings. */
function reported(report: Report, spec: string): boolean {
  const [id, severity] = spec.split(':');
  return report.findings.some((f) => !f.path && f.rule === id && (!severity || f.severity === severity));
}

function topLevel(report: Report): string[] {
  return report.findings.filter((f) => !f.path).map((f) => `${f.rule}:${f.severity}`);
}

describe('real-world corpus: the data itself', () => {
  it('holds at least 60 items, each named once, with a source and a licence', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((i) => i.name)).size).toBe(all.length);
    for (const item of all) {
      expect(item.source, item.name).toMatch(/\S/);
      expect(item.licence, item.name).toMatch(/\S/);
      expect(typeof item.token, item.name).toBe('string');
    }
  });

  it('expects only statuses, severities and rule ids that exist', () => {
    for (const item of all) {
      const { status, statusNot = [], rules = [], notRules = [] } = item.expect;
      expect(status === undefined ? statusNot.length > 0 : STATUSES.includes(status), item.name).toBe(true);
      for (const s of statusNot) expect(STATUSES, item.name).toContain(s);
      for (const spec of [...rules, ...notRules]) {
        const [id, severity] = spec.split(':');
        expect(KNOWN_RULES.has(id), `${item.name}: ${spec}`).toBe(true);
        if (severity) expect(SEVERITIES, `${item.name}: ${spec}`).toContain(severity);
      }
    }
  });
});

for (const { file, items } of corpus) {
  describe(`real-world corpus: ${file}`, () => {
    for (const item of items) {
      const title = `issue 16: ${item.name}${item.awaits ? ` [awaits ${item.awaits}]` : ''}`;
      (item.awaits ? it.skip : it)(title, async () => {
        const report = await inspectItem(item);
        const seen = `${report.kind} ${report.signature.status}: ${topLevel(report).join(' ')}`;
        const { kind, status, statusNot = [], rules = [], notRules = [] } = item.expect;
        if (kind) expect(report.kind, seen).toBe(kind);
        if (status) expect(report.signature.status, seen).toBe(status);
        for (const s of statusNot) expect(report.signature.status, seen).not.toBe(s);
        for (const spec of rules) expect(reported(report, spec), `${spec} missing from ${seen}`).toBe(true);
        for (const spec of notRules) expect(reported(report, spec), `${spec} reported in ${seen}`).toBe(false);
      });
    }
  });
}
