// A minimal ParsedToken for unit tests of the secrets module, built from a compact JWS string
// without the project's parser (so these tests do not depend on it).
import type { ParsedToken } from '../../../../src/core/parse/types';

export function parsedJws(token: string): ParsedToken {
  const [h = '', p = '', s = ''] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
  const payload = Buffer.from(p, 'base64url');
  return {
    kind: 'jws',
    serialization: 'compact',
    text: token,
    segments: [],
    payload: { bytes: payload, text: payload.toString('utf8'), detached: false },
    signatures: [
      {
        protectedRaw: h,
        header,
        signature: Buffer.from(s, 'base64url'),
        signatureRaw: s,
        signingInput: new TextEncoder().encode(`${h}.${p}`),
      },
    ],
  };
}
