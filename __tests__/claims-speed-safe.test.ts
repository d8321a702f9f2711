// The shortcuts that keep claim detection fast must not change what it finds: the phrase
// prefilter is never stricter than the phrase matcher, the paragraph needle only drops
// paragraphs it could not match, the ASCII table agrees with the word-character regex, and
// the Markdown helpers give the same answers whether or not they come from the cache.

import { describe, expect, it } from '@jest/globals';
import { findPhrases, mayHoldPhrase } from '../src/extract/claims/claim-phrases.js';
import { proseParagraphs } from '../src/extract/claims/prose-paragraphs.js';
import { tokenize } from '../src/extract/claims/tokens.js';
import { fencedBlocks, frontMatter, nonProseLines, splitLines } from '../src/extract/markdown/structure.js';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

const WORDS = [
  'open',
  'Open',
  'OPEN',
  'opensource',
  'OpenSourced',
  'openweights',
  'reopen',
  'opening',
  'source',
  'sourced',
  'weights',
  'Weight',
  'access',
  'model',
  'models',
  'LLM',
  'lm',
  'language',
  'foundation',
  'large',
  'fully',
  'Fully',
  '100%',
  'truly',
  'completely',
  'genuinely',
  'not',
  'we',
  'release',
  'our',
  'the',
  'a',
  'is',
  'it’s',
  "don't",
  'FooLM',
  'data',
  'e.g',
  'v1.0',
  'ſource',
  '\u212Aernel',
  'İ',
  'é',
  '𝐀',
  'x_y',
  'a+b',
];
const GAPS = [
  ' ',
  ' ',
  '-',
  '‑',
  ' - ',
  ' — ',
  '. ',
  '.',
  '…',
  ', ',
  ': ',
  '(',
  ')',
  '"',
  '“',
  '/',
  '|',
  '*',
  '`',
  '_',
  '~',
  '#',
  '\u00a0',
  '\t',
  '𝐀',
  '\ud835',
  '’',
  "'",
  '%',
  '+',
  '',
];

function sentence(next: () => number, words: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  let out = '';
  for (let i = 0; i < words; i++) out += pick(WORDS) + pick(GAPS);
  return out;
}

describe('mayHoldPhrase', () => {
  it('lets through every sentence the phrase matcher finds a phrase in', () => {
    const next = random(7);
    let withPhrase = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = sentence(next, 2 + Math.floor(next() * 12));
      if (findPhrases(tokenize(text)).length === 0) continue;
      withPhrase++;
      expect({ text, passes: mayHoldPhrase(text) }).toEqual({ text, passes: true });
    }
    expect(withPhrase).toBeGreaterThan(1_000);
  });

  it('passes phrases split by gaps the tokeniser skips, and drops text without a phrase', () => {
    for (const text of [
      'open. source',
      'Open … Weights',
      'open𝐀source',
      'fully\u00a0open',
      '100% Open',
      'OPEN‑ACCESS',
    ]) {
      expect(findPhrases(tokenize(text)).length).toBeGreaterThan(0);
      expect(mayHoldPhrase(text)).toBe(true);
    }
    for (const text of ['an open door', 'source code, open to all', 'opening hours']) {
      expect(mayHoldPhrase(text)).toBe(false);
    }
  });

  it('stays linear on long runs of what it repeats on', () => {
    const MIB = 1024 * 1024;
    for (const unit of [' ', 'open ', 'fully ', 'open', 'fully open ', 'open -', '- open']) {
      const text = unit.repeat(Math.ceil((2 * MIB) / unit.length));
      const started = performance.now();
      mayHoldPhrase(text);
      expect({ unit, fast: performance.now() - started < 5_000 }).toEqual({ unit, fast: true });
    }
  });
});

describe('tokenize', () => {
  it('reads every UTF-16 unit as a word character exactly when the word-character regex does', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const isWord = tokenize(ch).some((t) => !t.punct);
      if (isWord !== /[\p{L}\p{N}%'’+_]/u.test(ch)) throw new Error(`U+${c.toString(16)}: ${isWord}`);
    }
  });
});

describe('proseParagraphs with a needle', () => {
  it('returns exactly those paragraphs, of all found without it, that the needle matches', () => {
    const next = random(11);
    const lineBreaks = [
      '\n',
      '\n',
      '\n\n',
      '\r\n',
      '\n- ',
      '\n# ',
      '\n    ',
      '\n```\n',
      '\n<!-- ',
      ' -->\n',
      '\n| ',
    ];
    for (let k = 0; k < 2_000; k++) {
      let text = '';
      for (let l = 0; l < 12; l++)
        text +=
          sentence(next, 1 + Math.floor(next() * 6)) + lineBreaks[Math.floor(next() * lineBreaks.length)]!;
      for (const flavour of ['markdown', 'rst'] as const) {
        const all = proseParagraphs(text, flavour).filter((p) => /open/i.test(p.text));
        expect(proseParagraphs(text, flavour, /open/i)).toEqual(all);
      }
    }
  });
});

describe('Markdown structure, cached for the last text', () => {
  const TEXTS = [
    '',
    'a',
    '\n',
    'a\r\nb\nc\r',
    'a\r\r\nb\r\n\r\n',
    '\r\n\r\n',
    '---\ntitle: x\n---\n# T\n```py\nx = 1\n```\ntext\n~~~\nunclosed',
    '\ufeff---\r\nlicense: mit\r\n...\r\nbody\r\n```\r\ncode\r\n```\r\n',
  ];

  it('splits lines as a split on /\\r?\\n/ does', () => {
    for (const text of TEXTS) expect([...splitLines(text)]).toEqual(text.split(/\r?\n/));
  });

  it('gives the same answers in any order of calls', () => {
    const fresh = TEXTS.map((t) => ({
      lines: [...splitLines(t)],
      mask: [...nonProseLines(t)],
      blocks: [...fencedBlocks(t)],
      front: frontMatter(t),
    }));
    for (const i of [3, 6, 6, 7, 0, 7, 2, 6, 5]) {
      const text = TEXTS[i]!;
      expect(nonProseLines(text)).toEqual(fresh[i]!.mask);
      expect(fencedBlocks(text)).toEqual(fresh[i]!.blocks);
      expect(splitLines(text)).toEqual(fresh[i]!.lines);
      expect(frontMatter(text)).toEqual(fresh[i]!.front);
    }
  });

  it('reads front matter after a byte-order mark as without it', () => {
    const text = '---\nlicense: mit\nbase_model: x\n---\n# Card\n';
    expect(frontMatter(`\ufeff${text}`)).toEqual(frontMatter(text));
    expect(frontMatter(`\ufeff${text}`)).toEqual({
      yaml: 'license: mit\nbase_model: x',
      firstLine: 2,
      endLine: 4,
    });
  });
});
