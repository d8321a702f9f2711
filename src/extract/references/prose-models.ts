import type { Extractor } from '../../types/extractor.js';
import { nonProseLines, splitLines } from '../markdown/structure.js';
import { findModel } from '../../knowledge/lookup-model.js';

// A model named in prose ("built on Llama 3.1") is evidence too, but weak: the classifier
// uses it only when nothing stronger is found. To keep noise down, the name must follow a
// word that says the project uses it.

const FAMILY_WORDS = [
  'llama',
  'gemma',
  'mistral',
  'mixtral',
  'codestral',
  'qwen',
  'falcon',
  'phi-',
  'phi ',
  'olmo',
  'pythia',
  'bloom',
  'starcoder',
  'deepseek',
  'whisper',
  'bert',
  'flan-t5',
  't5',
  'gpt-',
  'gpt ',
  'claude',
  'gemini',
  'stable diffusion',
  'sdxl',
  'grok',
  'dbrx',
  'command r',
  'gpt-oss',
  'gpt-j',
  'gpt-neox',
];
// One pass over a line finds every family word, at a word start.
const FAMILY = new RegExp(
  `(?<![a-z0-9])(?:${FAMILY_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
  'gi',
);
const USE_CUE =
  /\b(?:built (?:on|with|upon)|based on|fine-?tuned (?:from|on)|powered by|uses|using|runs|running|on top of|derived from|distilled from|trained from|adapter for|served with|backed by)\s+(?:the\s+|a\s+|an\s+|meta'?s\s+|google'?s\s+|openai'?s\s+|anthropic'?s\s+)?$/i;
const MAX_LINE = 2000;

const isMarkdown = (ext: string, name: string): boolean =>
  ext === 'md' || ext === 'mdx' || ext === 'rst' || name === 'readme';

export const proseModelExtractor: Extractor = {
  name: 'prose-models',
  wants: (file) => (isMarkdown(file.ext, file.name) ? 'text' : null),
  extract(file, sink) {
    if (file.text === undefined) return;
    const mask = nonProseLines(file.text);
    const lines = splitLines(file.text);
    const seen = new Set<string>();
    lines.forEach((raw, i) => {
      if (mask[i + 1] || raw.length > MAX_LINE) return;
      FAMILY.lastIndex = 0;
      for (let m = FAMILY.exec(raw); m !== null; m = FAMILY.exec(raw)) {
        const at = m.index;
        if (!USE_CUE.test(raw.slice(Math.max(0, at - 60), at))) continue;
        const entry = findModel({ name: raw.slice(at, at + 80), via: 'prose' });
        if (!entry || seen.has(`${i}:${entry.id}`)) continue;
        seen.add(`${i}:${entry.id}`);
        sink.add({
          kind: 'model',
          file: file.info.path,
          line: i + 1,
          name: entry.name,
          via: 'prose',
          strength: 'weak',
        });
      }
    });
  },
};
