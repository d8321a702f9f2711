// The regexes for model references and API calls each run only where a literal "needle" of
// theirs occurs. Checking some 60 needles one `includes` at a time scans the code 60 times;
// one regex over all of them finds the same answers in a single pass. Written as a trie
// (shared prefixes factored out), V8 runs it about a quarter faster than a plain alternation.

import { escapeRegExp } from '../../util/regexp.js';

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/**
 * The trie as a regex. At each node the longer continuations come before the end of a
 * needle, so a match is the longest needle starting at its position.
 */
function trieSource(node: Trie): string {
  const alts = [...node.next].map(([c, child]) => escapeRegExp(c) + trieSource(child));
  if (node.end) alts.push('');
  return alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
}

/** Whether one of the needles occurs in the text: exactly `text.includes(needle)`. */
export type Has = ((needle: string) => boolean) & {
  /** The registered needles that occur (each needle that is a prefix of another found too). */
  found: ReadonlySet<string>;
};

/** Builds a one-pass finder for a fixed list of needles; `has` answers only for those needles. */
export function needleFinder(needles: readonly string[]): (text: string) => Has {
  const root: Trie = { end: false, next: new Map() };
  for (const needle of needles) {
    let node = root;
    for (const c of needle) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const re = new RegExp(trieSource(root), 'g');
  const known = new Set(needles);
  // A needle occurs where the longest needle found there starts with it.
  const prefixes = new Map([...known].map((n) => [n, [...known].filter((p) => n.startsWith(p))]));
  return (text) => {
    const present = new Set<string>();
    re.lastIndex = 0;
    // Every position is tried (lastIndex one past the match start), so overlapping needles count.
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      for (const p of prefixes.get(m[0]) ?? []) present.add(p);
      re.lastIndex = m.index + 1;
    }
    const has = (needle: string): boolean => {
      if (present.has(needle)) return true;
      if (!known.has(needle)) throw new Error(`needle ${JSON.stringify(needle)} was not registered`);
      return false;
    };
    return Object.assign(has, { found: present });
  };
}
