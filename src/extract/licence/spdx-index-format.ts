// The layout of the SPDX licence index file (built by spdx-index-build.ts, read by
// spdx-corpus.ts):
//   bytes 0-7   magic "AIOCSPDX"
//   bytes 8-11  format version (u32 little-endian)
//   bytes 12-15 length of the JSON header in bytes (u32 little-endian)
//   bytes 16-19 length of the vocabulary in bytes (u32 little-endian)
//   bytes 20-23 how many different distinct-word counts the licences have (u32 little-endian)
//   then        those counts (u16 little-endian, ascending): enough to tell that a text is too
//               short or too long to match any licence, without reading further
//   then        the JSON header (IndexHeader)
//   then        the vocabulary: every word of the corpus, by id, joined by '\n' (UTF-8)
//   then        one byte of padding if needed, so the word ids start on an even offset
//   then        word ids (u16 little-endian): for each licence its distinct words, ascending,
//               then its words in text order, at the offsets its header entry gives.
// A reader needs the header alone for exact matches; the rest only for similarity.
export const INDEX_FORMAT = { magic: 'AIOCSPDX', version: 3, prefixBytes: 24 } as const;

/** The file the bundle build writes beside dist/index.mjs. */
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
  countsEnd: number;
  headerEnd: number;
  vocabularyEnd: number;
  idsStart: number;
} {
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  const countsEnd = INDEX_FORMAT.prefixBytes + 2 * view.getUint32(20, true);
  const headerEnd = countsEnd + view.getUint32(12, true);
  const vocabularyEnd = headerEnd + view.getUint32(16, true);
  return { countsEnd, headerEnd, vocabularyEnd, idsStart: vocabularyEnd + (vocabularyEnd % 2) };
}

/** The distinct-word counts section of an index: `head` holds at least the prefix and it. */
export function wordCountsOf(head: Uint8Array): Uint16Array {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const counts = new Uint16Array(view.getUint32(20, true));
  for (let i = 0; i < counts.length; i++) counts[i] = view.getUint16(INDEX_FORMAT.prefixBytes + 2 * i, true);
  return counts;
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
