// Facts about a raw JSON number lexeme that a binary64 (JavaScript) parser loses.

const INT64_MAX = 9223372036854775807n;

export interface LexemeFacts {
  /** Written with an exponent (`1e3`, `2E+9`). */
  exponent: boolean;
  /** Integral value whose magnitude exceeds 2^53 - 1. */
  unsafeInteger: boolean;
  /** More than 17 significant digits: binary64 cannot keep them all. */
  tooManyDigits: boolean;
  /** Integral value beyond the signed 64-bit range. */
  beyondInt64: boolean;
}

export function lexemeFacts(raw: string, value: number): LexemeFacts {
  const exponent = /[eE]/.test(raw);
  const mantissa = raw.replace(/^-/, '').split(/[eE]/)[0] ?? '';
  const digits = mantissa.replace('.', '').replace(/^0+/, '');
  const significant = (mantissa.includes('.') || exponent ? digits.replace(/0+$/, '') : digits).length;
  const integral = Number.isInteger(value);
  return {
    exponent,
    unsafeInteger: integral && Math.abs(value) > Number.MAX_SAFE_INTEGER,
    tooManyDigits: significant > 17,
    beyondInt64: integral && exceedsInt64(raw, value),
  };
}

function exceedsInt64(raw: string, value: number): boolean {
  if (/^-?\d+$/.test(raw)) {
    const n = BigInt(raw);
    return n > INT64_MAX || n < -INT64_MAX - 1n;
  }
  return Math.abs(value) >= 9.223372036854776e18;
}

/** What a JavaScript parser turns the lexeme into, for messages ("…993 becomes …992"). */
export function parsedAs(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(value);
}
