/** The text as a regex source that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A regex source (no group) that matches any one of the words literally: `a|b|c`. */
export function anyOf(words: Iterable<string>): string {
  return [...words].map(escapeRegExp).join('|');
}
