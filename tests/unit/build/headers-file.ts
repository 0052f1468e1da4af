// Reads the `_headers` files of docs/hosting/ the way each host applies them; used by the unit
// test of those files and by the e2e spec that serves the built app with them.

export type Headers = Record<string, string>;
export interface HeaderRule {
  pattern: string;
  set: Array<[string, string]>;
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`header line before any path: ${line}`);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (detach?.[1]) rule.detach.push(detach[1].toLowerCase());
    else if (header?.[1]) rule.set.push([header[1].toLowerCase(), header[2] ?? '']);
    else throw new Error(`unreadable line: ${line}`);
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/** Netlify: for each header, the last matching rule's value wins. */
export function netlifyHeaders(rules: HeaderRule[], path: string): Headers {
  const out: Headers = {};
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    if (rule.detach.length) throw new Error('Netlify does not understand "! Header" lines');
    for (const [name, value] of rule.set) out[name] = value;
  }
  return out;
}

/** Cloudflare Pages: values from several matching rules are joined with ", "; "! Name" detaches. */
export function cloudflareHeaders(rules: HeaderRule[], path: string): Headers {
  const out: Headers = {};
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const name of rule.detach) delete out[name];
    for (const [name, value] of rule.set) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}
