// Issue 12, "Write tokens too": the "Attack variants" region. Variants are made when asked for,
// each with its token, a copy button and the rule our linter reports on it; a variant put in the
// Token box (with the same Key box) gets that finding; the user's token comes back.
import { generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { b64url, claims, open, paste, publicPem, rs256, tokenBox } from './app-fixtures';

test.beforeEach(async ({ page }) => open(page));

const region = (page: Page) => page.getByRole('region', { name: 'Attack variants' });
const variant = (page: Page, attack: string) => region(page).locator(`[data-attack="${attack}"]`);
const findings = (page: Page) => page.locator('section[aria-labelledby="findings"]');

/** The attacks design.md names ("forge variant names"), and the rule id rules.md gives each. */
const RULES: Record<string, string> = {
  'alg-none:none': 'alg-none',
  'alg-none:None': 'alg-none-variant',
  'alg-none:NONE': 'alg-none-variant',
  'alg-none:nOnE': 'alg-none-variant',
  'empty-signature': 'sig-empty',
  'key-confusion:pem': 'alg-confusion-forgery',
  'key-confusion:pem-no-newline': 'alg-confusion-forgery',
  'key-confusion:pem-crlf': 'alg-confusion-forgery',
  'key-confusion:der': 'alg-confusion-forgery',
  'key-confusion:jwk': 'alg-confusion-forgery',
  'embedded-jwk': 'jwk-embedded',
  jku: 'jku-present',
  x5u: 'x5u-present',
  'kid-traversal': 'kid-injection',
  'psychic-signature': 'ecdsa-psychic-signature',
  'crit-unknown': 'crit-unknown',
};

function es256(): { token: string; key: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const input = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims()))}`;
  const signature = nodeSign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return { token: `${input}.${b64url(signature)}`, key: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

async function makeVariants(page: Page, token: string, key: string): Promise<void> {
  await paste(page, token);
  await paste(page, key, 'Key');
  await region(page).getByRole('button', { name: 'Make attack variants' }).click();
  await expect(variant(page, 'crit-unknown')).toBeVisible({ timeout: 15_000 });
}

const tokenOf = async (page: Page, attack: string) => (await variant(page, attack).getByTestId('variant-token').textContent()) ?? '';

/** Inspect the variant: the Token box holds its token and the findings show its rule. */
async function expectFindingOf(page: Page, attack: string, original: string): Promise<void> {
  const token = await tokenOf(page, attack);
  await expect(variant(page, attack)).toHaveAttribute('data-variant-rule', RULES[attack]!);
  await variant(page, attack).getByRole('button', { name: 'Inspect this variant' }).click();
  await expect(tokenBox(page)).toHaveText(token);
  await expect(findings(page).locator(`[data-rule="${RULES[attack]}"]`).first()).toBeAttached();
  await region(page).getByRole('button', { name: 'Back to your token' }).click();
  await expect(tokenBox(page)).toHaveText(original);
  await expect(findings(page).locator(`[data-rule="${RULES[attack]}"]`)).toHaveCount(0);
}

test('issue 12: an RS256 token and its PEM make every variant, each with a token, a copy button and its rule', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await makeVariants(page, rs256({}, claims()), publicPem());
  const expected = Object.keys(RULES).filter((a) => a !== 'psychic-signature');
  const shown = await region(page).locator('[data-attack]').evaluateAll((els) => els.map((e) => e.getAttribute('data-attack')));
  expect(shown).toEqual(expected);
  for (const attack of expected) {
    const item = variant(page, attack);
    await expect(item.getByTestId('variant-token')).toHaveText(/^[\w-]+\.[\w-]+\.[\w-]*$/);
    await expect(item.getByRole('button', { name: /^Copy the token of / })).toBeVisible();
    await expect(item.getByTestId('variant-rule')).toHaveText(RULES[attack]!);
  }
  // Why psychic-signature is missing is said; the jku URL was not fetched.
  await expect(region(page).getByTestId('attack-note')).toHaveCount(1);
  expect(requests.filter((u) => u.includes('attacker.example'))).toEqual([]);
});

test('issue 12: each representative RS256 variant, put in the Token box with the same key, gets its finding', async ({ page }) => {
  const original = rs256({}, claims());
  await makeVariants(page, original, publicPem());
  const before = await tokenOf(page, 'embedded-jwk');
  for (const attack of ['alg-none:none', 'empty-signature', 'key-confusion:pem', 'embedded-jwk', 'jku', 'kid-traversal', 'crit-unknown']) {
    await expectFindingOf(page, attack, original);
  }
  // Inspecting a variant does not remake them (a remake would sign with another fresh key).
  expect(await tokenOf(page, 'embedded-jwk')).toBe(before);
});

test('issue 12: an ES256 token gets the psychic-signature variant, and it gets its finding', async ({ page }) => {
  const { token, key } = es256();
  await makeVariants(page, token, key);
  await expect(variant(page, 'psychic-signature')).toBeVisible();
  await expectFindingOf(page, 'psychic-signature', token);
});

test('issue 12: the variants are remade for a new key, attacker URL and token; a non-token says why', async ({ page }) => {
  await paste(page, rs256({}, claims()));
  await region(page).getByRole('button', { name: 'Make attack variants' }).click();
  await expect(variant(page, 'crit-unknown')).toBeVisible({ timeout: 15_000 });
  // No key: no key-confusion variants, and a note says they need the public key.
  await expect(region(page).locator('[data-attack^="key-confusion:"]')).toHaveCount(0);
  await expect(region(page).getByTestId('attack-note')).toHaveCount(2);
  await paste(page, publicPem(), 'Key');
  await expect(region(page).locator('[data-attack^="key-confusion:"]')).toHaveCount(5, { timeout: 15_000 });
  await expect(region(page).getByTestId('attack-note')).toHaveCount(1);
  await region(page).getByRole('textbox', { name: /Attacker URL/ }).fill('https://evil.test/k.json');
  const header = async () => JSON.parse(Buffer.from((await tokenOf(page, 'jku')).split('.')[0]!, 'base64url').toString());
  await expect.poll(async () => (await header()).jku).toBe('https://evil.test/k.json');
  await paste(page, 'not a token');
  await expect(region(page).getByTestId('attack-error')).not.toBeEmpty();
  await expect(region(page).locator('[data-attack]')).toHaveCount(0);
});

test('issue 12: the Attack variants region has no axe violations when open, in light and dark', async ({ page }) => {
  test.setTimeout(90_000); // two axe runs over a page with sixteen long tokens, on a shared machine
  await makeVariants(page, rs256({}, claims()), publicPem());
  const violations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await violations()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations()).toEqual([]);
});
