// The layout of the SPDX licence index file (built by spdx-index-build.ts, read by
// spdx-corpus.ts):
//   bytes 0-7   magic "AIOCSPDX"
//   bytes 8-11  format version (u32 little-endian)
//   bytes 12-15 length of the JSON header in bytes (u32 little-endian)
//   bytes 16-19 length of the vocabulary in bytes (u32 little-endian)
//   then        the JSON header (IndexHeader)
//   then        the vocabulary: every word of the corpus, by id, joined by '\n' (UTF-8)
//   then        one byte of padding if needed, so the word ids start on an even offset
//   then        word ids (u16 little-endian): for each licence its distinct words, ascending,
//               then its words in text order, at the offsets its header entry gives.
// A reader needs the header alone for exact matches; the rest only for similarity.
export const INDEX_FORMAT = { magic: 'AIOCSPDX', version: 2, prefixBytes: 20 } as const;

/** The file the bundle build writes beside dist/index.js. */
export const INDEX_FILE_NAME = 'spdx-index.bin';

/**
 * One licence: id, name, OSI-approved (0/1), deprecated (0/1), offset and count of its
 * distinct words, offset and count of its tokens (offsets in u16 units from the data start),
 * the key of its word set, the counts of DISTINCTIVE_TERMS in its text, and the ids with the
 * same text (itself included, preferred first).
 */
export type IndexedLicence = [
  id: string,
  name: string,
  osiApproved: 0 | 1,
  deprecated: 0 | 1,
  wordsAt: number,
  wordCount: number,
  tokensAt: number,
  tokenCount: number,
  wordSetKey: string,
  terms: number[],
  sameText: string[],
];

export interface IndexHeader {
  licences: IndexedLicence[];
}

/** Where the parts of an index file start, from its prefix. */
export function indexLayout(prefix: Uint8Array): {
  headerEnd: number;
  vocabularyEnd: number;
  idsStart: number;
} {
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  const headerEnd = INDEX_FORMAT.prefixBytes + view.getUint32(12, true);
  const vocabularyEnd = headerEnd + view.getUint32(16, true);
  return { headerEnd, vocabularyEnd, idsStart: vocabularyEnd + (vocabularyEnd % 2) };
}

/**
 * A short key for a set of distinct words (sorted): texts with the same key have the same
 * words, so an exact match needs neither the vocabulary nor the word ids. The count and two
 * independent 32-bit hashes of the words (FNV-1a with two primes): among some 700 licences a
 * chance collision is about 1 in 10^13, and loading node:crypto would cost more than hashing.
 */
export function wordSetKey(sortedDistinctWords: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const word of sortedDistinctWords) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x050c5d1f);
    }
    a = Math.imul(a ^ 32, 0x01000193); // the separator: "ab c" is not "a bc"
    b = Math.imul(b ^ 32, 0x050c5d1f);
  }
  return `${sortedDistinctWords.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** Prefers a current id over a deprecated alias, then the shorter, then the alphabetically first. */
export function compareIdPreference(
  a: { id: string; deprecated: boolean },
  b: { id: string; deprecated: boolean },
): number {
  if (a.deprecated !== b.deprecated) return a.deprecated ? 1 : -1;
  if (a.id.length !== b.id.length) return a.id.length - b.id.length;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
