/**
 * Injected into the worker bundle in place of Node's global `Buffer` (scripts/build.mjs): dockerfile-ast checks
 * every Dockerfile for a byte-order mark with `Buffer.from(char, 'UTF-8')`, and a browser has no Buffer. Only that
 * call is provided.
 */
export const Buffer = {
  from: (text: string): Uint8Array => new TextEncoder().encode(text),
};
