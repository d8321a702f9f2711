import { describe, expect, test } from '@jest/globals';
import { Buffer } from 'node:buffer';
import { matchSpdxText } from '../src/extract/licence/dice-matcher.js';
import { normaliseLicenceText } from '../src/extract/licence/normalise.js';
import { readSpdxIndex, spdxCorpus, type SpdxCorpus } from '../src/extract/licence/spdx-corpus.js';
import { buildSpdxIndex } from '../src/extract/licence/spdx-index-build.js';
import { INDEX_FORMAT, indexLayout, wordCountsOf } from '../src/extract/licence/spdx-index-format.js';
import { SPDX, licenceFileFor } from './helpers/spdx-fill.js';

// The index the bundle build writes: built once from the SPDX texts, loaded by a scan, and
// read only as far as a text needs.
const built = Buffer.from(buildSpdxIndex(SPDX));

/** The index's prefix and header alone, as a scan first reads it; any other part must be asked for. */
function headOnly(index: Buffer, onRange: (start: number, end: number) => Uint8Array) {
  return readSpdxIndex(index.subarray(0, indexLayout(index).headerEnd), onRange);
}

const OSI_IDS = Object.keys(SPDX).filter((id) => SPDX[id]?.osiApproved === true);
const matchWith = (corpus: SpdxCorpus, id: string) =>
  matchSpdxText(normaliseLicenceText(licenceFileFor(id)), corpus);

describe('the SPDX licence index', () => {
  test('builds the same bytes every time (the committed dist/ copy can be checked)', () => {
    expect(Buffer.from(buildSpdxIndex(SPDX)).equals(built)).toBe(true);
  });

  test('reads back every licence the texts hold, with its words in text order', () => {
    const corpus = readSpdxIndex(built);
    const words = corpus.wordList;
    const mit = corpus.byId.get('MIT');
    expect(mit?.osiApproved).toBe(true);
    expect(Array.from(mit?.tokens ?? [], (id) => words[id])).toEqual(
      normaliseLicenceText(SPDX.MIT?.licenseText ?? '').tokens,
    );
    expect(mit?.wordCount).toBe(mit?.words.length);
    expect(corpus.byId.get('GPL-2.0')?.deprecated).toBe(true);
    expect(corpus.licences.map((l) => l.id)).toEqual(spdxCorpus().licences.map((l) => l.id));
  });

  test('an exact match and a short notice read the header alone; a similar text reads a few parts, once', () => {
    const methods = OSI_IDS.map((id) => ({ id, match: matchWith(readSpdxIndex(built), id) }));
    const exact = methods.find((m) => m.match?.method === 'exact');
    const dice = methods.find((m) => m.match?.method === 'dice');
    expect(exact && dice).toBeTruthy();

    const refuse = (): Uint8Array => {
      throw new Error('read the rest');
    };
    const layout = indexLayout(built);
    expect(matchWith(headOnly(built, refuse), exact?.id ?? '')).toEqual(exact?.match);
    const notice = 'Licensed under the Apache License, Version 2.0. See the NOTICE file for details.';
    expect(matchSpdxText(normaliseLicenceText(notice), headOnly(built, refuse))).toBeNull();
    expect(() => matchWith(headOnly(built, refuse), dice?.id ?? '')).toThrow('read the rest');

    const ranges: Array<[number, number]> = [];
    const corpus = headOnly(built, (start, end) => (ranges.push([start, end]), built.subarray(start, end)));
    expect(matchWith(corpus, dice?.id ?? '')).toEqual(dice?.match);
    const first = ranges.length;
    expect(matchWith(corpus, dice?.id ?? '')).toEqual(dice?.match);
    // The vocabulary and the candidates' word ids, each once: a small part of the file.
    expect(ranges.length).toBe(first);
    expect(ranges).toContainEqual([layout.headerEnd, layout.vocabularyEnd]);
    const bytes = ranges.reduce((n, [start, end]) => n + end - start, 0);
    expect(bytes).toBeLessThan(built.length / 4);
  });

  test("its first bytes give the licences' sizes, and a text of a size none has is no match", () => {
    const corpus = readSpdxIndex(built);
    const sizes = [...new Set(corpus.licences.map((l) => l.wordCount))].sort((a, b) => a - b);
    const head = built.subarray(0, indexLayout(built).countsEnd);
    expect(Array.from(wordCountsOf(head))).toEqual(sizes);
    expect(Array.from(corpus.wordCounts)).toEqual(sizes);

    // A corpus that never had a licence of MIT's size cannot match MIT, not even exactly.
    const mitSize = corpus.byId.get('MIT')?.wordCount ?? 0;
    const without = {
      ...corpus,
      wordCounts: Uint16Array.from(sizes.filter((n) => Math.abs(n - mitSize) > mitSize / 5)),
    };
    expect(matchWith(corpus, 'MIT')?.id).toBe('MIT');
    expect(matchWith(without, 'MIT')).toBeNull();
  });

  test('refuses a file of another format or version', () => {
    expect(() => readSpdxIndex(Buffer.from('not an index at all'))).toThrow(/not an SPDX licence index/);
    const other = Buffer.from(built);
    other.writeUInt32LE(INDEX_FORMAT.version + 1, 8);
    expect(() => readSpdxIndex(other)).toThrow(/format/);
  });
});
