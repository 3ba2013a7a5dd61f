/**
 * The Dockerfile both real-editor suites start from (the README's example), and what the three quick fixes make of
 * it, applied in the order shell-form-cmd, install-after-copy-all, root-final-stage (test/protocol/server.test.ts
 * checks the same text through the protocol).
 */
export const SEED = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nEXPOSE 3000\nCMD node server.js\n';

export const SEED_RULES = ['root-final-stage', 'install-after-copy-all', 'shell-form-cmd'];

export const FIXED =
  'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER 1000:1000\nEXPOSE 3000\nCMD ["node", "server.js"]\n';

/** After "Fix all" (safe fixes only): just the exec form. */
export const SAFE_FIXED = SEED.replace('CMD node server.js', 'CMD ["node", "server.js"]');
