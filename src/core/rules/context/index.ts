// What every rule needs besides its own logic, in one place: where things are (spans), which
// signatures and headers to judge (entries), which pasted keys speak for the token (keys), the
// decoded JSON parts, claim helpers, and the sentence helpers of core/text.ts.
export * from './spans';
export * from './entries';
export * from './keys';
export * from './json-parts';
export * from './claims';
export { afterColon, capital, lowerFirst, plural } from '../../text';
