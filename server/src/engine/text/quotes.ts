/** `"/app"` → `/app`: the quotes the Dockerfile frontend removes around a single word. */
export function dropQuotes(word: string): string {
  return word.length >= 2 && /^(["']).*\1$/s.test(word) ? word.slice(1, -1) : word;
}
