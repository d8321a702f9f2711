import { describe, expect, it } from '@jest/globals';
import { md, mdCode } from '../src/render/markdown-escape.js';

describe('md', () => {
  it.each([
    ['@someone please look', /@\u200bsomeone/],
    ['<img src=x onerror=alert(1)>', /^&lt;img src=x onerror=alert\\\(1\\\)&gt;$/],
    ['<!-- ai-openness-check -->', /^&lt;\\!\\-\\- ai\\-openness\\-check \\-\\-&gt;$/],
    ['[click](javascript:alert(1))', /^\\\[click\\\]\\\(javascript:alert\\\(1\\\)\\\)$/],
    ['![x](https://evil.example/p.png)', /^\\!\\\[x\\\]\\\(https:\u200b\/\/evil\\\.example/],
    ['see www.example.com', /www\u200b\\\./],
    ['fixes other/repo#12', /#\u200b12/],
    ['a | b', /^a \\\| b$/],
    ['**bold** _it_ `code`', /^\\\*\\\*bold\\\*\\\* \\_it\\_ \\`code\\`$/],
  ])('makes %j inert', (input, expected) => {
    expect(md(input)).toMatch(expected);
  });

  it('removes control characters and folds newlines', () => {
    expect(md('a\u0000b\nc\u202ed')).toBe('ab cd');
  });

  it('bounds the length', () => {
    const out = md('x'.repeat(1024 * 1024));
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('mdCode', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('``x')).toBe('``` ``x ```');
    expect(mdCode('plain')).toBe('`plain`');
  });
});
