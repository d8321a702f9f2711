// Turns a Markdown, reStructuredText or plain-text file into its prose paragraphs, each
// remembering which line every piece came from. Left out: front matter, fenced and indented
// code, rst literal blocks and directives, HTML comments, inline code, tables, and Markdown
// sections about other work (publications, citations, related work, acknowledgements).

import { nonProseLines, splitLines } from '../markdown/structure.js';

/** Claim detection reads only the start of a pathological line (minified HTML, data URIs). */
export const MAX_LINE_CHARS = 10_000;
/** A paragraph longer than this is cut: real prose never is, and the cost stays linear. */
const MAX_PARAGRAPH_CHARS = 20_000;

export interface Segment {
  /** Offset of this line's text inside the paragraph. */
  offset: number;
  /** 1-based line in the file. */
  line: number;
}

export interface Paragraph {
  text: string;
  segments: Segment[];
  /** The Markdown headings the paragraph sits under, outermost first (a claim's section says what it is about). */
  headings?: readonly string[];
}

/** A heading trail keeps at most this many headings, each cut to this many characters. */
const MAX_HEADINGS = 6;
const MAX_HEADING_CHARS = 200;

export type ProseFlavour = 'markdown' | 'rst';

const LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
// "- [Project](https://...) - an open-source AI editor": the item describes the linked project.
const LINKED_LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__)?\[[^\]\n]{1,200}\]\((?:https?:)?\/\//;
// A paragraph that opens by describing a linked project ("[dstack](https://...) is an
// open-source alternative to ...") is read: the claim names its subject, and the report
// keeps it only when that subject is this project (classify-sentence.ts, namedSubject).
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
// Sections about other people's work: what is said there ("Polyglot-Ko: Open-Source Large
// Language Models" in a list of papers) is about the cited work, not this project.
const OTHER_WORK_HEADING =
  /^ {0,3}(#{1,6})[ \t]+(?:\W{0,4}[ \t]*)?(?:publications?|papers?(?: using [^\n]{1,60})?|citations?|citing\b[^\n]{0,60}|cite\b[^\n]{0,60}|references|bibliography|related (?:work|projects?|models?)|acknowledge?ments?|credits|alternatives|similar projects|see also)[ \t]*[:.]?[ \t]*#*[ \t]*$/i;
const RST_UNDERLINE = /^([=\-~^"'`#*+:._])\1{2,}\s*$/;
const HTML_TAG = /<\/?[A-Za-z][^<>]{0,300}>/g;
const LINK_TARGET = /\]\([^()\s]{0,1000}(?:\s+"[^"]{0,300}")?\)/g;
const EMPHASIS_UNDERSCORES = /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;

/**
 * The prose paragraphs of a file. With `needle` (a non-global pattern that matches only
 * non-space characters, such as /open/i), only the paragraphs it matches are returned, and
 * the others are never cleaned: cleaning turns markup into spaces and lines are joined with
 * a space, so a clean paragraph holds a match only where one of its lines did.
 */
export function proseParagraphs(text: string, flavour: ProseFlavour, needle?: RegExp): Paragraph[] {
  const lines = splitLines(text);
  const skip = flavour === 'markdown' ? nonProseLines(text) : rstNonProseLines(lines);
  const paragraphs: Paragraph[] = [];
  // The current paragraph's lines, comments stripped, and their 1-based line numbers.
  let pieces: string[] = [];
  let lineNos: number[] = [];
  let wanted = needle === undefined;
  let inComment = false;
  let previousBlank = true;
  let inIndentedCode = false;
  let inLinkedItem = false;
  /** The heading level of the other-work section being skipped, or 0. */
  let otherWorkLevel = 0;
  // The enclosing headings by level; replaced (not changed) at each heading, so paragraphs share it.
  let trail: readonly { level: number; text: string }[] = [];
  let headings: readonly string[] = [];

  const flush = (): void => {
    if (pieces.length > 0 && wanted) {
      const paragraph = joinClean(pieces, lineNos);
      if (headings.length > 0) paragraph.headings = headings;
      if (paragraph.text.trim() !== '') paragraphs.push(paragraph);
    }
    pieces = [];
    lineNos = [];
    wanted = needle === undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    const lineNo = i + 1;
    const stripped = stripComments(raw, inComment);
    inComment = stripped.inComment;
    const line = stripped.text;
    const blank = line.trim() === '';

    if (skip[lineNo] || blank) {
      flush();
      previousBlank = blank || previousBlank;
      inIndentedCode = false;
      inLinkedItem = false;
      continue;
    }
    // Markdown indented code: 4 spaces or a tab after a blank line (list items aside).
    const indented = /^(?: {4}|\t)/.test(line) && !LIST_MARKER.test(line.trimStart());
    if (flavour === 'markdown' && indented && (previousBlank || inIndentedCode)) {
      inIndentedCode = true;
      previousBlank = false;
      continue;
    }
    inIndentedCode = false;
    previousBlank = false;

    const trimmed = line.trimStart();
    if (trimmed.startsWith('|') || RST_UNDERLINE.test(trimmed)) {
      flush(); // table rows compare things cell by cell; an rst underline ends its heading
      continue;
    }
    const heading = flavour === 'markdown' && HEADING.test(line);
    if (heading) {
      const level = /#{1,6}/.exec(line)?.[0].length ?? 1;
      if (otherWorkLevel > 0 && level <= otherWorkLevel) otherWorkLevel = 0;
      if (otherWorkLevel === 0 && OTHER_WORK_HEADING.test(line)) otherWorkLevel = level;
      flush(); // the paragraph before belongs to the previous heading
      const text = cleanInline(line).slice(0, MAX_HEADING_CHARS);
      trail = [...trail.filter((h) => h.level < level), { level, text }].slice(-MAX_HEADINGS);
      headings = trail.map((h) => h.text);
    }
    if (otherWorkLevel > 0) {
      flush();
      continue;
    }
    const listItem = LIST_MARKER.test(line);
    if (heading || listItem) {
      flush();
      inLinkedItem = flavour === 'markdown' && LINKED_LIST_ITEM.test(line);
    }
    if (inLinkedItem) continue;
    pieces.push(line);
    lineNos.push(lineNo);
    if (!wanted) wanted = needle!.test(line);
    if (heading) flush();
  }
  flush();
  return paragraphs;
}

/** Cleans a paragraph's lines and joins them with spaces, remembering where each line starts. */
function joinClean(pieces: readonly string[], lineNos: readonly number[]): Paragraph {
  const paragraph: Paragraph = { text: '', segments: [] };
  for (let k = 0; k < pieces.length && paragraph.text.length < MAX_PARAGRAPH_CHARS; k++) {
    if (paragraph.text !== '') paragraph.text += ' ';
    paragraph.segments.push({ offset: paragraph.text.length, line: lineNos[k]! });
    paragraph.text += cleanInline(pieces[k]!);
  }
  return paragraph;
}

/** Removes `<!-- ... -->` (possibly spanning lines) from one line, given whether one was open. */
function stripComments(line: string, open: boolean): { text: string; inComment: boolean } {
  let out = '';
  let i = 0;
  let inComment = open;
  while (i < line.length) {
    if (inComment) {
      const close = line.indexOf('-->', i);
      if (close === -1) return { text: out, inComment: true };
      i = close + 3;
      inComment = false;
    } else {
      const start = line.indexOf('<!--', i);
      if (start === -1) return { text: out + line.slice(i), inComment: false };
      out += line.slice(i, start) + ' ';
      i = start + 4;
      inComment = true;
    }
  }
  return { text: out, inComment };
}

/** Markup that is not words: inline code, tags, link targets, heading and list markers, emphasis. */
function cleanInline(line: string): string {
  let out = maskInlineCode(line)
    .replace(HEADING, ' ')
    .replace(LIST_MARKER, ' ')
    .replace(/^\s{0,3}(?:>\s?){1,10}/, ' ');
  // Each pattern below needs a character most lines lack; a plain search for it is far cheaper.
  if (out.includes('<')) out = out.replace(HTML_TAG, ' ');
  if (out.includes('](')) out = out.replace(LINK_TARGET, ' ');
  if (out.includes('[') || out.includes(']') || out.includes('*') || out.includes('~')) {
    out = out.replace(/[[\]*~]/g, ' ');
  }
  if (out.includes('_')) out = out.replace(EMPHASIS_UNDERSCORES, ' ');
  return out.trim();
}

/** Replaces each `code` span (a backtick run closed by a run of the same length) with a space, and an rST link with its text. */
function maskInlineCode(line: string): string {
  if (!line.includes('`')) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf('`', i);
    if (open === -1) break;
    let runEnd = open;
    while (line[runEnd] === '`') runEnd++;
    const fence = line.slice(open, runEnd);
    const close = findRun(line, fence, runEnd);
    if (close === -1) {
      out += line.slice(i, runEnd);
      i = runEnd;
      continue;
    }
    // An rST link (`dstack <https://...>`__) keeps its text: it names something.
    const isRstLink = fence === '`' && line[close + 1] === '_';
    const inner = isRstLink ? line.slice(runEnd, close).replace(/\s*<[^<>]*>\s*$/, '') : '';
    out += `${line.slice(i, open)} ${inner}`;
    i = close + fence.length;
  }
  return out + line.slice(i);
}

/** Index of a backtick run exactly as long as `fence`, at or after `from`; -1 when none. */
function findRun(line: string, fence: string, from: number): number {
  for (let at = line.indexOf(fence, from); at !== -1; at = line.indexOf(fence, at + 1)) {
    let end = at + fence.length;
    if (line[end] === '`') {
      while (line[end] === '`') end++;
      at = end - 1;
      continue;
    }
    return at;
  }
  return -1;
}

/**
 * reStructuredText lines that are not prose: literal blocks after '::' and directive blocks
 * (".. code-block::", comments "..") with their indented bodies. Index 0 is unused.
 */
function rstNonProseLines(lines: readonly string[]): boolean[] {
  const mask = new Array<boolean>(lines.length + 1).fill(false);
  let blockIndent = -1; // >= 0 while inside a literal or directive block
  let pendingLiteral = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === '';
    if (blockIndent >= 0) {
      if (blank || indent > blockIndent) {
        mask[i + 1] = true;
        continue;
      }
      blockIndent = -1;
    }
    if (pendingLiteral && !blank) {
      pendingLiteral = false;
      if (indent > 0) {
        blockIndent = 0;
        mask[i + 1] = true;
        continue;
      }
    }
    if (line.trimStart().startsWith('..')) {
      mask[i + 1] = true;
      blockIndent = indent;
      continue;
    }
    if (line.trimEnd().endsWith('::')) pendingLiteral = true;
  }
  return mask;
}
