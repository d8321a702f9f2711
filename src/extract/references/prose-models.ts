import type { Extractor } from '../../types/extractor.js';
import { nonProseLines } from '../markdown/structure.js';
import { matchModel } from '../../knowledge/lookup-model.js';
import type { ModelEntry } from '../../knowledge/model-entry.js';
import { findDataset } from '../../knowledge/lookup-dataset.js';
import { inScoreTable } from '../markdown/score-table.js';
import { anyOf } from '../../util/regexp.js';
import { cueWords } from '../../util/literal-prefixes.js';
import { MODELS } from '../../knowledge/models.js';
import { DATASETS } from '../../knowledge/datasets.js';

// A model named in prose is listed as a mention: named, not used ("faster than GPT-4",
// "built on Llama 3.1"). Prose never grades the layers; the roles stage may read its
// purpose: a sentence that says the model made the training data ("we used X to generate
// the instruction data") makes X a data-generation part wherever the code calls it. One
// mention per model and file is kept.

/**
 * Words that start the names the knowledge base recognises in prose, read from its own
 * patterns (prose and API names of models, prose names of datasets): "llama", "smollm",
 * "the pile". A family or dataset added to the data is looked for with no change here.
 * Patterns whose first three characters cannot be read from their source (a class, or an
 * optional character early on) start with one of SHORT_CUES instead; the tests check that
 * every pattern is covered one way or the other.
 */
export const SHORT_CUES = [
  'sd',
  't5',
  'c4',
  're-laion',
  'relaion',
  'ms ',
  'ms-',
  'msmarco',
  'coco',
  ...'123456789'.split('').map((d) => `o${d}`),
];
const PATTERNS = [
  ...MODELS.flatMap((e) => [...(e.patterns.prose ?? []), ...(e.patterns.api ?? [])]),
  ...DATASETS.flatMap((e) => e.patterns.prose ?? []),
];
export const PROSE_CUES: readonly string[] = [...cueWords(PATTERNS, 3).words, ...SHORT_CUES];
// Cue words at the start of a word: after white space, an opening bracket or quote, or
// Markdown emphasis (not inside a path or URL: "hf.co/meta-llama/Llama-2" is a link, listed
// as one). A leading character class lets the regex engine skip ahead fast: one pass over
// the whole text costs about what a scan for white space does. The text's first word is
// looked at on its own.
const FAMILY_ALTERNATION = anyOf(PROSE_CUES);
const FAMILY_AFTER_BOUNDARY = new RegExp(String.raw`[\s([*"'|>\`_~](?=${FAMILY_ALTERNATION})`, 'gi');
const FAMILY_AT_START = new RegExp(String.raw`^(?:${FAMILY_ALTERNATION})`, 'i');
/**
 * Words that, earlier in the same sentence, turn a statement about X into a denial or a
 * contrast: "unlike data generated with GPT-4", "not distilled from Llama". Such a sentence
 * says nothing of what made this project's data.
 */
