// Openness claims in the project's own words: READMEs, all Markdown and rst docs (card
// bodies included), notebooks' Markdown cells, the titles of BibTeX entries in Markdown (the
// project's own paper, citation-titles.ts), and the description fields of package.json,
// pyproject.toml and CITATION.cff. Precision first: see classify-sentence.ts for what is not a claim.

import type { ClaimEvidence } from '../../types/evidence.js';
import type { EvidenceSink, Extractor, FileInfo, ReadFile, ReadNeed } from '../../types/extractor.js';
import { mayHoldPhrase } from './claim-phrases.js';
import { classifySentence } from './classify-sentence.js';
import { manifestTexts, MANIFEST_NAMES, type ManifestKind } from './manifest-prose.js';
import { proseParagraphs, type ProseFlavour } from './prose-paragraphs.js';
import { lineOf, splitSentences } from './sentences.js';
import { notebookSegments } from '../references/code-segments.js';
import { citationTitles } from './citation-titles.js';

const MARKDOWN_EXTS = new Set(['md', 'markdown', 'mdx']);
/** The sentence quoted in the report is cut to about this many characters around the phrase. */
const MAX_QUOTE_CHARS = 300;

/** Which prose flavour a file is read as; null when it is not read for claims. */
function flavourOf(file: FileInfo): ProseFlavour | null {
  if (MARKDOWN_EXTS.has(file.ext)) return 'markdown';
  if (file.ext === 'rst') return 'rst';
  // README, README.txt: plain text, which the Markdown reading handles as plain paragraphs.
  if (file.name.startsWith('readme') && (file.ext === '' || file.ext === 'txt')) return 'markdown';
  return null;
}

/** The reference extractor warns about a notebook it cannot read; this one stays quiet. */
const QUIET = { warn: () => undefined };

/** Claims in a notebook's Markdown cells, at the notebook lines a reviewer sees. */
function notebookClaims(file: ReadFile): ClaimEvidence[] {
  const text = file.text ?? '';
  if (!OPEN.test(text)) return [];
  const out: ClaimEvidence[] = [];
  for (const cell of notebookSegments(file.info.path, text, QUIET, 'markdown')) {
    const lineMap = cell.lineMap ?? [];
    for (const claim of proseClaims({ ...file, text: cell.text }, 'markdown'))
      out.push({ ...claim, line: lineMap[claim.line - 1] ?? cell.firstLine });
  }
  return out;
}

export const claimsExtractor: Extractor = {
  name: 'claims',
  wants(file: FileInfo): ReadNeed | null {
    return MANIFEST_NAMES.has(file.name) || file.ext === 'ipynb' || flavourOf(file) !== null ? 'text' : null;
  },
  extract(file: ReadFile, sink: EvidenceSink): void {
    if (file.text === undefined) return; // binary, too large or unreadable: the reader warned
    const found = MANIFEST_NAMES.has(file.info.name)
      ? manifestClaims(file)
      : file.info.ext === 'ipynb'
        ? notebookClaims(file)
        : proseClaims(file, flavourOf(file.info) ?? 'markdown');
    // One claim of a kind per line is enough for a reviewer.
    const seen = new Set<string>();
    for (const claim of found) {
      const key = `${claim.line}:${claim.claimKind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sink.add(claim);
    }
  },
};

// Every claim phrase contains "open" ("open-source", "opensource", "100% open", "open weights")
// or, in Chinese, 开源:
// a file or paragraph without it cannot hold a claim, so it is not read or cleaned at all.
const OPEN = /open|开源/i;

function proseClaims(file: ReadFile, flavour: ProseFlavour): ClaimEvidence[] {
  const out: ClaimEvidence[] = [];
  const text = file.text ?? '';
  if (!OPEN.test(text)) return out;
  for (const paragraph of proseParagraphs(text, flavour, OPEN)) {
    // A sentence is a piece of its paragraph and the prefilter has no anchors, so a paragraph
    // it rejects holds no sentence it would pass.
    if (!mayHoldPhrase(paragraph.text) && !paragraph.text.includes('开源')) continue;
    for (const sentence of splitSentences(paragraph)) {
      for (const claim of classifySentence(sentence.text)) {
        out.push({
          kind: 'claim',
          file: file.info.path,
          line: lineOf(sentence, claim.offset),
          claimKind: claim.claimKind,
          text: quote(sentence.text, claim.offset),
          phrase: claim.phrase,
          ...(claim.about !== undefined ? { about: claim.about } : {}),
          ...(paragraph.headings ? { headings: paragraph.headings } : {}),
        });
      }
    }
  }
  if (flavour === 'markdown')
    for (const title of citationTitles(text))
      for (const claim of classifySentence(title.text, { labelsProject: true }))
        out.push({
          kind: 'claim',
          file: file.info.path,
          line: title.line,
          claimKind: claim.claimKind,
          text: quote(title.text, claim.offset),
          phrase: claim.phrase,
          about: title.subject,
        });
  return out;
}

function manifestClaims(file: ReadFile): ClaimEvidence[] {
  const out: ClaimEvidence[] = [];
  for (const field of manifestTexts(file, file.info.name as ManifestKind)) {
    const text = field.text.slice(0, 20_000).replace(/\s+/g, ' ');
    const paragraph = { text, segments: [{ offset: 0, line: field.line }] };
    for (const sentence of splitSentences(paragraph)) {
      for (const claim of classifySentence(sentence.text, { labelsProject: field.labelsProject })) {
        out.push({
          kind: 'claim',
          file: file.info.path,
          line: field.lineOf(claim.phrase),
          claimKind: claim.claimKind,
          text: quote(sentence.text, claim.offset),
          phrase: claim.phrase,
        });
      }
    }
  }
  return out;
}

/** The sentence with its whitespace collapsed, cut to a window around the phrase when long. */
function quote(sentence: string, phraseOffset: number): string {
  if (sentence.length <= MAX_QUOTE_CHARS) return sentence.replace(/\s+/g, ' ');
  const from = Math.max(0, phraseOffset - MAX_QUOTE_CHARS / 2);
  const cut = sentence
    .slice(from, from + MAX_QUOTE_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
  return `${from > 0 ? '…' : ''}${cut}${from + MAX_QUOTE_CHARS < sentence.length ? '…' : ''}`;
}
