import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { NOW } from '../../helpers/mint';
import { BASE, es256, holderJwk, issuerJwk, prop, SD_HEADER, present } from '../../helpers/sd-jwt';

const RULE = 'sd-reserved-name-disclosed';
const key = issuerJwk();
const VC = { alg: 'ES256', typ: 'dc+sd-jwt' };
const vct = 'https://credentials.example.com/identity_credential';
const exp = prop('exp', NOW + 3600);
const sdName = prop('_sd', ['x']);
const kty = prop('kty', 'EC');
const name = prop('given_name', 'Alice');

const cases: Case[] = [
  { name: 'issue 14: a Disclosure named _sd', token: present(es256(SD_HEADER, { ...BASE, _sd: [sdName.digest] }), [sdName]), key, expected: 'error' },
  { name: 'issue 14: SD-JWT VC with exp disclosed', token: present(es256(VC, { iss: BASE.iss, iat: BASE.iat, vct, _sd: [exp.digest] }), [exp]), key, expected: 'error', count: 1 },
  { name: 'issue 14: SD-JWT VC with a member of cnf disclosed', token: present(es256(VC, { ...BASE, vct, cnf: { _sd: [kty.digest] } }), [kty]), key, expected: 'error' },
  { name: 'issue 14: another SD-JWT with exp disclosed (warning)', token: present(es256(SD_HEADER, { iss: BASE.iss, iat: BASE.iat, _sd: [exp.digest] }), [exp]), key, expected: 'warning' },
  { name: 'issue 14: ordinary claims disclosed', token: present(es256(VC, { ...BASE, vct, cnf: { jwk: holderJwk() }, _sd: [name.digest] }), [name]), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
