import { describe, expect, it } from 'vitest';
import { internalInfoKind } from '../../../../src/core/lint/internal-info';

describe('internalInfoKind', () => {
  it.each([
    ['postgres://app:pw@db/prod', 'a database connection string'],
    ['Server=db1;Database=prod', 'a database connection string'],
    ['at handler (/srv/app.js:10:5)', 'a stack trace'],
    ['Traceback (most recent call last)', 'a stack trace'],
    ['db host 10.1.2.3', 'a private IP address'],
    ['fd12:3456::1', 'a private IP address'],
    ['build01.corp', 'an internal host name'],
    ['/etc/passwd', 'a server filesystem path'],
    ['C:\\Users\\svc\\', 'a server filesystem path'],
  ])('%s: %s', (text, kind) => {
    expect(internalInfoKind(text)).toBe(kind);
  });

  // Every check needs one of : = . space / \ — values without any are passed over at once.
  it.each(['grp-000123-engineering', 'Traceback', 'Server', 'AtHome', ''])('%j reveals nothing', (text) => {
    expect(internalInfoKind(text)).toBeUndefined();
  });
});
