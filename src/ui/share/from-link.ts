// Share links (issue 17): the token rides in the URL fragment, `#token=…`, which browsers never
// send to a server. Read once at startup: the token is taken, the fragment is cleared from the
// address bar, and nothing is stored. Part of the startup bundle: keep it tiny.

export const LINK_PARAM = 'token';

/** The token a share link opened this page with, or undefined; the fragment is cleared. */
export function takeLinkedToken(): string | undefined {
  const fragment = location.hash.slice(1);
  if (!fragment) return undefined;
  const token = new URLSearchParams(fragment).get(LINK_PARAM);
  if (token === null) return undefined;
  history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}
