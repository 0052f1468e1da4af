// The shared value walk against the plain algorithm it replaced (one pending entry per queued
// item, each container queuing at most what can still be visited): the same items, in the same
// order, with the same paths and spans, also where the 10,000-item cap cuts a walk short.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonText } from '../../../../src/core/parse/json/index';
import { walkValues } from '../../../../src/core/lint/value-walk';
import type { JsonMember, JsonNode } from '../../../../src/core/report';
import type { RuleContext } from '../../../../src/core/rules/types';

const MAX_ITEMS = 10_000;

type Row = [kind: string, path: string, what: unknown, from: number, to: number];

function reference(root: JsonNode): Row[] {
  const out: Row[] = [];
  const pending: { target: JsonNode | JsonMember; path: string[]; key?: string | number; name: boolean }[] = [
    { target: root, path: [], name: false },
  ];
  for (let count = 0; pending.length && count < MAX_ITEMS; count++) {
    const { target, path, key, name } = pending.pop()!;
    const own = key === undefined ? path : [...path, String(key)];
    if (name) {
      const m = target as JsonMember;
      out.push(['name', own.join('/'), m.name, m.nameSpan.from, m.nameSpan.to]);
      continue;
    }
    const node = target as JsonNode;
    const room = Math.max(0, MAX_ITEMS - count - pending.length);
    if (node.type === 'string') out.push(['string', own.join('/'), node.value, node.span.from, node.span.to]);
    else if (node.type === 'number') out.push(['number', own.join('/'), node.raw, node.span.from, node.span.to]);
    else if (node.type === 'array') {
      for (let i = Math.min(node.items.length, room) - 1; i >= 0; i--) pending.push({ target: node.items[i]!, path: own, key: i, name: false });
    } else if (node.type === 'object') {
      for (let i = Math.min(node.members.length, Math.ceil(room / 2)) - 1; i >= 0; i--) {
        const m = node.members[i]!;
        pending.push({ target: m.value, path: own, key: m.name, name: false }, { target: m, path: own, key: m.name, name: true });
      }
    }
  }
  return out;
}

function walked(text: string): Row[] {
  const json = parseJsonText(text);
  const ctx = { token: { payload: { json } } } as unknown as RuleContext;
  const items = walkValues(ctx, 'payload');
  expect(new Set(items.map((item) => item.at.part))).toEqual(new Set(items.length ? ['payload'] : []));
  return items.map((item): Row => {
    const what = item.kind === 'name' ? item.member.name : item.kind === 'string' ? item.value : item.raw;
    return [item.kind, item.path.join('/'), what, item.at.from, item.at.to];
  });
}

const same = (value: unknown) => {
  const text = JSON.stringify(value);
  expect(walked(text)).toEqual(reference(parseJsonText(text).node!));
};

/** `n` items: strings, numbers, and now and then something else. */
const filler = (n: number, salt = 0) => Array.from({ length: n }, (_, i) => ((i + salt) % 7 === 3 ? i : (i + salt) % 11 === 5 ? [i, { k: 'v' }] : (i + salt) % 13 === 1 ? null : `v${i}`));

describe('walkValues', () => {
  it('matches the plain walk on small trees', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), same), { numRuns: 300 });
  });

  it.each([9_990, 9_997, 9_998, 9_999, 10_000, 10_001, 10_002, 12_000])('matches it where the cap cuts a %d-item array', (n) => {
    same(filler(n));
    same({ a: filler(n), b: 'after', c: { d: 1 } });
    same({ first: 'x', nested: { list: filler(n, 1), tail: [1, 2, 'three'] }, last: 4 });
    same([filler(n / 2, 2), filler(n / 2, 3), { k: filler(50) }]);
  });

  it('matches it on objects with thousands of members', () => {
    const wide = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, i % 3 ? `s${i}` : [i]]));
    for (const n of [4_998, 4_999, 5_000, 5_001, 6_000]) {
      same(wide(n));
      same({ outer: wide(n), after: [1, 2] });
    }
  });
});
