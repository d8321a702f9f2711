import { describe, expect, test } from '@jest/globals';
import { Buffer } from 'node:buffer';
import { matchSpdxText } from '../src/extract/licence/dice-matcher.js';
import { normaliseLicenceText } from '../src/extract/licence/normalise.js';
import { readSpdxIndex, spdxCorpus } from '../src/extract/licence/spdx-corpus.js';
import { buildSpdxIndex } from '../src/extract/licence/spdx-index-build.js';
import { INDEX_FORMAT } from '../src/extract/licence/spdx-index-format.js';
import { SPDX, licenceFileFor } from './helpers/spdx-fill.js';

// The index the bundle build writes: built once from the SPDX texts, loaded by a scan, and
// read only as far as a text needs.
const built = Buffer.from(buildSpdxIndex(SPDX));

/** The same index with every word id overwritten: only a reader that never decodes them still works. */
function withoutWordIds(index: Buffer): Buffer {
  const copy = Buffer.from(index);
  const dataStart = INDEX_FORMAT.prefixBytes + copy.readUInt32LE(12);
  copy.fill(0xff, dataStart + (dataStart % 2));
  return copy;
}

const OSI_IDS = Object.keys(SPDX).filter((id) => SPDX[id]?.osiApproved === true);
const matchWith = (index: Buffer, id: string) =>
  matchSpdxText(normaliseLicenceText(licenceFileFor(id)), readSpdxIndex(index));

describe('the SPDX licence index', () => {
  test('builds the same bytes every time (the committed dist/ copy can be checked)', () => {
    expect(Buffer.from(buildSpdxIndex(SPDX)).equals(built)).toBe(true);
  });

  test('reads back every licence the texts hold, with its words in text order', () => {
    const corpus = readSpdxIndex(built);
    const words: string[] = [];
    corpus.vocabulary.forEach((id, word) => (words[id] = word));
    const mit = corpus.byId.get('MIT');
    expect(mit?.osiApproved).toBe(true);
    expect(Array.from(mit?.tokens ?? [], (id) => words[id])).toEqual(
      normaliseLicenceText(SPDX.MIT?.licenseText ?? '').tokens,
    );
    expect(mit?.wordCount).toBe(mit?.words.length);
    expect(corpus.byId.get('GPL-2.0')?.deprecated).toBe(true);
    expect(corpus.licences.map((l) => l.id)).toEqual(spdxCorpus().licences.map((l) => l.id));
  });

  test('an exact match and a short notice never decode the word ids; a similar text does', () => {
    const gutted = withoutWordIds(built);
    const methods = OSI_IDS.map((id) => ({ id, match: matchWith(built, id) }));
    const exact = methods.find((m) => m.match?.method === 'exact');
    const dice = methods.find((m) => m.match?.method === 'dice');
    expect(exact && dice).toBeTruthy();

    expect(matchWith(gutted, exact?.id ?? '')).toEqual(exact?.match);
    const notice = 'Licensed under the Apache License, Version 2.0. See the NOTICE file for details.';
    expect(matchSpdxText(normaliseLicenceText(notice), readSpdxIndex(gutted))).toBeNull();
    // The similarity matcher reads the ids: with them gone, the near-copy is no longer found.
    expect(matchWith(built, dice?.id ?? '')?.id).toBe(dice?.match?.id);
    expect(matchWith(gutted, dice?.id ?? '')).toBeNull();
  });

  test('refuses a file of another format or version', () => {
    expect(() => readSpdxIndex(Buffer.from('not an index at all'))).toThrow(/not an SPDX licence index/);
    const other = Buffer.from(built);
    other.writeUInt32LE(INDEX_FORMAT.version + 1, 8);
    expect(() => readSpdxIndex(other)).toThrow(/format/);
  });
});
