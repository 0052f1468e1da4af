// Reading the pasted text, in the order the data flows:
//   extract.ts      the token out of what was pasted (Bearer, cookies, URLs, curl, HTTP
//                   messages, quotes, a token pasted twice), saying what was removed;
//                   extract-http.ts, extract-concat.ts and shell-words.ts help it
//   segments.ts     the dot-separated segments, each decoded by base64url.ts (strict, with
//                   every leniency named)
//   json/           our own JSON reader: spans, duplicate members, raw number lexemes, depth
//   token.ts        JWS, unsecured, JWE or malformed; token-json.ts for the JSON
//                   serializations, token-parts.ts for what both share
//   nested.ts       tokens inside the token (cty JWT, claims that hold a JWT)
export { extract } from './extract';
export { parseToken } from './token';
export { findNestedTokens } from './nested';
