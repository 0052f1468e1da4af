import { describe, expect, it } from 'vitest';
import { classifyHost, classifyUrl, hostOf, PROBE_REASONS } from '../../../../src/core/lint/url-risk';
import { parseIpv6 } from '../../../../src/core/lint/ip-ranges';

describe('classifyUrl', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data/jwks.json', ['not-https', 'ip-literal', 'link-local']],
    ['https://169.254.169.254/', ['ip-literal', 'link-local']],
    ['https://0xA9FEA9FE/', ['ip-literal', 'link-local']],
    ['https://2852039166/', ['ip-literal', 'link-local']],
    ['https://127.0.0.1:8443/jwks', ['ip-literal', 'loopback']],
    ['https://127.1/', ['ip-literal', 'loopback']],
    ['https://0.0.0.0/', ['ip-literal', 'loopback']],
    ['https://10.1.2.3/k', ['ip-literal', 'private-address']],
    ['https://172.20.0.1/k', ['ip-literal', 'private-address']],
    ['https://192.168.1.10/k', ['ip-literal', 'private-address']],
    ['https://100.64.0.1/k', ['ip-literal', 'private-address']],
    ['https://8.8.8.8/k', ['ip-literal']],
    ['https://[::1]/k', ['ip-literal', 'loopback']],
    ['https://[fd00:ec2::254]/k', ['ip-literal', 'private-address']],
    ['https://[fe80::1]/k', ['ip-literal', 'link-local']],
    ['https://[::ffff:169.254.169.254]/k', ['ip-literal', 'link-local']],
    ['https://[2001:db8::1]/k', ['ip-literal']],
    ['https://localhost/jwks', ['loopback']],
    ['https://api.localhost/jwks', ['loopback']],
    ['https://metadata.google.internal/x', ['internal-name']],
    ['https://printer.local/x', ['internal-name']],
    ['https://auth.corp/x', ['internal-name']],
    ['https://intranet/x', ['internal-name']],
    ['http://abc123.oastify.com/x', ['not-https', 'oob-testing-host']],
    ['https://x.burpcollaborator.net', ['oob-testing-host']],
    ['https://c58bduhe008dovpvhvugcfemp9yyyyyyn.oast.pro', ['oob-testing-host']],
    ['https://abc.interact.sh/', ['oob-testing-host']],
    ['https://webhook.site/0e5f', ['oob-testing-host']],
    ['https://169.254.169.254.nip.io/', ['link-local']],
    ['https://user:pw@auth.example.com/jwks', ['userinfo']],
    ['https://auth.example.com@evil.example/jwks', ['userinfo']],
    ['https://auth.example.com/jwks#frag', ['fragment']],
    ['https://auth.example.com/%2e%2e/jwks', ['encoded-dots']],
    ['https://auth.example.com/%252e%252e/jwks', ['encoded-dots']],
    ['file:///etc/passwd', ['not-https']],
    ['https://auth.example.com/.well-known/jwks.json', []],
  ])('%s → %j', (url, reasons) => {
    expect(classifyUrl(url)?.reasons.sort()).toEqual([...reasons].sort());
  });

  it.each(['', 'auth.example.com', 'hello world', 'urn:example:1', '/relative/path'])('%j is not a URL', (text) => {
    expect(classifyUrl(text)).toBeUndefined();
  });

  it('splits scheme, host and path', () => {
    expect(classifyUrl('HTTPS://Auth.Example.com:8443/a/b?c=1')).toMatchObject({
      scheme: 'https',
      host: 'auth.example.com',
      path: '/a/b?c=1',
    });
  });

  it('flags an unparseable URL', () => {
    expect(classifyUrl('https://[::1/x')?.reasons).toContain('malformed');
  });

  it('returns promptly on a huge string', () => {
    expect(classifyUrl(`https://a.example/${'x'.repeat(5_000_000)}`)).toBeUndefined();
  });
});

describe('classifyHost', () => {
  it.each([
    ['10.0.0.5', ['ip-literal', 'private-address']],
    ['169.254.169.254', ['ip-literal', 'link-local']],
    ['[::1]:8080', ['ip-literal', 'loopback']],
    ['abc.oastify.com', ['oob-testing-host']],
    ['localhost', ['loopback']],
    ['localhost:3000', ['loopback']],
    ['vault.internal', ['internal-name']],
    ['auth.example.com', []],
  ])('%s → %j', (host, reasons) => {
    expect(classifyHost(host)?.reasons.sort()).toEqual([...reasons].sort());
  });

  it.each(['admin', 'user@example.com', '1.5', '3.14159', 'John Smith', 'v1.2', 'https://x.example'])(
    '%j is not a host',
    (text) => {
      expect(classifyHost(text)).toBeUndefined();
    },
  );
});

describe('helpers', () => {
  it('hostOf gives the lower-case host', () => {
    expect(hostOf('https://Auth.Example.com/x')).toBe('auth.example.com');
    expect(hostOf('nope')).toBeUndefined();
  });
  it('PROBE_REASONS excludes how-it-is-written reasons', () => {
    expect(PROBE_REASONS.has('link-local')).toBe(true);
    expect(PROBE_REASONS.has('not-https')).toBe(false);
  });
  it('parses IPv6 forms', () => {
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIpv6('1::2::3')).toBeUndefined();
    expect(parseIpv6('12345::')).toBeUndefined();
  });
});
