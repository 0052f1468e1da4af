import type { JsonMember, JsonNode } from '../report';
import type { LintRule, RuleHit } from './types';
import { hitAt } from './context';
import { clip } from '../claims/words';

/** Flag claims: `admin`, `isAdmin`, `is_admin`, `superuser`... set to true. */
const FLAG_NAME = /^(is[_-]?)?(admin|superuser)$/i;
/** Role-like claims, after dropping a namespace ("cognito:groups", "https://example.com/roles"). */
const ROLE_NAMES = new Set(['role', 'roles', 'group', 'groups']);
const SCOPE_NAMES = new Set(['scope', 'scp']);
/** Words in a role or group value that grant everything: a whole run of [a-z0-9] in the
 * lower-cased value (one regex test per value instead of a split per value). */
const PRIVILEGED_WORD = /(?:^|[^a-z0-9])(?:admins?|administrators?|root|superuser|superadmin|sysadmin)(?![a-z0-9])/;
/** A value without one of these ASCII letter runs (any case) cannot hold such a word, since
 * lower-casing turns no other character into one of them: a cheap test before the exact one. */
const MAYBE_PRIVILEGED = /admin|root|superuser/i;
/** How deep to look for role claims (realm_access.roles, resource_access.app.roles). */
const MAX_DEPTH = 3;

export const privilegedClaims: LintRule = {
  id: 'privileged-claims',
  severity: 'info',
  input: 'T',
  title: 'Grants privileges',
  explanation:
    'The token carries claims that grant high privileges (an admin flag, an admin or root role, or an admin or `*` scope). ' +
    'Such tokens are the first thing an attacker tries to forge or tamper with, so these claims mean something only after the signature verifies.',
  references: ["PS:jwt (examples tamper `isAdmin` / `username`)"],
  check(ctx) {
    const root = ctx.token.payload?.json?.node;
    if (!ctx.payload || root?.type !== 'object') return [];
    const out: RuleHit[] = [];
    visit(ctx.token.payload!.json!.text, root.members, [], out);
    return out;
  },
};

/** `text`: the payload's JSON text, which the spans point into. */
function visit(text: string, members: JsonMember[], path: string[], out: RuleHit[]): void {
  for (const m of members) {
    const name = [...path, m.name].join('.');
    const grant = privilegeOf(text, m, path.length === 0);
    if (grant) {
      out.push(hitAt(`\`${name}\` ${grant}: attackers forge or edit exactly such claims, so trust it only once the signature verifies.`, {
        part: 'payload',
        from: m.span.from,
        to: m.span.to,
      }));
    } else if (m.value.type === 'object' && path.length + 1 < MAX_DEPTH) {
      visit(text, m.value.members, [...path, m.name], out);
    }
  }
}

/** What the member grants, in words, or undefined when it grants nothing special. */
function privilegeOf(text: string, m: JsonMember, topLevel: boolean): string | undefined {
  const v = m.value;
  if (FLAG_NAME.test(m.name) && (v.type === 'boolean' ? v.value : v.type === 'string' && v.value.toLowerCase() === 'true')) {
    return 'is set to true';
  }
  const base = m.name.split(/[:/]/).pop()!.toLowerCase();
  if (ROLE_NAMES.has(base)) {
    if (v.type === 'array' && noneMayBePrivileged(text, v)) return undefined;
    const hit = firstString(v, (s) => MAYBE_PRIVILEGED.test(s) && PRIVILEGED_WORD.test(s.toLowerCase()));
    return hit === undefined ? undefined : `grants "${clip(hit)}"`;
  }
  if (topLevel && SCOPE_NAMES.has(base)) {
    const scopes = strings(v).flatMap((s) => s.split(/\s+/));
    const hit = scopes.find((s) => s.includes('*') || s.toLowerCase().includes('admin'));
    return hit === undefined ? undefined : `includes the scope "${clip(hit)}"`;
  }
  return undefined;
}

/** Whether no string of the array can pass MAYBE_PRIVILEGED, told by one search of the array's
 * JSON text: with no backslash in it, every string stands there verbatim, so a miss there is a
 * miss for each (30,000 group names cost one native search, not a regex test each). */
function noneMayBePrivileged(text: string, v: JsonNode): boolean {
  const raw = text.slice(v.span.from, v.span.to);
  return !raw.includes('\\') && !MAYBE_PRIVILEGED.test(raw);
}

/** The first string of `v` (a string, or the strings of an array) that passes `test`, without
 * collecting the strings of a 20,000-item array first. */
function firstString(v: JsonNode, test: (s: string) => boolean): string | undefined {
  if (v.type === 'string') return test(v.value) ? v.value : undefined;
  if (v.type === 'array') {
    // Indexed, not for-of: no iterator result per item while the loop is still interpreted.
    const items = v.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.type === 'string' && test(item.value)) return item.value;
    }
  }
  return undefined;
}

function strings(v: JsonNode): string[] {
  if (v.type === 'string') return [v.value];
  if (v.type === 'array') {
    const out: string[] = [];
    for (const i of v.items) if (i.type === 'string') out.push(i.value);
    return out;
  }
  return [];
}
