import { describe, it } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';
import { expectOneFindingFor } from './grouped-finding';

const RULE = 'payload-internal-info';
const with_ = (extra: Record<string, unknown>) => hs({ ...GOOD, ...extra });

const cases: Case[] = [
  { name: 'catalogue: postgres connection string', token: hs({ sub: 'u1', db: 'postgres://app@10.1.2.3:5432/prod' }), expected: 'info', count: 1 },
  { name: 'ADO.NET connection string', token: with_({ cs: 'Server=sql01;Database=prod;User Id=app;' }), expected: 'info' },
  { name: 'private IP', token: with_({ node: '192.168.10.4' }), expected: 'info' },
  { name: 'IPv6 ULA', token: with_({ node: 'fd12:3456:789a::1' }), expected: 'info' },
  { name: 'internal host name', token: with_({ backend: 'billing.svc.corp' }), expected: 'info' },
  { name: '.internal host in a URL', token: with_({ api: 'https://api.prod.internal/v1' }), expected: 'info' },
  { name: 'unix path', token: with_({ cfg: '/etc/app/config.yaml' }), expected: 'info' },
  { name: 'windows path', token: with_({ log: 'C:\\inetpub\\logs\\app.log' }), expected: 'info' },
  { name: 'Java stack trace', token: with_({ err: 'java.lang.NullPointerException: x\n\tat com.acme.Foo.bar(Foo.java:42)' }), expected: 'info' },
  { name: 'Python traceback', token: with_({ err: 'Traceback (most recent call last):\n  File "app.py", line 3' }), expected: 'info' },
  { name: 'public URL with /etc/ in the path', token: with_({ doc: 'https://example.com/etc/readme' }), expected: undefined },
  { name: 'public IP', token: with_({ ip: '8.8.8.8' }), expected: undefined },
  { name: 'version number', token: with_({ ver: '10.1.2.3.4' }), expected: undefined },
  { name: 'probe URL on a private address (param-url-probe reports it)', token: with_({ cb: 'http://10.0.0.5/' }), expected: undefined },
  { name: 'scope string', token: with_({ scope: 'read:users write:orders' }), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);

  it('issue 16: one finding lists every internal detail', () => expectOneFindingFor(RULE, with_({ host: 'db host 10.1.2.3', log: '/var/www/app/config.php' }), ['10.1.2.3', '/var/www/app/config.php']));
});
