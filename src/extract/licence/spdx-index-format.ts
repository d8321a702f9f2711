// The layout of the SPDX licence index file (built by spdx-index-build.ts, read by
// spdx-corpus.ts):
//   bytes 0-7   magic "AIOCSPDX"
//   bytes 8-11  format version (u32 little-endian)
//   bytes 12-15 length of the JSON header in bytes (u32 little-endian)
//   then        the JSON header (IndexHeader), padded to an even length
//   then        word ids (u16 little-endian): for each licence its distinct words, ascending,
//               then its words in text order, at the offsets its header entry gives.
import { createHash } from 'node:crypto';

export const INDEX_FORMAT = { magic: 'AIOCSPDX', version: 1, prefixBytes: 16 } as const;

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
  /** Every word of the corpus, by id, joined by '\n'. */
  vocabulary: string;
  licences: IndexedLicence[];
}

/**
 * A fixed-size key for a set of distinct words (sorted): texts with the same key have the
 * same words, so an exact match needs neither the vocabulary nor the word ids.
 */
export function wordSetKey(sortedDistinctWords: readonly string[]): string {
  return createHash('sha256').update(sortedDistinctWords.join(' ')).digest('base64');
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
