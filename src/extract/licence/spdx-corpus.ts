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
  indexLayout,
  compareIdPreference,
  wordCountsOf,
  wordSetKey,
  type IndexHeader,
  type IndexedLicence,
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
  readonly licences: readonly CorpusLicence[];
  readonly byId: ReadonlyMap<string, CorpusLicence>;
  /** The licences whose distinct-word count passes `fits`. */
  sized(fits: (wordCount: number) => boolean): CorpusLicence[];
  /** Every word of the corpus by id (decoded on first use). */
  readonly wordList: readonly string[];
  /** The different distinct-word counts of the licences, ascending. */
  wordCounts: Uint16Array;
  /** Licences whose distinct words are exactly these (sorted), preferred first. */
  exact(sortedDistinctWords: readonly string[]): CorpusLicence[];
}

let cached: SpdxCorpus | null = null;
let counts: Uint16Array | null = null;

/** The corpus, loaded on first use and kept for the life of the process. */
export function spdxCorpus(): SpdxCorpus {
  cached ??= loadIndex();
  return cached;
}

/**
 * The licences' distinct-word counts, from the first bytes of the index alone: a text of a
 * size no licence has (a one-line notice, a README) is told apart without loading the rest.
 */
export function spdxWordCounts(): Uint16Array {
  if (counts === null) {
    const file = cached === null ? indexFile() : null;
    counts = file === null ? spdxCorpus().wordCounts : wordCountsOf(readHead(file, 'countsEnd'));
  }
  return counts;
}

/** The ids that share `id`'s text (itself included), or just [id] when it is not an SPDX licence. */
export function sameTextIds(id: string): readonly string[] {
  return spdxCorpus().byId.get(id)?.sameText ?? [id];
}

/** The index beside the running module (the bundle), or null (a run from the sources). */
function indexFile(): string | null {
  const beside = new URL(`./${INDEX_FILE_NAME}`, import.meta.url);
  const file = beside.protocol === 'file:' ? fileURLToPath(beside) : null;
  return file !== null && fs.existsSync(file) ? file : null;
}

/** The index beside the running module, else one built from the installed package. */
function loadIndex(): SpdxCorpus {
  const file = indexFile();
  if (file === null) return readSpdxIndex(buildSpdxIndex(readSpdxFull()));
  // The prefix and header first; the vocabulary and a licence's word ids only when a text
  // needs them, each read on its own (a few KB of the 2 MB).
  return readSpdxIndex(readHead(file, 'headerEnd'), (start, end) => readRange(file, start, end));
}

/** The index file, opened on the first ranged read and kept open: a match reads several. */
let openIndex: { file: string; fd: number } | undefined;
function readRange(file: string, start: number, end: number): Buffer {
  if (openIndex?.file !== file) openIndex = { file, fd: fs.openSync(file, 'r') };
  const out = Buffer.alloc(end - start);
  fs.readSync(openIndex.fd, out, 0, out.length, start);
  return out;
}

/** The first bytes of an index file, up to the end of the part named. */
function readHead(file: string, upTo: 'countsEnd' | 'headerEnd'): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const prefix = Buffer.alloc(INDEX_FORMAT.prefixBytes);
    fs.readSync(fd, prefix, 0, prefix.length, 0);
    checkPrefix(prefix);
    const head = Buffer.alloc(Math.max(prefix.length, indexLayout(prefix)[upTo]));
    fs.readSync(fd, head, 0, head.length, 0);
    return head;
  } finally {
    fs.closeSync(fd);
  }
}

/** Throws on a file of another format or version. */
function checkPrefix(prefix: Buffer): void {
  const { magic, version, prefixBytes } = INDEX_FORMAT;
  if (
    prefix.length < prefixBytes ||
    prefix.toString('latin1', 0, 8) !== magic ||
    prefix.readUInt32LE(8) !== version
  ) {
    throw new Error(`not an SPDX licence index of format ${version}`);
  }
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

/**
 * Reads an index: `head` holds at least its prefix and header, `read(start, end)` gives any
 * other part of it (the vocabulary, a licence's word ids), each asked for once. Throws on a
 * file of another format or version.
 */
export function readSpdxIndex(
  head: Uint8Array,
  read: (start: number, end: number) => Uint8Array = (start, end) => head.subarray(start, end),
): SpdxCorpus {
  const prefix = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  checkPrefix(prefix);
  const layout = indexLayout(prefix);
  const header = JSON.parse(prefix.toString('utf8', layout.countsEnd, layout.headerEnd)) as IndexHeader;
  // Little-endian u16s, copied out: a range need not start on an even address.
  const idsAt = (at: number, count: number): Uint16Array => {
    const bytes = read(layout.idsStart + 2 * at, layout.idsStart + 2 * (at + count));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const ids = new Uint16Array(count);
    for (let i = 0; i < count; i++) ids[i] = view.getUint16(2 * i, true);
    return ids;
  };

  // Each licence is made on first use: an exact match or a few size-near candidates are all
  // most texts need of the 727.
  const entries = header.licences;
  const made: Array<CorpusLicence | undefined> = new Array<CorpusLicence | undefined>(entries.length);
  const licenceAt = (i: number): CorpusLicence => {
    const done = made[i];
    if (done !== undefined) return done;
    const [id, name, osi, deprecated, wordsAt, wordCount, tokensAt, tokenCount, , terms, sameText] = entries[
      i
    ] as IndexedLicence;
    let words: Uint16Array | undefined;
    let tokens: Uint16Array | undefined;
    const licence: CorpusLicence = {
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
      terms: candidateTerms(() => new Map(DISTINCTIVE_TERMS.map((t, k) => [t, terms[k] ?? 0])), name),
      sameText,
    };
    made[i] = licence;
    return licence;
  };
  const all = (): CorpusLicence[] => entries.map((_, i) => licenceAt(i));
  // Licences with the same word set, preferred id first.
  const bySet = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    const group = bySet.get(entry[8]);
    if (group) group.push(i);
    else bySet.set(entry[8], [i]);
  });
  const preference = (i: number) => ({ id: entries[i]?.[0] ?? '', deprecated: entries[i]?.[3] === 1 });
  for (const group of bySet.values()) group.sort((a, b) => compareIdPreference(preference(a), preference(b)));

  let wordList: string[] | undefined;
  let licences: CorpusLicence[] | undefined;
  let byId: Map<string, CorpusLicence> | undefined;
  return {
    get licences() {
      return (licences ??= all());
    },
    get byId() {
      return (byId ??= new Map(all().map((l) => [l.id, l])));
    },
    sized: (fits) => entries.flatMap((entry, i) => (fits(entry[5]) ? [licenceAt(i)] : [])),
    get wordList() {
      if (wordList === undefined) {
        const bytes = read(layout.headerEnd, layout.vocabularyEnd);
        wordList = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').split('\n');
      }
      return wordList;
    },
    wordCounts: wordCountsOf(prefix),
    exact: (words) => (bySet.get(wordSetKey(words)) ?? []).map(licenceAt),
  };
}

/**
 * A licence's term counts, each worked out on first use: only same-text groups and match
 * candidates are ever compared, and building them for all 727 licences costs some 10 ms.
 */
function candidateTerms(textCounts: () => TermCounts, name: string): CandidateTerms {
  let text: TermCounts | undefined;
  let named: TermCounts | undefined;
  return {
    get text() {
      text ??= textCounts();
      return text;
    },
    get name() {
      named ??= countDistinctiveTerms(normaliseLicenceText(name).tokens);
      return named;
    },
  };
}
