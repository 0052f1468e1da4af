// Loaded only when a key is made or converted (dynamic import from key-tools.tsx), so the core's
// key writer and the crypto it imports (jose, @noble) stay out of the startup bundle.
export { generateKey } from '../../core/keys/generate';
export { convertKey } from '../../core/keys/convert';