const CONTRAST =
  /\b(?:unlike|instead of|rather than|compared (?:to|with)|alternatives? to|replacements? for|versus|vs|not|never|without|(?:does|do|is|are|was|were|ca|wo|did)n[’']t|cannot)\b/i;
/** The sentence says the model made or filtered training data. */
const DATA_GENERATION =
  /\b(?:generat\w*|synthesi[sz]\w*|distill?\w*|annotat\w*|label(?:l?ed|l?ing)?|filter\w*|creat\w*|rewrit\w*)\b[^.]{0,80}\b(?:data|dataset|datasets|instructions?|examples|samples|pairs|corpus)\b|\b(?:data|dataset|instructions?|examples|samples)\b[^.]{0,40}\b(?:generated|synthesi[sz]ed|distilled|annotated|labell?ed|written)\s+(?:by|with|using)\b/i;

/**
 * A model was trained on what the sentence names: a past participle, then "on", "with" or
 * "using" ("the instruct models are fine-tuned on the following data: ... [X]"). Sentences
 * that tell the reader what they can do ("you can fine-tune on ...") say nothing of the
 * project's own models.
 */
const TRAINED_ON =
  /\b(?:(?:pre|post)-?trained|trained|fine-?tuned|instruction-tuned|tuned)\b[^.]{0,200}?\b(?:on|with|using)\b/i;
const TO_THE_READER = /\b(?:you|your|can|could|how to|example)\b/i;

/** The sentence the name at `at` sits in: from the previous sentence end on its line to the next. */
function sentenceAround(
  text: string,
  start: number,
  at: number,
  end: number,
): { before: string; sentence: string } {
  const before = sentenceBefore(text.slice(start, at));
  const after = text.slice(at, end);
  const next = /[.!?;]\s/.exec(after);
  return { before, sentence: before + (next ? after.slice(0, next.index) : after) };
}

/** The sentence the name at `at` sits in says the model made data. */
export function makesData(text: string, start: number, at: number, end: number): boolean {
  const { before, sentence } = sentenceAround(text, start, at, end);
  return DATA_GENERATION.test(sentence) && !CONTRAST.test(before);
}

/** The sentence the dataset name at `at` sits in says a model was trained on it. */
export function trainedOn(text: string, start: number, at: number, end: number): boolean {
  const { before } = sentenceAround(text, start, at, end);
  return TRAINED_ON.test(before) && !CONTRAST.test(before) && !TO_THE_READER.test(before);
}

/** A heading of a section that evaluates or compares ("## Evaluation Results", "### Benchmarks"). */
export const EVALUATION_HEADING =
  /^#{1,6}\s.{0,100}?\b(?:evaluat\w*|benchmarks?|results?|performance|comparisons?|leaderboards?|scores?)\b/i;
const HASH = 35;

/**
 * A sub-heading on another topic than results ("### Responsibility & Safety" under
 * "## Benchmarks"): it ends the evaluation section however deep it sits.
 */
const OTHER_TOPIC_HEADING =
  /^#{1,6}\s.{0,100}?\b(?:safety|responsib\w*|limitations?|ethic\w*|risks?|bias\w*|licen[cs]\w*|citation|cite|acknowledg\w*|usage|install\w*|contact|intended use)\b/i;

/** The end of the previous sentence within a line: ". ", "! ", "? " (a version's "v0.1" has no space). */
const SENTENCE_END = /[.!?;]\s+(?=\S)/g;

/** The sentence before `at`, from its start on the line. */
function sentenceBefore(line: string): string {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m !== null; m = SENTENCE_END.exec(line)) from = m.index + m[0].length;
  return line.slice(from);
}

/**
 * The text where a name may be: up to 80 characters, cut before markup or a slash
 * ("Llama 2 7B</td>", "[Llama Guard](https://...)", "GPT-4 / Claude"), which would make the
 * words after the name look like an organisation/repository id.
 */
function nameWindow(text: string, at: number, end: number): string {
  const window = text.slice(at, Math.min(at + 80, end));
  const cut = NAME_END.exec(window);
  return cut ? window.slice(0, cut.index) : window;
}
const NAME_END = /[/<>|()[\]]/;

/**
 * What follows a family name in a model's name as people write it: sizes ("14B", "8x7B"),
 * versions ("v0.1", "3.5") and variant words ("Chat", "Instruct", "Base"), joined by hyphens or spaces.
 */
const VARIANT_TAIL =
  /^(?:[- ]?(?:\d+(?:\.\d+)?[bmk]|\d+x\d+b|v?\d{1,2}(?:\.\d{1,2}){0,2}|chat|instruct|base|it|code|coder|math|vision|vl|mini|small|medium|large|xl|xxl|tiny|pro|plus|max|turbo|flash|sonnet|opus|haiku|ultra|nano|lite)(?!\w|\.\d))+/i;

/**
 * The model's name as the prose writes it, when it says more than the family does ("Qwen-14B-Chat"
 * for the Qwen family): the family pattern's match (a prose, API, Ollama or Hub repository
 * name, as the lookup tries them) and the size and variant words after it.
 */
export function writtenName(window: string, entry: ModelEntry): string | undefined {
  let end = 0;
  const { prose = [], api = [], ollama = [], hub = [] } = entry.patterns;
  for (const re of [...prose, ...api, ...ollama, ...hub.map((h) => h.name)])
    end = Math.max(end, re.exec(window)?.[0].length ?? 0);
  if (end === 0) return undefined;
  const tail = VARIANT_TAIL.exec(window.slice(end))?.[0] ?? '';
  return tail ? window.slice(0, end + tail.length).trim() : undefined;
}

/**
 * The model a prose window names. An API or Ollama name matched in prose must be written as
 * one, with a digit in its first word ("gpt-4o", "llama3.1"): a word that happens to be one
 * ("the following command:", "the command-line tool", "Ada:") is a word.
 */
export function proseModel(window: string): ModelEntry | undefined {
  const match = matchModel({ name: window, via: 'prose' });
  if (!match) return undefined;
  if ((match.by === 'api' || match.by === 'ollama') && !/^[^\s:]*\d/.test(window)) return undefined;
  return match.entry;
}

const COLON = 58;
const FULLWIDTH_COLON = 0xff1a;
/** Whether the line [start, end) ends in a colon, trailing white space aside. */
function endsWithColon(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i > start && text.charCodeAt(i) <= 32) i--;
  const c = text.charCodeAt(i);
  return c === COLON || c === FULLWIDTH_COLON;
}

