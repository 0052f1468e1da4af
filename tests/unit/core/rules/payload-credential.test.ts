import { describe, it } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';
import { expectOneFindingFor } from './grouped-finding';

const RULE = 'payload-credential';
const CATALOGUE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImVtYWlsIjoiYWxpY2VAZXhhbXBsZS5jb20iLCJwYXNzd29yZCI6Imh1bnRlcjIiLCJjYXJkIjoiNDExMTExMTExMTExMTExMSJ9.HusJs4j2bIHWCoaT3liKB-o7KoQQCqeNRiEdS6XXjZ8';
const with_ = (extra: Record<string, unknown>) => hs({ ...GOOD, ...extra });

const cases: Case[] = [
  { name: 'catalogue: password hunter2', token: CATALOGUE, expected: 'error', count: 1 },
  ...['passwd', 'pwd', 'secret', 'client_secret', 'api_key', 'apiKey', 'private_key', 'refresh_token', 'session', 'cookie', 'db_password'].map(
    (name): Case => ({ name: `member ${name}`, token: with_({ [name]: 'x1' }), expected: 'error', count: 1 }),
  ),
  { name: 'nested password', token: with_({ db: { user: 'app', password: 'p' } }), expected: 'error', count: 1 },
  { name: 'PEM private key value', token: with_({ k: '-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----' }), expected: 'error' },
  { name: 'AWS access key id', token: with_({ note: 'key AKIAIOSFODNN7EXAMPLE here' }), expected: 'error' },
  { name: 'GitHub token', token: with_({ t: `ghp_${'a'.repeat(36)}` }), expected: 'error' },
  { name: 'GitHub fine-grained token', token: with_({ t: `github_pat_${'A1'.repeat(20)}` }), expected: 'error' },
  { name: 'Slack token', token: with_({ t: 'xoxb-1234567890-abcdefghij' }), expected: 'error' },
  { name: 'Google API key', token: with_({ t: `AIza${'B'.repeat(35)}` }), expected: 'error' },
  { name: 'Stripe live key', token: with_({ t: `sk_live_${'c'.repeat(24)}` }), expected: 'error' },
  { name: 'another JWT inside', token: with_({ upstream: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.' }), expected: 'error' },
  { name: 'password member flagged once, not again for its JWT value', token: with_({ password: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.' }), expected: 'error', count: 1 },
  { name: 'empty password', token: with_({ password: '' }), expected: undefined },
  { name: 'password flag false', token: with_({ password: false, password_set: true }), expected: undefined },
  { name: 'session_state of Keycloak', token: with_({ session_state: 'b7e1c1a0-0000-4000-8000-000000000000', sid: 'abc' }), expected: undefined },
  { name: 'Stripe test key', token: with_({ t: `sk_test_${'c'.repeat(24)}` }), expected: undefined },
  { name: 'ordinary claims', token: with_({ name: 'Alice', scope: 'read write', roles: ['admin'] }), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);

  it('issue 16: one finding lists every credential', () => expectOneFindingFor(RULE, with_({ password: 'hunter2', db: { api_key: 'k-1' }, ci: 'ghp_' + 'a'.repeat(36) }), ['password', 'api_key', 'ghp_']));
});
