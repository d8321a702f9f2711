import spdx from 'spdx-license-list/full.js';

// Turns an SPDX template text into what a project would commit: the copyright blanks filled
// in, re-wrapped as Markdown under a "# Title" heading. Licence texts are never committed to
// the repository; tests build them from the spdx-license-list package at run time.

export const COPYRIGHT_LINE = 'Copyright (c) 2026 Example Maintainers';

interface SpdxEntry {
  name: string;
  osiApproved: boolean;
  licenseText: string;
}

export const SPDX = spdx as unknown as Record<string, SpdxEntry>;

const YEAR_FIELD = /<(?:year|yyyy|jahr)>|\[(?:yyyy|year)\]|\bYEAR\b/gi;
const HOLDER_FIELD =
  /<(?:owner|copyright holders?|name of author|author|organization|copyright information|owner organization name|copyright inhaber)>|\[(?:name of copyright owner|name of copyright holder|copyright holders|fullname)\]/gi;
const COPYRIGHT_TEMPLATE_LINE =
  /^[ \t]*copyright\b[^\n]*(?:<[^<>\n]{1,60}>|\[[^[\]\n]{1,60}\]|\bYEAR\b)[^\n]*$/gim;

/** The SPDX text with its copyright line(s) replaced by a real one and other blanks filled. */
export function fillTemplate(text: string): string {
  return text
    .replace(COPYRIGHT_TEMPLATE_LINE, COPYRIGHT_LINE)
    .replace(YEAR_FIELD, '2026')
    .replace(HOLDER_FIELD, 'Example Maintainers');
}

/** Paragraphs re-wrapped to about 72 columns under a Markdown heading. */
export function asMarkdown(title: string, text: string, width = 72): string {
  const out = [`# ${title}`, ''];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    let line = '';
    for (const word of words) {
      if (line !== '' && line.length + word.length + 1 > width) {
        out.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line, '');
  }
  return out.join('\n');
}

/** What a project would commit as LICENSE.md for this SPDX licence. */
export function licenceFileFor(id: string): string {
  const entry = SPDX[id];
  if (!entry) throw new Error(`no SPDX licence ${id}`);
  return asMarkdown(entry.name, fillTemplate(entry.licenseText));
}
