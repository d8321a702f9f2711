// Titles of BibTeX entries in a Markdown file ("To cite GPT-NeoX-20B, please use" and a
// bibtex block). A title names its subject before a colon ("GPT-NeoX-20B: An Open-Source
// Autoregressive Language Model"); the claim it makes is that subject's, so the report keeps
// it only when the subject is the project or one of its own models. A README cites others'
// papers too: a title with no named subject is nobody's claim here.

import { splitLines } from '../markdown/structure.js';

/** A BibTeX entry's first line: "@inproceedings{key,". */
const ENTRY_START = /^\s{0,8}@[A-Za-z]{2,20}\s{0,3}\{/;
/** Its title field on one line: title = {…}, title={{X}: …}, title = "…". */
const TITLE_FIELD = /^\s{0,8}title\s{0,3}=\s{0,3}["{](.{1,400})["}]\s{0,3},?\s{0,3}$/i;
/** Fields an entry holds before its title, at most. */
const MAX_FIELDS_BEFORE_TITLE = 12;

export interface CitationTitle {
  /** The title, BibTeX braces removed. */
  text: string;
  /** What it names before its colon. */
  subject: string;
  /** 1-based line of the title field. */
  line: number;
}

/** Every titled BibTeX entry in the text whose title names a subject before a colon. */
export function citationTitles(text: string): CitationTitle[] {
  if (!text.includes('@') || !/title/i.test(text)) return [];
  const out: CitationTitle[] = [];
  const lines = splitLines(text);
  let entryAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ENTRY_START.test(line)) {
      entryAt = i;
      continue;
    }
    if (entryAt < 0 || i - entryAt > MAX_FIELDS_BEFORE_TITLE) continue;
    const field = TITLE_FIELD.exec(line);
    if (!field) continue;
    entryAt = -1;
    const title = (field[1] ?? '').replace(/[{}]/g, '').trim();
    const colon = title.indexOf(':');
    if (colon <= 0) continue;
    const subject = title.slice(0, colon).trim();
    if (subject.split(/\s+/).length > 6) continue; // a sentence, not a name
    out.push({ text: title, subject, line: i + 1 });
  }
  return out;
}
