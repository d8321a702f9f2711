// The licence normaliser and the SPDX corpus are built for speed: spelling passes run once over
// all paragraphs, lines skip the patterns their text cannot trigger, the corpus reads words in
// place. None of that may change a word. normaliseLicenceText is checked against a plain
// reference (every pass on every line and paragraph, in turn, as first written), and the
// corpus against normaliseLicenceText.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { normaliseLicenceText, tokensOf } from '../src/extract/licence/normalise.js';
import { spdxCorpus } from '../src/extract/licence/spdx-corpus.js';
import { countDistinctiveTerms } from '../src/extract/licence/variant-guard.js';
import { SPDX } from './helpers/spdx-fill.js';

describe('normaliseLicenceText', () => {
  const texts = Object.values(SPDX)
    .map((entry) => entry.licenseText)
    .filter((text) => typeof text === 'string');

  it('gives the reference words for every SPDX text, as it is and shouted', () => {
    for (const text of texts) {
      expect(normaliseLicenceText(text)).toEqual(reference(text));
      const shouted = text.toUpperCase();
      expect(normaliseLicenceText(shouted)).toEqual(reference(shouted));
    }
  });

  // Pieces that start, end, join or block each pattern, the tricky ones side by side.
  const piece = fc.constantFrom(
    ...['sub', 'licence', 'non', 'no', 'derivs', 'derivatives', 'share', 'alike', 'per', 'cent'],
    ...['copyright', 'holder', 'Copyright (c) 2024 X', '(C) 1999', '©', 'authori', 'organi', 's'],
    ...['se', 'ed', 'ing', 'ation', 'whilst', 'centre', 'analogue', 'favour', 'acknowledgment'],
    ...[' ', ' ', ' ', '-', '--', "'", "'s", '’s', '`s', '‛', '“', '&', '*', '_', '~', '.', ',', '1'],
    ...['2.0', '\n', '\n', '\n\n', '\r\n', '\t', '\u00a0', '===', '***', '\n+ ', '\n  * ', '\n- '],
    ...['\n# ', '\n   ## ', '\n> ', '\n  > > ', '\n\u00a0- ', '\n\v+ ', '\n   [ref]: ', '\n---\n'],
    ...['[x](http://a.b)', 'ww[w](u).x', 'http[:](u)//x', '<year>', '[yyyy]', '[]', '<b>'],
    ...['http://x.org/a.', 'WWW.', '&nbsp;', '&amp;', 'all&nbsp;rights reserved', 'All Rights Reserved'],
    ...['END OF TERMS AND CONDITIONS', '\n\nEND OF TERMS AND CONDITIONS\n\n', 'İ', 'Σ', 'MIT License'],
    ...['per-cent', 'no-derivs', 'share-alike', 'sub-licence', 'non-x', 'copyright-holder', 'x-non-y'],
  );

  it('gives the reference words for random texts made of what the patterns look for', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(normaliseLicenceText(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the reference words for SPDX texts with such pieces put in', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), piece), { minLength: 1, maxLength: 8 }),
        (text, insertions) => {
          let edited = text;
          for (const [at, inserted] of insertions) {
            const i = at % (edited.length + 1);
            edited = edited.slice(0, i) + inserted + edited.slice(i);
          }
          expect(normaliseLicenceText(edited)).toEqual(reference(edited));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts words as the token pattern does', () => {
    const text = fc.array(fc.constantFrom('a', 'z', '0', '9', '.', ' ', '-', 'é', '\n'), { maxLength: 40 });
    fc.assert(
      fc.property(text, (chars) => {
        const form = chars.join('');
        expect(tokensOf(form)).toEqual(form.match(/[a-z0-9]+(?:\.[0-9]+)*/g) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the SPDX corpus', () => {
  it('holds for each licence the words of normaliseLicenceText, numbered in order of first use', () => {
    const corpus = spdxCorpus();
    const words = corpus.wordList;
    const firstUse = new Map<string, number>();
    for (const licence of corpus.licences) {
      const text = SPDX[licence.id]?.licenseText ?? '';
      const { tokens, titleTokens } = normaliseLicenceText(text);
      for (const token of tokens) if (!firstUse.has(token)) firstUse.set(token, firstUse.size);
      expect(Array.from(licence.tokens, (id) => words[id])).toEqual(tokens);
      expect(Array.from(licence.words)).toEqual([...new Set(licence.tokens)].sort((a, b) => a - b));
      expect(licence.terms.text).toEqual(countDistinctiveTerms([...titleTokens, ...tokens]));
      expect(licence.terms.name).toEqual(countDistinctiveTerms(normaliseLicenceText(licence.name).tokens));
    }
    expect(corpus.wordList.map((word, id) => [word, id])).toEqual([...firstUse]);
  });
});

// The normaliser as first written: each line, then each paragraph, through every pattern.
function reference(text: string): { tokens: string[]; titleTokens: string[] } {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of text.split('\n')) {
    const line = referenceLine(raw.length > 20_000 ? raw.slice(0, 20_000) : raw);
    if (line === null) continue;
    if (line === '') flush();
    else current.push(line);
  }
  flush();
  const end = paragraphs.findIndex((p) => /^\W{0,5}end of terms and conditions\W{0,5}$/.test(p));
  if (end > 0) paragraphs.length = end;
  const titles: string[] = [];
  while (paragraphs.length > 1 && titles.length < 4) {
    const first = (paragraphs[0] ?? '').trim();
    const words = first.split(/\s+/).filter((w) => /[a-z0-9]/.test(w));
    if (words.length > 14 || /[.;:,]["'”’)]?$/.test(first)) break;
    titles.push(first);
    paragraphs.shift();
  }
  const words = (ps: string[]): string[] =>
    ps.flatMap((p) => referenceSpelling(p).match(/[a-z0-9]+(?:\.[0-9]+)*/g) ?? []);
  return { tokens: words(paragraphs), titleTokens: words(titles) };
}

function referenceLine(raw: string): string | null {
  let line = raw.replace(/\r$/, '').replace(/\t/g, ' ');
  if (line.trim() === '') return '';
  if (/^ {0,3}(?:=+|-+)\s*$/.test(line) || /^ {0,3}(?:[-*_]\s*){3,}$/.test(line)) return '';
  if (/^ {0,3}\[[^[\]\n]{1,100}\]:\s/.test(line)) return '';
  line = line
    .replace(/^ {0,3}(?:>\s?){1,5}/, '')
    .replace(/^ {0,3}#{1,6}\s+/, '')
    .replace(/^\s{0,12}[-*+]\s+/, '');
  line = line
    .replace(/!?\[([^[\]\n]{0,200})\]\([^()\s]{0,500}(?:\s+"[^"\n]{0,200}")?\)/g, '$1')
    .replace(/\b(?:(?:https?|ftp):\/\/|www\.)(?:[^\s<>()"']{0,500}[^\s<>()"'.,;:!?])?/gi, ' ')
    .replace(/&(?:nbsp|amp|lt|gt|quot|#39|#x27|apos|copy);/g, ' ')
    .trim();
  const copyright = /^(?:copyright\b\s{0,3}:?\s{0,3}(?:\(c\)|©|\d{4}|<|\[|by\b|year\b)|\(c\)\s{0,3}\d{4}|©)/i;
  if (copyright.test(line) && line.length < 300) return null;
  const field =
    /^[\s_.]*$|year|yyyy|name|owner|holder|author|copyright|enter |insert |e-?mail|organi[sz]ation/i;
  return line
    .replace(/\ball rights reserved\.?/gi, ' ')
    .replace(/<[^<>\n]{1,120}>/g, ' ')
    .replace(/\[([^[\]\n]{0,120})\]/g, (_m, inner: string) => (field.test(inner) ? ' ' : ` ${inner} `))
    .toLowerCase();
}

function referenceSpelling(paragraph: string): string {
  const variants: Array<[RegExp, string]> = [
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
  let s = paragraph
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/&/g, ' and ')
    .replace(/([a-z])['’]s\b/g, '$1s')
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/[*_~]+/g, ' ');
  for (const [pattern, replacement] of variants) s = s.replace(pattern, replacement);
  return s;
}
