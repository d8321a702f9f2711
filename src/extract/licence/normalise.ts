// Turns a licence text into the words that matter for comparing it with a known licence:
// the same licence must come out the same whether it is plain text, Markdown or HTML,
// wrapped at any width, with its template blanks filled in or not, spelt British or
// American. Lines are cleaned one by one with bounded patterns. The spelling passes then run
// once over all paragraphs joined by '\n': no pattern there matches '\n' and it bounds words
// as the ends of a string do, so each paragraph comes out as if it were done alone.

/** A licence text reduced for comparison. */
export interface NormalisedText {
  /** The words, in order (lower-case, no punctuation), without the leading title. */
  tokens: string[];
  /** The words of the leading title paragraphs that were set aside. */
  titleTokens: string[];
}

// Longest line we look at; minified or generated files would only slow things down.
const MAX_LINE = 20_000;

// "Copyright (c) 2024 Jane", "Copyright 2024 Jane", "(C) 1999 Foo", "© Acme", "Copyright <year>
// <owner>": the notice, not the licence. A re-wrapped line that merely starts with
// "copyright holder ..." is licence text and stays.
const COPYRIGHT_LINE =
  /^(?:copyright\b\s{0,3}:?\s{0,3}(?:\(c\)|©|\d{4}|<|\[|by\b|year\b)|\(c\)\s{0,3}\d{4}|©)/i;
const ALL_RIGHTS_RESERVED = /\ball rights reserved\.?/gi;

// Markdown and HTML decoration, removed before the words are taken.
const HEADING = /^ {0,3}#{1,6}\s+/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const RULE = /^ {0,3}(?:[-*_]\s*){3,}$/;
const BULLET = /^\s{0,12}[-*+]\s+/;
const BLOCKQUOTE = /^ {0,3}(?:>\s?){1,5}/;
const IMAGE_OR_LINK = /!?\[([^[\]\n]{0,200})\]\([^()\s]{0,500}(?:\s+"[^"\n]{0,200}")?\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^[\]\n]{1,100}\]:\s/;
const HTML_ENTITY = /&(?:nbsp|amp|lt|gt|quot|#39|#x27|apos|copy);/g;

// Template fields in the SPDX texts: "<year>", "<copyright holders>", "[yyyy]", "[name of
// copyright owner]", "[___]". Angle brackets also hold HTML tags and bare URLs; all go.
const ANGLE_SPAN = /<[^<>\n]{1,120}>/g;
const BRACKET_SPAN = /\[([^[\]\n]{0,120})\]/g;
const BRACKET_FIELD =
  /^[\s_.]*$|year|yyyy|name|owner|holder|author|copyright|enter |insert |e-?mail|organi[sz]ation/i;
// A URL never ends in sentence punctuation; the sentence's full stop must survive.
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)(?:[^\s<>()"']{0,500}[^\s<>()"'.,;:!?])?/gi;
const WWW = /www\./i;

// Quotes other than the apostrophe never touch a word, so only "'s" needs them folded.
const APOSTROPHE_S = /([a-z])['‘’‚‛′`]s\b/g;

// Spelling variants mapped to one form (the SPDX texts are mostly American). "[ -]" is a
// space or a hyphen: a hyphen between letters counts as a space ("non-commercial"), and
// elsewhere it is no more part of a word than a space is.
const LICENC = /licenc/g;
const SUB_LICENS = /\bsub[ -]?licens/g;
// Runs before WORD_VARIANTS, as "noncentre" is no longer the word "centre".
const NON = /\bnon[ -](?=[a-z])/g;
// Each matches from the start of a word, no two at the same place, and no replacement
// makes or breaks another's match: one pass does what a pass for each would.
const WORD_VARIANTS =
  /\b(?:no[ -]?derivs\b|no[ -]?derivatives\b|share[ -]?alike\b|acknowledgment|analogue\b|centre\b|favour|honour|offence|per[ -]cent\b|whilst\b|(author|organi|recogni|authori|summari|characteri)s(e|ed|es|ing|ation)\b|copyright[ -]holder)/g;
// Keyed by the match without its space or hyphen.
const WORD_VARIANT: Readonly<Record<string, string>> = {
  noderivs: 'noderivatives',
  noderivatives: 'noderivatives',
  sharealike: 'sharealike',
  acknowledgment: 'acknowledgement',
  analogue: 'analog',
  centre: 'center',
  favour: 'favor',
  honour: 'honor',
  offence: 'offense',
  percent: 'percent',
  whilst: 'while',
  copyrightholder: 'copyright owner',
};

const END_OF_TERMS = /^\W{0,5}end of terms and conditions\W{0,5}$/;
const END_OF_TERMS_WORDS = 'end of terms and conditions';

/** Lines starting a licence are often its title ("MIT License", "Version 2.0, January 2004"). */
const MAX_TITLE_WORDS = 14;
const MAX_TITLE_PARAGRAPHS = 4;

/**
 * Normalises a licence text for comparison: lower-case, no markup, no URLs, no copyright
 * lines, no template fields, no leading title, unified spelling; returns its words.
 */
export function normaliseLicenceText(text: string): NormalisedText {
  const { body, titles } = normaliseLicenceForm(text);
  return { tokens: tokensOf(body), titleTokens: tokensOf(titles) };
}

/** A normalised text before it is cut into words (see forEachToken), paragraphs joined by '\n'. */
export interface NormalisedForm {
  body: string;
  /** The leading title paragraphs that were set aside ('' for none). */
  titles: string;
}

/** What normaliseLicenceText returns, still as text: for callers that read the words in place. */
export function normaliseLicenceForm(text: string): NormalisedForm {
  // Like licensee: what follows "END OF TERMS AND CONDITIONS" (Apache's and the GPL's
  // how-to-apply appendix) is often left out of copies, so it never counts.
  const paragraphs = withoutAppendix(toParagraphs(text));
  // Short title-like paragraphs (no sentence punctuation at the end) are set aside: the
  // same licence is titled differently from file to file ("MIT License", "The MIT License (MIT)").
  let titles = 0;
  let start = 0;
  while (titles < MAX_TITLE_PARAGRAPHS) {
    const end = paragraphs.indexOf('\n', start);
    if (end === -1 || !isTitle(paragraphs.slice(start, end).trim())) break; // never the last one
    titles++;
    start = end + 1;
  }
  // Spelling keeps the paragraph breaks, so the titles end at the same break as before.
  const unified = unifySpelling(paragraphs);
  let cut = -1;
  for (let i = 0; i < titles; i++) cut = unified.indexOf('\n', cut + 1);
  return { body: unified.slice(cut + 1), titles: titles === 0 ? '' : unified.slice(0, cut) };
}

/** Calls `visit` with the bounds of each word of a normalised form: a-z and 0-9, with ".digits" ("2.0"). */
export function forEachToken(form: string, visit: (start: number, end: number) => void): void {
  // Index checks rather than reading past the end (NaN), which would slow the loop down.
  const n = form.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(form.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    do i++;
    while (i < n && isWordChar(form.charCodeAt(i)));
    while (i + 1 < n && form.charCodeAt(i) === DOT && isDigit(form.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isDigit(form.charCodeAt(i))) i++;
    }
    visit(start, i);
  }
}

/** The words of a normalised form. */
export function tokensOf(form: string): string[] {
  const tokens: string[] = [];
  forEachToken(form, (start, end) => tokens.push(form.slice(start, end)));
  return tokens;
}

const DOT = 46;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isTitle(paragraph: string): boolean {
  if (/[.;:,]["'”’)]?$/.test(paragraph)) return false;
  return paragraph.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length <= MAX_TITLE_WORDS;
}

/** The paragraphs before the first that is just "end of terms and conditions", unless that is the first. */
function withoutAppendix(paragraphs: string): string {
  for (let at = paragraphs.indexOf(END_OF_TERMS_WORDS); at !== -1;) {
    const start = paragraphs.lastIndexOf('\n', at) + 1;
    const end = paragraphs.indexOf('\n', at);
    if (END_OF_TERMS.test(paragraphs.slice(start, end === -1 ? undefined : end))) {
      return start > 0 ? paragraphs.slice(0, start - 1) : paragraphs;
    }
    at = end === -1 ? -1 : paragraphs.indexOf(END_OF_TERMS_WORDS, end);
  }
  return paragraphs;
}

/**
 * The paragraphs (blank-line separated), each a single cleaned line, joined by '\n' and
 * lower-cased (case mapping never looks past the space or '\n' that joins them).
 */
function toParagraphs(input: string): string {
  // Spaces for tabs keep every length, so this may come before lines are cut to MAX_LINE.
  const text = input.includes('\t') ? input.replace(/\t/g, ' ') : input;
  // A line holds what a pattern looks for only if the text does, unless removing a link
  // (or an entity, before "all rights reserved") joins the words around it.
  const links = text.includes('](');
  const entities = text.includes('&');
  const context: LineContext = {
    links,
    schemes: links || text.includes('://'),
    www: links || WWW.test(text),
    entities,
    reserved: links || entities || /all rights reserved/i.test(text),
    angles: text.includes('<'),
    brackets: text.includes('['),
  };
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = cleanLine(raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw, context);
    if (line === null) continue;
    if (line !== '') lines.push(line);
    else if (lines.length > 0) {
      paragraphs.push(lines.join(' '));
      lines = [];
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join(' '));
  return paragraphs.join('\n').toLowerCase();
}

/** What the lines of a text may hold (see toParagraphs). */
interface LineContext {
  links: boolean; // "]("
  schemes: boolean; // "://"
  www: boolean; // "www." in any case
  entities: boolean; // "&"
  reserved: boolean; // "all rights reserved" in any case
  angles: boolean; // "<"
  brackets: boolean; // "["
}

/** One line without markup, or '' for a paragraph break, or null to leave it out entirely. */
function cleanLine(raw: string, context: LineContext): string | null {
  const untouched = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const trimmed = untouched.trim();
  if (trimmed === '') return '';
  let line = untouched;
  if (mayBeMarkup(line)) {
    if (SETEXT_UNDERLINE.test(line) || RULE.test(line) || REFERENCE_DEFINITION.test(line)) return '';
    line = line.replace(BLOCKQUOTE, '').replace(HEADING, '').replace(BULLET, '');
  }
  if (context.links && line.includes('](')) line = line.replace(IMAGE_OR_LINK, '$1');
  if ((context.schemes && line.includes('://')) || (context.www && WWW.test(line))) {
    line = line.replace(URL, ' ');
  }
  if (context.entities && line.includes('&')) line = line.replace(HTML_ENTITY, ' ');
  line = line === untouched ? trimmed : line.trim(); // nothing removed: trimmed already
  if (line === '') return ''; // it was only a link or a URL, say
  if (line.length < 300 && mayBeCopyright(line) && COPYRIGHT_LINE.test(line)) return null;
  if (context.reserved) line = line.replace(ALL_RIGHTS_RESERVED, ' ');
  if (context.angles && line.includes('<')) line = line.replace(ANGLE_SPAN, ' ');
  if (context.brackets && line.includes('[')) {
    line = line.replace(BRACKET_SPAN, (_m, inner: string) =>
      BRACKET_FIELD.test(inner) ? ' ' : ` ${inner} `,
    );
  }
  return line;
}

/**
 * Whether a line might be Markdown structure (underline, rule, reference, quote, heading,
 * bullet): after its spaces, all of those start with other whitespace or one of "=-*_[>#+".
 */
function mayBeMarkup(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  const c = line.charCodeAt(i);
  return c < 33 || c > 126 || '=-*_[>#+'.includes(line.charAt(i));
}

/** Whether a trimmed line might be a copyright notice: those start with "c", "(" or "©". */
function mayBeCopyright(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 99 || c === 67 || c === 40 || c === 169;
}

/** Spells out "&", joins "'s" to its word, drops emphasis marks and maps spelling variants to one form. */
function unifySpelling(paragraphs: string): string {
  return paragraphs
    .replace(/&/g, ' and ')
    .replace(APOSTROPHE_S, '$1s')
    .replace(/[*_~]+/g, ' ')
    .replace(LICENC, 'licens')
    .replace(SUB_LICENS, 'sublicens')
    .replace(NON, 'non')
    .replace(WORD_VARIANTS, (word: string, stem?: string, ending?: string) =>
      stem === undefined ? (WORD_VARIANT[word.replace(/[ -]/, '')] ?? word) : `${stem}z${ending}`,
    );
}
