import type { Extractor } from '../../types/extractor.js';
import { nonProseLines } from '../markdown/structure.js';
import { findModel } from '../../knowledge/lookup-model.js';

// A model named in prose ("built on Llama 3.1") is evidence too, but weak: the classifier
// uses it only when nothing stronger is found. To keep noise down, the name must follow a
// word that says the project uses it, in a sentence that does not contrast or deny it.

export const FAMILY_WORDS = [
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
// USE_CUE ends in white space, so a family word can follow a cue only right after white
// space: one pass over the whole text finds just those. They are the same as a scan of
// every word start would find, as no family word holds white space followed by the start
// of another.
const FAMILY_AFTER_SPACE = new RegExp(
  String.raw`\s(?=${FAMILY_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
  'gi',
);
export const USE_CUE =
  /\b(?:built (?:on|with|upon)|based on|fine-?tuned (?:from|on)|powered by|uses|using|runs|running|on top of|derived from|distilled from|trained from|adapter for|served with|backed by)\s+(?:the\s+|a\s+|an\s+|meta'?s\s+|google'?s\s+|openai'?s\s+|anthropic'?s\s+)?$/i;
/**
 * Words that, earlier in the same sentence, turn "built on X" into someone else's use of X
 * or a denial: "Unlike tools built on GPT-4", "not built on Llama", "an alternative to apps
 * powered by Claude". Such a mention says nothing about this project.
 */
const CONTRAST =
  /\b(?:unlike|instead of|rather than|compared (?:to|with)|alternatives? to|replacements? for|versus|vs|not|never|without|(?:does|do|is|are|was|were|ca|wo|did)n[’']t|cannot)\b/i;
/** The end of the previous sentence within a line: ". ", "! ", "? " (a version's "v0.1" has no space). */
const SENTENCE_END = /[.!?;]\s+(?=\S)/g;

/** The sentence before `at`, from its start on the line. */
function sentenceBefore(line: string): string {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m !== null; m = SENTENCE_END.exec(line)) from = m.index + m[0].length;
  return line.slice(from);
}

const MAX_LINE = 2000;
const CR = 13;

const isMarkdown = (ext: string, name: string): boolean =>
  ext === 'md' || ext === 'mdx' || ext === 'rst' || name === 'readme';

export const proseModelExtractor: Extractor = {
  name: 'prose-models',
  wants: (file) => (isMarkdown(file.ext, file.name) ? 'text' : null),
  extract(file, sink) {
    const text = file.text;
    if (text === undefined) return;
    // Built on the first candidate that passes the cue: most Markdown names no model.
    let mask: readonly boolean[] | undefined;
    const seen = new Set<string>();
    // The line holding the current match (0-based number, offsets of its start and of its
    // "\n" or the end of the text), moved forward only: matches come in text order.
    let line = -1;
    let start = 0;
    let newline = -1;
    const re = FAMILY_AFTER_SPACE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const at = m.index + 1;
      while (newline < at) {
        line++;
        start = newline + 1;
        newline = text.indexOf('\n', start);
        if (newline === -1) newline = text.length;
      }
      // The line without its line break, as splitLines gives it ("\r\n" or "\n").
      const end =
        newline < text.length && newline > start && text.charCodeAt(newline - 1) === CR
          ? newline - 1
          : newline;
      if (end - start > MAX_LINE) {
        re.lastIndex = newline;
        continue;
      }
      if (!USE_CUE.test(text.slice(Math.max(start, at - 60), at))) continue;
      if (CONTRAST.test(sentenceBefore(text.slice(start, at)))) continue;
      mask ??= nonProseLines(text);
      if (mask[line + 1]) continue;
      const entry = findModel({ name: text.slice(at, Math.min(at + 80, end)), via: 'prose' });
      if (!entry || seen.has(`${line}:${entry.id}`)) continue;
      seen.add(`${line}:${entry.id}`);
      sink.add({
        kind: 'model',
        file: file.info.path,
        line: line + 1,
        name: entry.name,
        via: 'prose',
        strength: 'weak',
        modelId: entry.id,
      });
    }
  },
};
