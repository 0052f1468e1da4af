// docs/rules.md, made from the rule files' own metadata (the source of truth): `npm run docs`
// writes it, tests/unit/build/rules-doc.test.ts fails when it is stale.
import type { RuleInfo } from '../../src/core/index';

const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'info' } as const;

const INPUT_WORDS: Record<string, string> = {
  T: 'the token alone',
  K: 'your key, secret or JWK Set',
  W: 'a wordlist (the built-in list or one you load)',
  C: 'the clock (the time you chose, by default now)',
};

/** 'T+K+C' → 'the token alone, your key…, the clock…' in words. */
function inputWords(input: string): string {
  const [, ...extra] = input.split('+');
  return extra.length ? `the token plus ${extra.map((c) => INPUT_WORDS[c] ?? c).join(' and ')}` : INPUT_WORDS.T!;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function rulesDoc(rules: readonly RuleInfo[]): string {
  const lines = [
    '# Lint rules',
    '',
    '<!-- Generated from src/core/rules/*.ts by `npm run docs`; edit the rule files, not this page. -->',
    '',
    `Every finding carries one of these ${rules.length} rule ids. The ids are stable: tests, reports and`,
    'bookmarks depend on them. Severity is the default level; some rules raise or lower it where',
    'their trigger says so. "Not trusted" marks the rules whose finding means that a signature',
    'which verifies still proves nothing; the verdict then says why. "Needs" says what a rule reads:',
    'T the token alone; +K your key, secret or JWK Set; +W a wordlist; +C the clock (the time you chose).',
    '',
    '| id | severity | needs | title |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${SEVERITY_WORD[r.severity]} | ${r.input} | ${cell(r.title)} |`),
  ];
  for (const r of rules) {
    lines.push('', `## ${r.id}`, '', `**${cell(r.title)}**: ${SEVERITY_WORD[r.severity]}; needs ${inputWords(r.input)}.`);
    if (r.untrusted) lines.push('', `Not trusted: "${r.untrusted.headline}". ${r.untrusted.text}`);
    lines.push('', r.explanation, '', `References: ${r.references.join('; ')}.`);
  }
  return `${lines.join('\n')}\n`;
}
