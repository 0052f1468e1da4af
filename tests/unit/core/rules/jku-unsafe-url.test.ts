import { describe } from 'vitest';
import { type Case, GOOD, rs, ruleSuite } from './de-cases';

const RULE = 'jku-unsafe-url';
const CATALOGUE =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIiwiamt1IjoiaHR0cDovLzE2OS4yNTQuMTY5LjI1NC9sYXRlc3QvbWV0YS1kYXRhL2p3a3MuanNvbiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl';
const iss = 'https://issuer.example';
const jku = (url: unknown, payload: Record<string, unknown> = GOOD) => rs({ alg: 'RS256', jku: url }, payload);

const cases: Case[] = [
  { name: 'catalogue example: http://169.254.169.254/…', token: CATALOGUE, expected: 'error' },
  { name: 'http scheme', token: jku(`http://issuer.example/jwks`), expected: 'error' },
  { name: 'IP literal', token: jku('https://203.0.113.7/jwks'), expected: 'error' },
  { name: 'localhost', token: jku('https://localhost:8443/jwks'), expected: 'error' },
  { name: 'RFC 1918', token: jku('https://10.0.0.12/jwks'), expected: 'error' },
  { name: 'IPv6 ULA', token: jku('https://[fd00::1]/jwks'), expected: 'error' },
  { name: '.internal name', token: jku('https://keys.internal/jwks'), expected: 'error' },
  { name: '.local name', token: jku('https://keys.local/jwks'), expected: 'error' },
  { name: 'userinfo @', token: jku('https://issuer.example@evil.example/jwks'), expected: 'error' },
  { name: 'fragment', token: jku('https://issuer.example/jwks#x'), expected: 'error' },
  { name: 'encoded dots', token: jku('https://issuer.example/%2e%2e/jwks'), expected: 'error' },
  { name: 'Burp Collaborator host', token: jku('https://abc.oastify.com/jwks'), expected: 'error' },
  { name: 'interactsh host', token: jku('https://c1.oast.fun/jwks'), expected: 'error' },
  { name: 'webhook.site', token: jku('https://webhook.site/0f3a/jwks'), expected: 'error' },
  { name: 'host differs from iss', token: jku('https://keys.attacker.example/jwks'), expected: 'error' },
  { name: 'x5u on http', token: rs({ alg: 'RS256', x5u: 'http://certs.example.com/signing.pem' }), expected: 'error' },
  { name: 'relative jku', token: jku('/jwks.json'), expected: 'error' },
  { name: 'non-string jku', token: jku(7), expected: 'error' },
  { name: 'metadata host and iss mismatch: two findings', token: jku('http://169.254.169.254/x'), expected: 'error', count: 2 },
  { name: 'https on the issuer’s host', token: jku(`${iss}/.well-known/jwks.json`), expected: undefined },
  { name: 'https, no iss to compare with', token: jku('https://auth.example.com/jwks', { sub: 'u1' }), expected: undefined },
  { name: 'no jku or x5u', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
