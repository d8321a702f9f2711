import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { FirstCharIndex, leadingChars } from '../src/util/leading-chars.js';
import { MODELS } from '../src/knowledge/models.js';

const chars = (re: RegExp): string[] | null => {
  const set = leadingChars(re);
  return set === null ? null : [...set].sort();
};

describe('leadingChars', () => {
  test('reads the first characters of anchored patterns', () => {
    expect(chars(/^llama/i)).toEqual(['l']);
    expect(chars(/^(?:meta[ -])?llama/i)).toEqual(['l', 'm']);
    expect(chars(/^\bQwen/)).toEqual(['q']);
    expect(chars(/^[a-c]x/)).toEqual(['a', 'b', 'c']);
    expect(chars(/^(?:gpt|o[13])-/i)).toEqual(['g', 'o']);
    expect(chars(/^\d+b/)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(chars(/^\.env/)).toEqual(['.']);
  });

  test('says it cannot tell rather than guess', () => {
    for (const re of [/llama/, /^a|b/, /^(?=x)y/, /^x?/, /^[^a]b/, /^.b/, /^\wb/, /^(?:a|)b/, /^a/m]) {
      expect(chars(re)).toBeNull();
    }
    // What follows the first character does not matter, a back-reference included.
    expect(chars(/^(a)\1/)).toEqual(['a']);
  });

  test('never leaves out a character a match can start with (random patterns and texts)', () => {
    const piece = fc.constantFrom(
      'a',
      'B',
      '-',
      '\\.',
      ' ',
      '1',
      '\\d',
      '\\b',
      '.',
      '[a-c]',
      '[ -]',
      '[^a]',
      '(?:a|bc)',
      '(?:x)?',
      '(?:B-)?',
      'b?',
      'c*',
      'a{0,2}',
      'a+',
      '(?:a|)',
      '(?!x)',
    );
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'B', 'x', '-', '.', '1', ' '), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.boolean(), text, (pieces, i, t) => {
        const re = new RegExp(`^${pieces.join('')}`, i ? 'i' : '');
        const s = t.join('');
        const set = leadingChars(re);
        if (set !== null && re.test(s)) expect(set.has((s[0] ?? '').toLowerCase())).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('FirstCharIndex', () => {
  test("keeps the list's order and finds what a scan of every rule finds, for every knowledge-base pattern", () => {
    const rules = MODELS.flatMap((entry) =>
      [...(entry.patterns.prose ?? []), ...(entry.patterns.api ?? []), ...(entry.patterns.ollama ?? [])].map(
        (re) => ({ re, id: entry.id }),
      ),
    );
    const index = new FirstCharIndex(rules);
    const names = MODELS.flatMap((e) => [e.id, e.name, e.id.replace(/-/g, ' '), `${e.name} Instruct`]);
    for (const name of [...names, '', '7b', '-x', 'gpt-4o', 'claude-3-5-sonnet-latest', 'llama3.1:8b']) {
      const everyRule = rules.find((r) => r.re.test(name))?.id;
      const indexed = index.candidates(name).find((r) => r.re.test(name))?.id;
      expect(indexed).toBe(everyRule);
    }
    // It does narrow: most rules cannot start with a "q", and of those that start with a "g",
    // few start with "ge" (gemma, gemini) rather than "gp", "gr" or "gl".
    expect(index.candidates('qwen2.5').length).toBeLessThan(rules.length / 4);
    expect(index.candidates('gemma-2').length).toBeLessThan(index.candidates('g').length / 2);
  });
});
