// The SPDX licence texts, normalised once per process for matching. The texts are not part of
// the project: they come from the spdx-license-list package at run time (the bundle ships its
// spdx-full.json beside dist/index.js). This is the one licence module that reads a file.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { forEachToken, normaliseLicenceForm, normaliseLicenceText, tokensOf } from './normalise.js';
import {
  DISTINCTIVE_TERMS,
  countDistinctiveTerms,
  variantConflict,
  type CandidateTerms,
  type TermCounts,
} from './variant-guard.js';
import { isDeprecatedSpdxId } from '../../knowledge/licences/spdx-deprecated.js';

/** One SPDX licence, ready for comparison. */
export interface CorpusLicence {
  id: string;
  name: string;
  osiApproved: boolean;
  deprecated: boolean;
  /** Distinct word ids, ascending. */
  words: Int32Array;
  /** Word ids in text order (for bigrams and term counts). */
  tokens: Int32Array;
  /** Counts of the terms that separate sibling licences, in the text and in the name. */
  terms: CandidateTerms;
  /** Every id whose normalised text has exactly this word set, preferred id first. */
  sameText: readonly string[];
}

export interface SpdxCorpus {
  licences: readonly CorpusLicence[];
  byId: ReadonlyMap<string, CorpusLicence>;
  /** Word -> id; words the corpus never uses are not in it. */
  vocabulary: ReadonlyMap<string, number>;
  /** Licences whose word set equals `words` (ascending ids), preferred first. */
  exact(words: Int32Array): CorpusLicence[];
}

interface SpdxFullEntry {
  name?: unknown;
  osiApproved?: unknown;
  licenseText?: unknown;
}

let cached: SpdxCorpus | null = null;

/** The corpus, loaded and normalised on first use and kept for the life of the process. */
export function spdxCorpus(): SpdxCorpus {
  cached ??= buildCorpus(readSpdxFull());
  return cached;
}

/** The ids that share `id`'s text (itself included), or just [id] when it is not an SPDX licence. */
export function sameTextIds(id: string): readonly string[] {
  return spdxCorpus().byId.get(id)?.sameText ?? [id];
}

