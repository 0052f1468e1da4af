// The attack variants as the page lists them: a short title for each attack name and the groups
// they are shown in (design.md "forge variant names"). Titles only: what each attack is and the
// rule it gets come from the core (Variant.explanation, Variant.rule).
import type { AttackName, Variant } from '../../core/report';

export const ATTACK_TITLES: Record<AttackName, string> = {
  'alg-none:none': 'alg: none',
  'alg-none:None': 'alg: none (None)',
  'alg-none:NONE': 'alg: none (NONE)',
  'alg-none:nOnE': 'alg: none (nOnE)',
  'empty-signature': 'Empty signature',
  'psychic-signature': 'Psychic signature, r = s = 0 (CVE-2022-21449)',
  'key-confusion:pem': 'Key confusion: PEM',
  'key-confusion:pem-no-newline': 'Key confusion: PEM without final newline',
  'key-confusion:pem-crlf': 'Key confusion: PEM with CRLF line ends',
  'key-confusion:der': 'Key confusion: DER bytes',
  'key-confusion:jwk': 'Key confusion: JWK text',
  'embedded-jwk': 'Embedded jwk, signed with a fresh key (CVE-2018-0114)',
  jku: 'jku: key set at the attacker URL',
  x5u: 'x5u: certificate at the attacker URL',
  'kid-traversal': 'kid path traversal to /dev/null, empty HMAC secret',
  'crit-unknown': 'Unknown crit extension',
};

const GROUPS: { title: string; has: (attack: AttackName) => boolean }[] = [
  { title: 'alg: none', has: (a) => a.startsWith('alg-none:') },
  { title: 'Signature', has: (a) => a === 'empty-signature' || a === 'psychic-signature' },
  { title: 'Key confusion (public key as HMAC secret)', has: (a) => a.startsWith('key-confusion:') },
  { title: 'Key injection', has: (a) => a === 'embedded-jwk' || a === 'jku' || a === 'x5u' },
  { title: 'Header tricks', has: (a) => a === 'kid-traversal' || a === 'crit-unknown' },
];

export interface VariantGroup {
  title: string;
  variants: Variant[];
}

/** The variants in their groups, in forge()'s order within each; empty groups left out, and
 * an attack no group names (a newer core) in a last group rather than dropped. */
export function groupVariants(variants: Variant[]): VariantGroup[] {
  const groups = GROUPS.map((g) => ({ title: g.title, variants: variants.filter((v) => g.has(v.attack)) }));
  const other = variants.filter((v) => !GROUPS.some((g) => g.has(v.attack)));
  return [...groups, { title: 'Other', variants: other }].filter((g) => g.variants.length > 0);
}

/** The title of an attack, or its name when this page does not know it. */
export const attackTitle = (attack: string): string => ATTACK_TITLES[attack as AttackName] ?? attack;
