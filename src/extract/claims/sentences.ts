// Splits a prose paragraph into sentences and maps a position in a sentence back to the
// file line it came from. A sentence ends at . ! or ? followed by a space and a capital,
// digit, quote or the end, unless the period closes a common abbreviation.

import type { Paragraph } from './prose-paragraphs.js';

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the paragraph. */
  offset: number;
  paragraph: Paragraph;
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'cf',
  'fig',
  'no',
  'approx',
  'incl',
  'al',
  'mr',
  'dr',
]);

export function splitSentences(paragraph: Paragraph): Sentence[] {
  const text = paragraph.text;
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // Chinese and Japanese full stops end a sentence without a space after them.
    if (c === '。' || c === '！' || c === '？') {
      push(out, paragraph, start, i + 1);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ') continue;
    const after = text[i + 2] ?? '';
    if (next !== undefined && !/[\p{Lu}\p{N}"'“‘(]/u.test(after)) continue;
    if (c === '.' && ABBREVIATIONS.has(lastWord(text, i))) continue;
    push(out, paragraph, start, i + 1);
    start = i + 1;
  }
  push(out, paragraph, start, text.length);
  return out;
}

function push(out: Sentence[], paragraph: Paragraph, from: number, to: number): void {
  const raw = paragraph.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text !== '') out.push({ text, offset: from + lead, paragraph });
}

/** The lower-cased word right before position `i` (letters and inner dots), capped at 8 characters. */
function lastWord(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 8 && /[\p{L}.]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i).toLowerCase();
}

/** The file line of a position inside a sentence. */
export function lineOf(sentence: Sentence, offsetInSentence: number): number {
  const at = sentence.offset + offsetInSentence;
  let line = sentence.paragraph.segments[0]?.line ?? 0;
  for (const seg of sentence.paragraph.segments) {
    if (seg.offset > at) break;
    line = seg.line;
  }
  return line;
}
