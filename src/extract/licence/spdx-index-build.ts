// Builds the SPDX licence index from the texts of spdx-license-list: every text normalised,
// its words numbered, sibling texts grouped, all written into one compact file. The bundle
// build runs this once (scripts/licence-index.mjs) so a scan only loads the result; a run
// from the sources (the tests) builds it in memory on first use.
import { Buffer } from 'node:buffer';
import { forEachToken, normaliseLicenceForm, normaliseLicenceText, tokensOf } from './normalise.js';
import {
  DISTINCTIVE_TERMS,
  countDistinctiveTerms,
  variantConflict,
  type TermCounts,
} from './variant-guard.js';
import {
  INDEX_FORMAT,
  indexLayout,
  compareIdPreference,
  wordSetKey,
  type IndexHeader,
  type IndexedLicence,
} from './spdx-index-format.js';
import { isDeprecatedSpdxId } from '../../knowledge/licences/spdx-deprecated.js';

export interface SpdxFullEntry {
  name?: unknown;
  osiApproved?: unknown;
  licenseText?: unknown;
}

interface BuiltLicence extends EncodedLicence {
  id: string;
  name: string;
  deprecated: boolean;
  osiApproved: boolean;
  nameTerms?: TermCounts;
  sameText: string[];
}

/** The index file for spdx-full.json's entries (see spdx-index-format.ts for its layout). */
export function buildSpdxIndex(data: Record<string, SpdxFullEntry>): Uint8Array {
  const encoder = new Encoder();
  // Several ids share one text (GPL-2.0-only, GPL-2.0-or-later, GPL-2.0): encode it once.
  // Found by length first: hashing all 5 MB of text would cost more than comparing a few.
  const byLength = new Map<number, Array<[string, EncodedLicence]>>();
  const licences: BuiltLicence[] = [];
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
    licences.push({
      id,
      name: typeof entry.name === 'string' ? entry.name : id,
      osiApproved: entry.osiApproved === true,
      deprecated: isDeprecatedSpdxId(id),
      ...encoded,
      sameText: [id],
    });
  }
  const vocabulary = [...encoder.vocabulary.keys()];
  if (vocabulary.length > 0xffff)
    throw new Error(`SPDX vocabulary of ${vocabulary.length} words does not fit 16 bits`);

  // Group licences with identical word sets ("GPL-2.0-only" and "GPL-2.0-or-later"), unless
  // their titles tell variants apart (CC-BY-1.0 and CC-BY-SA-1.0 differ only there).
  const bySet = new Map<string, BuiltLicence[]>();
  for (const licence of licences) {
    const key = setKey(licence.words);
    const group = bySet.get(key);
    if (group) group.push(licence);
    else bySet.set(key, [licence]);
  }
  const nameTerms = (l: BuiltLicence): TermCounts =>
    (l.nameTerms ??= countDistinctiveTerms(normaliseLicenceText(l.name).tokens));
  for (const group of bySet.values()) {
    if (group.length === 1) continue; // never in conflict with itself
    group.sort(compareIdPreference);
    for (const licence of group) {
      const terms = { text: licence.terms, name: nameTerms(licence) };
      licence.sameText = group.filter((l) => variantConflict(l.terms, terms) === null).map((l) => l.id);
    }
  }
  return serialise(vocabulary, licences);
}

function serialise(vocabulary: readonly string[], licences: readonly BuiltLicence[]): Uint8Array {
  let offset = 0;
  const indexed: IndexedLicence[] = licences.map((l) => {
    const entry: IndexedLicence = [
      l.id,
      l.name,
      l.osiApproved ? 1 : 0,
      l.deprecated ? 1 : 0,
      offset,
      l.words.length,
      offset + l.words.length,
      l.tokens.length,
      wordSetKey(Array.from(l.words, (id) => vocabulary[id] ?? '').sort()),
      DISTINCTIVE_TERMS.map((t) => l.terms.get(t) ?? 0),
      l.sameText,
    ];
    offset += l.words.length + l.tokens.length;
    return entry;
  });
  const json = Buffer.from(JSON.stringify({ licences: indexed } satisfies IndexHeader), 'utf8');
  const words = Buffer.from(vocabulary.join('\n'), 'utf8');
  const counts = [...new Set(licences.map((l) => l.words.length))].sort((a, b) => a - b);
  if ((counts[counts.length - 1] ?? 0) > 0xffff)
    throw new Error('an SPDX text with over 65535 distinct words');
  const prefix = Buffer.alloc(INDEX_FORMAT.prefixBytes);
  prefix.write(INDEX_FORMAT.magic, 0, 'latin1');
  prefix.writeUInt32LE(INDEX_FORMAT.version, 8);
  prefix.writeUInt32LE(json.length, 12);
  prefix.writeUInt32LE(words.length, 16);
  prefix.writeUInt32LE(counts.length, 20);
  const { countsEnd, headerEnd, idsStart } = indexLayout(prefix);
  const out = Buffer.alloc(idsStart + offset * 2);
  prefix.copy(out, 0);
  counts.forEach((n, i) => out.writeUInt16LE(n, INDEX_FORMAT.prefixBytes + 2 * i));
  json.copy(out, countsEnd);
  words.copy(out, headerEnd);
  const ids = new Uint16Array(out.buffer, out.byteOffset + idsStart, offset);
  licences.forEach((l, i) => {
    const start = indexed[i]?.[4] ?? 0;
    ids.set(l.words, start);
    ids.set(l.tokens, start + l.words.length);
  });
  return out;
}

interface EncodedLicence {
  /** Distinct word ids, ascending. */
  words: Int32Array;
  /** Word ids in text order. */
  tokens: Int32Array;
  /** Distinctive terms (variant-guard.ts) in the text, title included. */
  terms: TermCounts;
}

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
