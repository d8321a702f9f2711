// Turns a licence text into the words that matter for comparing it with a known licence:
// the same licence must come out the same whether it is plain text, Markdown or HTML,
// wrapped at any width, with its template blanks filled in or not, spelt British or
// American. Everything here scans line by line with bounded patterns.

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

// Spelling variants mapped to one form (the SPDX texts are mostly American).
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/licenc/g, 'licens'],
  [/\bsub ?licens/g, 'sublicens'],
  [/\bnon (?=[a-z])/g, 'non'],
  [/\bno ?derivs\b/g, 'noderivatives'],
  [/\bno ?derivatives\b/g, 'noderivatives'],
  [/\bshare ?alike\b/g, 'sharealike'],
  [/\backnowledgment/g, 'acknowledgement'],
  [/\banalogue\b/g, 'analog'],
  [/\bcentre\b/g, 'center'],
  [/\bfavour/g, 'favor'],
  [/\bhonour/g, 'honor'],
  [/\boffence/g, 'offense'],
  [/\bper cent\b/g, 'percent'],
  [/\bwhilst\b/g, 'while'],
  [/\b(author|organi|recogni|authori|summari|characteri)s(e|ed|es|ing|ation)\b/g, '$1z$2'],
  [/\bcopyright holder/g, 'copyright owner'],
];

const END_OF_TERMS = /^\W{0,5}end of terms and conditions\W{0,5}$/;

const TOKEN = /[a-z0-9]+(?:\.[0-9]+)*/g;

/** Lines starting a licence are often its title ("MIT License", "Version 2.0, January 2004"). */
const MAX_TITLE_WORDS = 14;
const MAX_TITLE_PARAGRAPHS = 4;

/**
 * Normalises a licence text for comparison: lower-case, no markup, no URLs, no copyright
 * lines, no template fields, no leading title, unified spelling; returns its words.
 */
export function normaliseLicenceText(text: string): NormalisedText {
  const paragraphs = toParagraphs(text);
  // Like licensee: what follows "END OF TERMS AND CONDITIONS" (Apache's and the GPL's
  // how-to-apply appendix) is often left out of copies, so it never counts.
  const end = paragraphs.findIndex((p) => END_OF_TERMS.test(p));
  if (end > 0) paragraphs.length = end;
  const titles = takeLeadingTitles(paragraphs);
  return { tokens: tokenise(paragraphs), titleTokens: tokenise(titles) };
}

function tokenise(paragraphs: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const paragraph of paragraphs) {
    for (const m of unifySpelling(paragraph).matchAll(TOKEN)) tokens.push(m[0]);
  }
  return tokens;
}

/** Splits into paragraphs (blank-line separated), each a single cleaned, lower-cased line. */
function toParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of text.split('\n')) {
    const line = cleanLine(raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw);
    if (line === null) continue;
    if (line === '') flush();
    else current.push(line);
  }
  flush();
  return paragraphs;
}

/** One line without markup, or '' for a paragraph break, or null to leave it out entirely. */
function cleanLine(raw: string): string | null {
  let line = raw.replace(/\r$/, '').replace(/\t/g, ' ');
  if (line.trim() === '') return '';
  if (SETEXT_UNDERLINE.test(line) || RULE.test(line) || REFERENCE_DEFINITION.test(line)) return '';
  line = line.replace(BLOCKQUOTE, '').replace(HEADING, '').replace(BULLET, '');
  line = line.replace(IMAGE_OR_LINK, '$1').replace(URL, ' ').replace(HTML_ENTITY, ' ');
  line = line.trim();
  if (COPYRIGHT_LINE.test(line) && line.length < 300) return null;
  line = line.replace(ALL_RIGHTS_RESERVED, ' ');
  line = line.replace(ANGLE_SPAN, ' ');
  line = line.replace(BRACKET_SPAN, (_m, inner: string) => (BRACKET_FIELD.test(inner) ? ' ' : ` ${inner} `));
  return line.toLowerCase();
}

/**
 * Takes short title-like paragraphs (no sentence punctuation at the end) off the start: the
 * same licence is titled differently from file to file ("MIT License", "The MIT License (MIT)").
 */
function takeLeadingTitles(paragraphs: string[]): string[] {
  const titles: string[] = [];
  while (paragraphs.length > 1 && titles.length < MAX_TITLE_PARAGRAPHS) {
    const first = (paragraphs[0] ?? '').trim();
    const words = first.split(/\s+/).filter((w) => /[a-z0-9]/.test(w));
    const title = words.length <= MAX_TITLE_WORDS && !/[.;:,]["'”’)]?$/.test(first);
    if (!title) break;
    titles.push(first);
    paragraphs.shift();
  }
  return titles;
}

/** Folds quotes, joins hyphenated words and maps spelling variants to one form. */
function unifySpelling(paragraph: string): string {
  let s = paragraph
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/&/g, ' and ')
    .replace(/([a-z])['’]s\b/g, '$1s')
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/[*_~]+/g, ' ');
  for (const [pattern, replacement] of VARIANTS) s = s.replace(pattern, replacement);
  return s;
}
