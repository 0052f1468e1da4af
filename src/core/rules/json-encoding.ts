import type { JsonEncodingIssue } from '../report';
import type { LintRule } from './types';
import { capital, jsonParts } from './context';

const SAY: Record<JsonEncodingIssue, string> = {
  'invalid-utf8': 'bytes that are not valid UTF-8',
  bom: 'a byte-order mark at the start',
  'utf16-or-utf32': 'UTF-16 or UTF-32 text instead of UTF-8',
  'control-character': 'a raw control character or NUL inside a string',
  'lone-surrogate': 'an unpaired UTF-16 surrogate escape',
};

export const jsonEncoding: LintRule = {
  id: 'json-encoding',
  severity: 'error',
  input: 'T',
  title: 'Header or payload is not clean UTF-8 JSON',
  explanation:
    'JWT JSON must be UTF-8 without a byte-order mark and without raw control characters in strings. Other encodings are read differently by different components, which has been used to slip claims past one check and into another.',
  references: ['RFC 8725 §2.6, §3.7', 'RFC 8259 §8.1'],
  check(ctx) {
    return jsonParts(ctx).flatMap((p) => {
      const issues = [...new Set(p.json.encodingIssues)];
      if (!issues.length) return [];
      return [{ message: `${capital(p.label)} has ${issues.map((i) => SAY[i]).join(', and ')}.`, at: p.segment }];
    });
  },
};
