// The SPDX licence texts, ready for matching: the index the bundle build wrote (see
// spdx-index-format.ts), or, from the sources, one built in memory from spdx-license-list.
// Loading costs a file read and one small JSON parse; the vocabulary and the word ids are
// decoded only when a text needs the similarity matcher. This is the one licence module
// that reads a file.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildSpdxIndex, type SpdxFullEntry } from './spdx-index-build.js';
import {
  INDEX_FILE_NAME,
  INDEX_FORMAT,
  compareIdPreference,
  wordSetKey,
  type IndexHeader,
} from './spdx-index-format.js';
import {
  DISTINCTIVE_TERMS,
  countDistinctiveTerms,
  type CandidateTerms,
  type TermCounts,
} from './variant-guard.js';
import { normaliseLicenceText } from './normalise.js';

/** One SPDX licence, ready for comparison. */
export interface CorpusLicence {
  id: string;
  name: string;
  osiApproved: boolean;
  deprecated: boolean;
  /** How many distinct words and how many words its text has. */
  wordCount: number;
  tokenCount: number;
  /** Distinct word ids, ascending (decoded on first use). */
  readonly words: Uint16Array;
  /** Word ids in text order (for bigrams and term counts; decoded on first use). */
  readonly tokens: Uint16Array;
  /** Counts of the terms that separate sibling licences, in the text and in the name. */
  terms: CandidateTerms;
  /** Every id whose normalised text has exactly this word set, preferred id first. */
  sameText: readonly string[];
}

export interface SpdxCorpus {
  licences: readonly CorpusLicence[];
  byId: ReadonlyMap<string, CorpusLicence>;
  /** Word -> id; words the corpus never uses are not in it (decoded on first use). */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Licences whose distinct words are exactly these (sorted), preferred first. */
  exact(sortedDistinctWords: readonly string[]): CorpusLicence[];
}

let cached: SpdxCorpus | null = null;

/** The corpus, loaded on first use and kept for the life of the process. */
export function spdxCorpus(): SpdxCorpus {
  cached ??= readSpdxIndex(indexBytes());
  return cached;
}

/** The ids that share `id`'s text (itself included), or just [id] when it is not an SPDX licence. */
export function sameTextIds(id: string): readonly string[] {
  return spdxCorpus().byId.get(id)?.sameText ?? [id];
}

/** The index beside the running module (the bundle), else one built from the installed package. */
function indexBytes(): Uint8Array {
  const beside = new URL(`./${INDEX_FILE_NAME}`, import.meta.url);
  if (beside.protocol === 'file:' && fs.existsSync(fileURLToPath(beside))) {
    return fs.readFileSync(fileURLToPath(beside));
  }
  return buildSpdxIndex(readSpdxFull());
}

/** spdx-full.json beside the running module (a test bundle), else from the installed package. */
function readSpdxFull(): Record<string, SpdxFullEntry> {
  const beside = new URL('./spdx-full.json', import.meta.url);
  const file =
    beside.protocol === 'file:' && fs.existsSync(fileURLToPath(beside))
      ? fileURLToPath(beside)
      : createRequire(import.meta.url).resolve('spdx-license-list/spdx-full.json');
  // Decoding the buffer apart is faster than readFileSync(file, 'utf8') (Node 20).
  return JSON.parse(fs.readFileSync(file).toString('utf8')) as Record<string, SpdxFullEntry>;
}

/** Reads an index file; throws on one of another format or version. */
export function readSpdxIndex(bytes: Uint8Array): SpdxCorpus {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { magic, version, prefixBytes } = INDEX_FORMAT;
  if (
    file.length < prefixBytes ||
    file.toString('latin1', 0, 8) !== magic ||
    file.readUInt32LE(8) !== version
  ) {
    throw new Error(`not an SPDX licence index of format ${version}`);
  }
  const headerEnd = prefixBytes + file.readUInt32LE(12);
  const header = JSON.parse(file.toString('utf8', prefixBytes, headerEnd)) as IndexHeader;
  const dataStart = headerEnd + (headerEnd % 2);
  let ids: Uint16Array | null = null;
  // A view in place when the file's bytes start on an even address, else one copy.
  const idsAt = (at: number, count: number): Uint16Array => {
    ids ??=
      (file.byteOffset + dataStart) % 2 === 0
        ? new Uint16Array(file.buffer, file.byteOffset + dataStart, (file.length - dataStart) >> 1)
        : new Uint16Array(Uint8Array.from(file.subarray(dataStart)).buffer);
    return ids.subarray(at, at + count);
  };

  const licences = header.licences.map(
    ([
      id,
      name,
      osi,
      deprecated,
      wordsAt,
      wordCount,
      tokensAt,
      tokenCount,
      ,
      terms,
      sameText,
    ]): CorpusLicence => {
      let words: Uint16Array | undefined;
      let tokens: Uint16Array | undefined;
      return {
        id,
        name,
        osiApproved: osi === 1,
        deprecated: deprecated === 1,
        wordCount,
        tokenCount,
        get words() {
          return (words ??= idsAt(wordsAt, wordCount));
        },
        get tokens() {
          return (tokens ??= idsAt(tokensAt, tokenCount));
        },
        terms: candidateTerms(new Map(DISTINCTIVE_TERMS.map((t, i) => [t, terms[i] ?? 0])), name),
        sameText,
      };
    },
  );
  const bySet = new Map<string, CorpusLicence[]>();
  header.licences.forEach((entry, i) => {
    const licence = licences[i] as CorpusLicence;
    const group = bySet.get(entry[8]);
    if (group) group.push(licence);
    else bySet.set(entry[8], [licence]);
  });
  for (const group of bySet.values()) group.sort(compareIdPreference);

  let vocabulary: Map<string, number> | undefined;
  return {
    licences,
    byId: new Map(licences.map((l) => [l.id, l])),
    get vocabulary() {
      vocabulary ??= new Map(header.vocabulary.split('\n').map((word, id) => [word, id]));
      return vocabulary;
    },
    exact: (words) => bySet.get(wordSetKey(words)) ?? [],
  };
}

/**
 * A licence's term counts, those of its name worked out on first use: only same-text groups
 * and match candidates are ever compared, and normalising all 727 names costs some 10 ms.
 */
function candidateTerms(text: TermCounts, name: string): CandidateTerms {
  let named: TermCounts | undefined;
  return {
    text,
    get name() {
      named ??= countDistinctiveTerms(normaliseLicenceText(name).tokens);
      return named;
    },
  };
}
