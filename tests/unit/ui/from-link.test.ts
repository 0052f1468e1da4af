// Opening a share link (issue 17): the token is read from the fragment once, the fragment is
// cleared from the address bar (path and query kept), and a page opened without one is left alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeLinkedToken } from '../../../src/ui/share/from-link';

function page(hash: string) {
  const replaceState = vi.fn();
  vi.stubGlobal('location', { hash, pathname: '/app/', search: '?lang=en' });
  vi.stubGlobal('history', { state: { n: 1 }, replaceState });
  return replaceState;
}

afterEach(() => vi.unstubAllGlobals());

describe('takeLinkedToken', () => {
  it('issue 17: a link fills the token and clears the fragment, keeping path and query', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJbbWFza2VkXSJ9.';
    const replaceState = page(`#${new URLSearchParams({ token })}`);
    expect(takeLinkedToken()).toBe(token);
    expect(replaceState).toHaveBeenCalledWith({ n: 1 }, '', '/app/?lang=en');
  });

  it('issue 17: a key in a link (as other tools put there) is never read, and is cleared with the fragment', () => {
    const replaceState = page('#token=a.b.c&key=my-secret');
    expect(takeLinkedToken()).toBe('a.b.c');
    expect(replaceState).toHaveBeenCalledWith({ n: 1 }, '', '/app/?lang=en');
  });

  it('issue 17: a JSON-serialized token survives the fragment encoding', () => {
    const token = '{"payload":"eyJzdWIiOiIxIn0","signatures":[{"protected":"eyJhbGciOiJFUzI1NiJ9","signature":""}]}';
    page(`#${new URLSearchParams({ token })}`);
    expect(takeLinkedToken()).toBe(token);
  });

  it('issue 17: without a token in the fragment, nothing is read and the address is left as it is', () => {
    for (const hash of ['', '#', '#findings', '#key=abc']) {
      const replaceState = page(hash);
      expect(takeLinkedToken()).toBeUndefined();
      expect(replaceState).not.toHaveBeenCalled();
    }
  });
});
