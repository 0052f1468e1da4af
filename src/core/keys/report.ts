// The keys as the Report shows them: what was read, without the bytes verification used (a
// secret is described by its reading and length, never carried to the page or a front end).
import type { KeyReport, KeyView } from '../report';
import type { KeyCandidate, KeyParse } from './types';

function keyView(c: KeyCandidate): KeyView {
  const { secrets, otherReadings: _readings, spki: _spki, pem: _pem, sshLine: _line, certificate: _certificate, members: _members, seedMismatch: _seed, ...facts } = c;
  return secrets ? { ...facts, secrets: secrets.map((s) => ({ encoding: s.encoding, byteLength: s.bytes.length })) } : facts;
}

export function keyReport(keys: KeyParse): KeyReport {
  return { ...keys, candidates: keys.candidates.map(keyView) };
}
