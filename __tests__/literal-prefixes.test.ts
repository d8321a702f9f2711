// The words the prose extractor looks for are read from the knowledge base's own patterns.
import { describe, expect, it } from '@jest/globals';
import { cueWords, literalPrefixes } from '../src/util/literal-prefixes.js';
import { MODELS } from '../src/knowledge/models.js';
import { DATASETS } from '../src/knowledge/datasets.js';
import { PROSE_CUES, SHORT_CUES } from '../src/extract/references/prose-models.js';

describe('literalPrefixes', () => {
  it('reads the literal start of an anchored pattern, through optional and alternative groups', () => {
    expect(literalPrefixes(/^smollm[23]?\b/i)).toEqual(['smollm']);
    expect(literalPrefixes(/^(?:code|pali)?gemma(?: ?[123]n?)?\b/i)).toEqual(['code', 'pali', 'gemma']);
    expect(literalPrefixes(/^(?:stable diffusion xl|sdxl)\b/i)).toEqual(['stable diffusion xl', 'sdxl']);
    expect(literalPrefixes(/^the pile\b/i)).toEqual(['the pile']);
    expect(literalPrefixes(/^gpt\.4o/i)).toEqual(['gpt.4o']);
  });

  it('stops before an optional character and says when nothing long enough can be told', () => {
    expect(literalPrefixes(/^llamas?\b/i)).toEqual(['llama']);
    expect(literalPrefixes(/^re-?laion/i, 3)).toBeNull();
    expect(literalPrefixes(/^o[1-9]/i, 1)).toEqual(['o']);
    expect(literalPrefixes(/^[a-z]+x/i)).toBeNull();
    expect(literalPrefixes(/llama/i)).toBeNull();
  });

  it('keeps the shortest words: one that holds another adds nothing', () => {
    expect(cueWords([/^llama ?3\b/i, /^llama\b/i, /^qwen2\.5-/i, /^[0-9]x/i]).words).toEqual([
      'llama',
      'qwen2.5-',
    ]);
  });
});

describe('the prose cue words', () => {
  const patterns = [
    ...MODELS.flatMap((e) => [...(e.patterns.prose ?? []), ...(e.patterns.api ?? [])]),
    ...DATASETS.flatMap((e) => e.patterns.prose ?? []),
  ];

  it('cover every prose and API pattern of the knowledge base', () => {
    const uncovered = patterns.filter((re) => {
      const prefixes = literalPrefixes(re, 1);
      if (!prefixes) return true;
      return !prefixes.every((p) =>
        PROSE_CUES.some((c) => p.startsWith(c) || (c.startsWith(p) && SHORT_CUES.includes(c))),
      );
    });
    expect(uncovered.map(String)).toEqual([]);
  });

  it('hold the families the knowledge base names, and no word shorter than two characters', () => {
    for (const word of ['llama', 'smollm', 'baichuan', 'the pile', 'whisper'])
      expect(PROSE_CUES).toContain(word);
    expect(PROSE_CUES.filter((c) => c.length < 2)).toEqual([]);
  });
});
