// Which characters a match of an anchored regex can start with, read from its source. The
// knowledge base holds hundreds of `^...` patterns tried in order; a text need only be tried
// against those that can start with its first characters (FirstCharIndex: the first, and
// the first two where a pattern's literal start is known), and V8 compiles a regex on its
// first test, so the others are never compiled at all.

import { literalPrefixes } from './literal-prefixes.js';

/** Lower-cased first characters of any match of `re`, or null when they cannot be told. */
export function leadingChars(re: RegExp): Set<string> | null {
  const src = re.source;
  if (!src.startsWith('^') || re.flags.includes('m')) return null;
  // "^a|b" is "^a" or a "b" anywhere.
  if (closeOfAlternative(src, 1) !== null) return null;
  const found = new Set<string>();
  const end = sequence(src, 1, found);
  return end === null ? null : found;
}

/**
 * Adds the first characters of the sequence starting at `i` to `out`. Returns the index where
 * it stopped, or null when the sequence can be empty or starts with something not understood
 * (a class with a range, a lookaround, a back-reference...).
 */
function sequence(src: string, i: number, out: Set<string>): number | null {
  while (i < src.length) {
    const atom = atomAt(src, i, out);
    if (atom === null) return null;
    const q = src[atom.end];
    const optional = q === '?' || q === '*' || (q === '{' && src.startsWith('{0', atom.end));
    if (atom.zeroWidth) {
      i = atom.end;
      continue;
    }
    if (!optional) return atom.end;
    // An optional atom: what follows it may come first too.
    i = skipQuantifier(src, atom.end);
  }
  return null; // the whole pattern can match the empty string
}

interface Atom {
  end: number;
  zeroWidth: boolean;
}

function atomAt(src: string, i: number, out: Set<string>): Atom | null {
  const c = src[i];
  if (c === undefined) return null;
  if (c === '\\') {
    const e = src[i + 1];
    if (e === undefined) return null;
    if (e === 'b') return { end: i + 2, zeroWidth: true };
    if (e === 'd') {
      for (const d of '0123456789') out.add(d);
      return { end: i + 2, zeroWidth: false };
    }
    if (/[.\-/\\+*?()[\]{}|^$ _:@#]/.test(e)) {
      out.add(e);
      return { end: i + 2, zeroWidth: false };
    }
    return null;
  }
  if (c === '(') {
    if (src.startsWith('(?=', i) || src.startsWith('(?!', i) || src.startsWith('(?<', i)) return null;
    const start = src.startsWith('(?:', i) ? i + 3 : i + 1;
    return group(src, start, out);
  }
  if (c === '[') return charClass(src, i + 1, out);
  if ('.^$|)?*+{}'.includes(c)) return null;
  out.add(c.toLowerCase());
  return { end: i + 1, zeroWidth: false };
}

/** A group's alternatives: each must start with something known. */
function group(src: string, i: number, out: Set<string>): Atom | null {
  for (;;) {
    const stop = sequence(src, i, out);
    if (stop === null) return null;
    const close = closeOfAlternative(src, stop);
    if (close === null) return null;
    if (src[close] === ')') return { end: close + 1, zeroWidth: false };
    i = close + 1; // after '|'
  }
}

/** From inside an alternative, the index of the '|' or ')' that ends it at this depth. */
function closeOfAlternative(src: string, i: number): number | null {
  let depth = 0;
  let inClass = false;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '|' && depth === 0) return i;
  }
  return null;
}

/** A class of plain characters and letter or digit ranges ([ -], [a-c0-9]); not a negated one. */
function charClass(src: string, i: number, out: Set<string>): Atom | null {
  if (src[i] === '^') return null;
  const chars: string[] = [];
  for (; i < src.length && src[i] !== ']'; i++) {
    let c = src[i] as string;
    if (c === '\\') {
      const e = src[++i];
      if (e === undefined || /[a-zA-Z0-9]/.test(e)) return null; // \d, \w, \s...: not spelt out here
      c = e;
    }
    if (src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']') {
      const to = src[i + 2] as string;
      if (!/[a-z0-9]/i.test(c) || !/[a-z0-9]/i.test(to) || to.charCodeAt(0) - c.charCodeAt(0) > 26)
        return null;
      for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      i += 2;
    } else chars.push(c);
  }
  if (src[i] !== ']') return null;
  for (const c of chars) out.add(c.toLowerCase());
  return { end: i + 1, zeroWidth: false };
}

function skipQuantifier(src: string, i: number): number {
  if (src[i] === '{') {
    const close = src.indexOf('}', i);
    i = close === -1 ? src.length : close + 1;
  } else i++;
  if (src[i] === '?') i++; // lazy
  return i;
}

/**
 * The rules of an ordered list that a text can match, in list order: those whose patterns
 * can start with the text's first character and, where the literal text every match starts
 * with is known (literal-prefixes.ts), with its first two. Rules whose start cannot be read
 * are always candidates. Built per pair of characters on first use; a rule never a candidate
 * is never compiled.
 */
export class FirstCharIndex<R extends { re: RegExp }> {
  private readonly leading: Array<Set<string> | null>;
  private readonly prefixes: Array<string[] | null>;
  private readonly byStart = new Map<string, R[]>();

  constructor(private readonly rules: readonly R[]) {
    this.leading = rules.map((r) => leadingChars(r.re));
    this.prefixes = rules.map((r) => literalPrefixes(r.re, 2));
  }

  candidates(text: string): readonly R[] {
    const start = text.slice(0, 2).toLowerCase();
    let list = this.byStart.get(start);
    if (list === undefined) {
      const c = start.charAt(0);
      list = this.rules.filter((_, k) => {
        const chars = this.leading[k];
        if (chars !== null && chars !== undefined && !chars.has(c)) return false;
        const words = this.prefixes[k];
        return (
          words === null ||
          words === undefined ||
          words.some((w) => w.startsWith(start) || start.startsWith(w))
        );
      });
      this.byStart.set(start, list);
    }
    return list;
  }
}