/** Prefers a current id over a deprecated alias, then the shorter, then the alphabetically first. */
export function compareIdPreference(a: CorpusLicence, b: CorpusLicence): number {
  if (a.deprecated !== b.deprecated) return a.deprecated ? 1 : -1;
  if (a.id.length !== b.id.length) return a.id.length - b.id.length;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Reads spdx-full.json beside the running module (the bundle) or from the installed package. */
function readSpdxFull(): Record<string, SpdxFullEntry> {
  const beside = new URL('./spdx-full.json', import.meta.url);
  const file =
    beside.protocol === 'file:' && fs.existsSync(fileURLToPath(beside))
      ? fileURLToPath(beside)
      : createRequire(import.meta.url).resolve('spdx-license-list/spdx-full.json');
  // Decoding the buffer apart is faster than readFileSync(file, 'utf8') (Node 20).
  return JSON.parse(fs.readFileSync(file).toString('utf8')) as Record<string, SpdxFullEntry>;
}

function buildCorpus(data: Record<string, SpdxFullEntry>): SpdxCorpus {
  const encoder = new Encoder();
  // Several ids share one text (GPL-2.0-only, GPL-2.0-or-later, GPL-2.0): encode it once.
  // Found by length first: hashing all 5 MB of text would cost more than comparing a few.
  const byLength = new Map<number, Array<[string, EncodedLicence]>>();
  const licences: CorpusLicence[] = [];
  for (const [id, entry] of Object.entries(data)) {
    const text = entry.licenseText;
    if (typeof text !== 'string' || text.trim() === '') continue;
    const sameLength = byLength.get(text.length) ?? [];
    let encoded = sameLength.find(([other]) => other === text)?.[1];
    if (!encoded) {
      encoded = encoder.encode(text);
      sameLength.push([text, encoded]);
      byLength.set(text.length, sameLength);
    }
    if (encoded.tokens.length === 0) continue;
    const name = typeof entry.name === 'string' ? entry.name : id;
    licences.push({
      id,
      name,
      osiApproved: entry.osiApproved === true,
      deprecated: isDeprecatedSpdxId(id),
      words: encoded.words,
      tokens: encoded.tokens,
      terms: candidateTerms(encoded.terms, name),
      sameText: [id],
    });
  }

  // Group licences with identical word sets ("GPL-2.0-only" and "GPL-2.0-or-later"), unless
  // their titles tell variants apart (CC-BY-1.0 and CC-BY-SA-1.0 differ only there).
  const bySet = new Map<string, CorpusLicence[]>();
  for (const licence of licences) {
    const key = setKey(licence.words);
    const group = bySet.get(key);
    if (group) group.push(licence);
    else bySet.set(key, [licence]);
  }
  for (const group of bySet.values()) {
    if (group.length === 1) continue; // never in conflict with itself
    group.sort(compareIdPreference);
    for (const licence of group) {
      licence.sameText = group
        .filter((l) => variantConflict(l.terms.text, licence.terms) === null)
        .map((l) => l.id);
    }
  }

  return {
    licences,
    byId: new Map(licences.map((l) => [l.id, l])),
    vocabulary: encoder.vocabulary,
    exact: (words) => bySet.get(setKey(words)) ?? [],
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

type EncodedLicence = Pick<CorpusLicence, 'words' | 'tokens'> & { terms: TermCounts };

/**
 * Numbers the words of licence texts in order of first use. A word of up to ten characters
 * is found by a number spelt from its characters (exact in a double), so most of the 600,000
 * words read need neither a string nor a string comparison; longer ones use the vocabulary.
 */
class Encoder {
  readonly vocabulary = new Map<string, number>();
  // Open addressing on the short words' numbers: keys[slot] (0 when free) and ids[slot].
  private keys = new Float64Array(1 << 14);
  private ids = new Int32Array(1 << 14);
  private keyed = 0;
  // lastSeen[id] is the last text that used the word: finds each text's distinct words.
  private lastSeen = new Int32Array(1 << 14);
  private texts = 0;

  encode(text: string): EncodedLicence {
    const { body, titles } = normaliseLicenceForm(text);
    const serial = ++this.texts;
    const ids = new Int32Array((body.length >> 1) + 1); // a word takes two characters at least
    const distinct: number[] = [];
    let n = 0;
    forEachToken(body, (start, end) => {
      const id = this.idOf(body, start, end);
      ids[n++] = id;
      if (this.lastSeen[id] !== serial) {
        this.lastSeen[id] = serial;
        distinct.push(id);
      }
    });
    const tokens = ids.slice(0, n);
    // The terms in the title words, then in the text's own.
    const terms = countDistinctiveTerms(tokensOf(titles));
    for (const term of DISTINCTIVE_TERMS) {
      const id = this.vocabulary.get(term);
      if (id === undefined || this.lastSeen[id] !== serial) continue;
      let count = terms.get(term) ?? 0;
      for (let i = 0; i < tokens.length; i++) if (tokens[i] === id) count++;
      terms.set(term, count);
    }
    return { words: Int32Array.from(distinct).sort(), tokens, terms };
  }

  private idOf(form: string, start: number, end: number): number {
    if (end - start > MAX_KEYED_LENGTH) return this.intern(form.slice(start, end));
    let key = 0;
    for (let i = start; i < end; i++) key = key * KEY_BASE + keyDigit(form.charCodeAt(i));
    const mask = this.keys.length - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const found = this.keys[slot];
      if (found === key) return this.ids[slot] ?? 0;
      if (found === 0) {
        const id = this.intern(form.slice(start, end));
        this.keys[slot] = key;
        this.ids[slot] = id;
        if (++this.keyed * 2 > this.keys.length) this.growKeys();
        return id;
      }
    }
  }

  private intern(word: string): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
      if (id === this.lastSeen.length) {
        const grown = new Int32Array(id * 2);
        grown.set(this.lastSeen);
        this.lastSeen = grown;
      }
    }
    return id;
  }

  private growKeys(): void {
    const { keys, ids } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    keys.forEach((key, i) => {
      if (key === 0) return;
      let slot = slotOf(key, mask);
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.ids[slot] = ids[i] ?? 0;
    });
  }
}

// Word characters (a-z, 0-9 and ".") as digits 1 to 37: ten of them stay below 2^53.
const KEY_BASE = 38;
const MAX_KEYED_LENGTH = 10;

function keyDigit(c: number): number {
  return c >= 97 ? c - 96 : c >= 48 ? c - 21 : 37;
}

function slotOf(key: number, mask: number): number {
  const h = Math.imul((key | 0) ^ ((key / 0x1_0000_0000) | 0), 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

/** A word set as a string: the bytes of its ids (cheaper than writing them out in decimal). */
function setKey(words: Int32Array): string {
  return Buffer.from(words.buffer, words.byteOffset, words.byteLength).toString('latin1');
}