const SPACE = 32;
/** Whether the line [start, end) is a Markdown list item: "- Llama 2", "* x", "1. x". */
function isListItem(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 6 && text.charCodeAt(i) === SPACE) i++;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) return text.charCodeAt(i + 1) === SPACE; // - * +
  let digits = 0;
  while (digits < 3 && text.charCodeAt(i + digits) >= 48 && text.charCodeAt(i + digits) <= 57) digits++;
  const after = text.charCodeAt(i + digits);
  return (
    digits > 0 && digits < 3 && (after === 46 || after === 41) && text.charCodeAt(i + digits + 1) === SPACE
  );
}
/**
 * A sentence that introduces the list after it as the models a tool supports: "The following
 * models can be loaded:", "Supported models:", "compatible with:".
 */
const SUPPORTED_INTRO =
  /\b(?:support(?:s|ed)?|can be (?:loaded|used|converted|imported|fine-?tuned|trained)|compatible|works? with)\b[^\n]{0,120}:\s*$/i;

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
    let evaluationSection = false;
    // The level of the heading that opened it: its sub-sections are about evaluation too.
    let evaluationLevel = 0;
    // The line is an item of a list that a sentence introduced as the supported models.
    let supportedList = false;
    let introducesList = false;
    const re = FAMILY_AFTER_BOUNDARY;
    re.lastIndex = 0;
    const first = FAMILY_AT_START.test(text) ? -1 : null;
    for (let m = first !== null ? { index: first } : re.exec(text); m !== null; m = re.exec(text)) {
      const at = m.index + 1;
      while (newline < at) {
        line++;
        start = newline + 1;
        newline = text.indexOf('\n', start);
        if (newline === -1) newline = text.length;
        // A Markdown heading opens a section: one about evaluation makes its models baselines.
        const item = isListItem(text, start, newline);
        if (item) supportedList = introducesList;
        else if (newline > start + 1) {
          supportedList = false;
          // Only a line that ends in a colon can introduce a list: most are ruled out by one look.
          introducesList =
            endsWithColon(text, start, newline) &&
            SUPPORTED_INTRO.test(text.slice(Math.max(start, newline - 300), newline));
        }
        if (text.charCodeAt(start) === HASH) {
          let level = 1;
          while (level < 6 && text.charCodeAt(start + level) === HASH) level++;
          const heading = text.slice(start, Math.min(newline, start + 120));
          if (!evaluationSection || level <= evaluationLevel || OTHER_TOPIC_HEADING.test(heading)) {
            evaluationSection = EVALUATION_HEADING.test(heading);
            evaluationLevel = level;
          }
        }
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
      mask ??= nonProseLines(text);
      if (mask[line + 1]) continue;
      const window = nameWindow(text, at, end);
      // A results table's rows are compared, as under an evaluation heading.
      const evaluation = evaluationSection || inScoreTable(text, start);
      const entry = proseModel(window);
      if (!entry) {
        const dataset = findDataset(window);
        // A benchmark named anywhere in prose is what results are reported on.
        const benchmark = evaluation || dataset?.benchmark === true;
        const training = !benchmark && dataset !== undefined && trainedOn(text, start, at, end);
        const key = `dataset:${benchmark ? 'evaluation' : training ? 'training' : 'mention'}:${dataset?.id ?? ''}`;
        if (!dataset || seen.has(key)) continue;
        seen.add(key);
        sink.add({
          kind: 'dataset',
          file: file.info.path,
          line: line + 1,
          name: dataset.name,
          via: 'prose',
          strength: 'weak',
          ...(benchmark
            ? { purpose: 'evaluation' as const }
            : training
              ? { purpose: 'training' as const }
              : {}),
        });
        continue;
      }
      if (seen.has(`data-generation:${entry.id}`)) continue;
      const purpose = evaluation
        ? 'evaluation'
        : makesData(text, start, at, end)
          ? 'data-generation'
          : undefined;
      // One mention per model as written, file and purpose.
      const name = writtenName(window, entry) ?? entry.name;
      const key = `${purpose ?? (supportedList ? 'choice' : 'mention')}:${entry.id}:${name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sink.add({
        kind: 'model',
        file: file.info.path,
        line: line + 1,
        name,
        via: 'prose',
        strength: 'weak',
        modelId: entry.id,
        ...(purpose ? { purpose } : {}),
        ...(supportedList && !purpose ? { choice: true as const } : {}),
      });
    }
  },
};
