import type { LintRule } from './types';
import { memberAt, valueAt } from './context';
import { classifyUrl, PROBE_REASONS } from '../lint/url-risk';

/** [what it looks like, test] — tested in this order; every kind that matches is named. */
const KINDS: [string, (kid: string) => boolean][] = [
  ['path traversal', (k) => /\.\.[/\\]|%2e%2e|^\/|^[a-z]:[\\/]|^\\\\|\/dev\/null|\/proc\//i.test(k)],
  ['SQL', (k) => /['";]|--|\/\*|\b(union|select)\b|\bor\s+\d+\s*=\s*\d+/i.test(k)],
  ['shell command', (k) => /[|&`\n]|\$\(/.test(k)],
  ['LDAP filter', (k) => /[*()\\]/.test(k)],
  ['NUL byte', (k) => k.includes('\u0000')],
  ['template or JNDI lookup', (k) => /\$\{|\{\{/.test(k)],
  ['URL', (k) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(k) || DANGEROUS_SCHEME.test(k)) && !isPlainHttpsUrl(k)],
];

const DANGEROUS_SCHEME = /^(file|jar|data|gopher|dict|ldaps?|jndi|php|expect|netdoc):/i;

/** https URLs to public hosts are used as kids by some key vaults; they are not flagged. */
function isPlainHttpsUrl(kid: string): boolean {
  const url = classifyUrl(kid);
  return url !== undefined && url.scheme === 'https' && !url.reasons.some((r) => PROBE_REASONS.has(r));
}

export const kidInjection: LintRule = {
  id: 'kid-injection',
  severity: 'error',
  input: 'T',
  title: 'kid looks like an injection',
  explanation:
    'The `kid` contains path traversal, SQL, shell, LDAP or template syntax, a NUL byte or a URL scheme. ' +
    'Servers that use kid as a file path, database or directory lookup key or shell argument let such a token choose the verification key (for example /dev/null gives an empty HMAC key) or run commands.',
  references: [
    'RFC 7515 §4.1.4',
    'RFC 8725 §2.9, §3.10',
    "PS:jwt 'Injecting self-signed JWTs via the kid parameter'",
    'jwt_tool playbook payloads',
  ],
  check(ctx) {
    const kid = ctx.header?.kid;
    if (typeof kid !== 'string' || kid === '') return [];
    const sample = kid.slice(0, 4096);
    const kinds = KINDS.filter(([, test]) => test(sample)).map(([name]) => name);
    if (!kinds.length) return [];
    const shown = JSON.stringify(kid.length > 60 ? `${kid.slice(0, 60)}…` : kid);
    return [
      {
        message: `The header's \`kid\` ${shown} looks like a ${kinds.join(' / ')} injection payload.`,
        at: valueAt(ctx, 'header', 'kid') ?? memberAt(ctx, 'header', 'kid'),
      },
    ];
  },
};
