// The literal text every match of an anchored regex starts with, read from its source:
// "^smollm[23]?\b" starts with "smollm", "^(?:code|pali)?gemma" with "code", "pali" or
// "gemma". The prose extractor looks for these words before it asks the knowledge base, so
// the words it looks for are the ones the knowledge base's own patterns start with.

const META = /[()[\]?*+{|.^$\\]/;
const ESCAPED_LITERAL = /[.\-/ _:@#]/;

/** The alternatives of the group opening at `open` ("(?:"), and the index just past its ")". */
function groupAt(src: string, open: number): { alternatives: string[]; end: number } | null {
  let depth = 0;
  let from = open + 3;
  const alternatives: string[] = [];
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) {
        alternatives.push(src.slice(from, i));
        return { alternatives, end: i + 1 };
      }
    } else if (c === '|' && depth === 1) {
      alternatives.push(src.slice(from, i));
      from = i + 1;
    }
  }
  return null;
}

/** The literal characters at the start of `src` from `i`, stopping before an optional one. */
function literalRun(src: string, i: number): string {
  let out = '';
  while (i < src.length) {
    const c = src[i]!;
    let char: string;
    let next: number;
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined || !ESCAPED_LITERAL.test(e)) break;
      char = e;
      next = i + 2;
    } else if (META.test(c)) break;
    else {
      char = c;
      next = i + 1;
    }
    const q = src[next];
    if (q === '?' || q === '*' || (q === '{' && src.startsWith('{0', next))) break;
    out += char;
    i = next;
  }
  return out.toLowerCase();
}

/** The start of any match of the source from `i`, as a list of literal prefixes; null when one can be empty. */
function prefixesFrom(src: string, i: number, min: number): string[] | null {
  if (src.startsWith('(?:', i)) {
    const group = groupAt(src, i);
    if (!group) return null;
    const out: string[] = [];
    for (const alternative of group.alternatives) {
      const run = literalRun(alternative, 0);
      if (run.length < min) return null;
      out.push(run);
    }
    // An optional group may be left out: what follows it may start the match too.
    if (src[group.end] === '?') {
      const rest = prefixesFrom(src, group.end + 1, min);
      return rest ? [...out, ...rest] : null;
    }
    return out;
  }
  const run = literalRun(src, i);
  return run.length >= min ? [run] : null;
}

/**
 * Lower-cased literal prefixes, each at least `min` characters long, one of which starts every
 * match of `re` (anchored at ^); null when that cannot be told from the source.
 */
export function literalPrefixes(re: RegExp, min = 2): string[] | null {
  if (!re.source.startsWith('^') || re.flags.includes('m')) return null;
  return prefixesFrom(re.source, 1, min);
}

/** The shortest set of words that starts every match of each pattern (a word that holds another is left out). */
export function cueWords(patterns: readonly RegExp[], min = 2): { words: string[]; unread: RegExp[] } {
  const all = new Set<string>();
  const unread: RegExp[] = [];
  for (const re of patterns) {
    const prefixes = literalPrefixes(re, min);
    if (prefixes) for (const p of prefixes) all.add(p);
    else unread.push(re);
  }
  const sorted = [...all].sort((a, b) => a.length - b.length);
  const words: string[] = [];
  for (const w of sorted) if (!words.some((k) => w.startsWith(k))) words.push(w);
  return { words, unread };
}
