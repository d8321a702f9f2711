// Matches a normalised licence text against the SPDX corpus, licensee style: first an exact
// match of word sets, then Dice similarity of word sets with a penalty for length difference.
// A bigram check rejects shuffled or gutted texts, and the variant guard keeps CC BY-NC from
// passing for CC BY (and GPL for LGPL or AGPL).
import { spdxCorpus, type CorpusLicence, type SpdxCorpus } from './spdx-corpus.js';
import { countDistinctiveTerms, variantConflict } from './variant-guard.js';
import type { NormalisedText } from './normalise.js';

export interface SpdxMatch {
  id: string;
  /** 0..1; 1 for an exact match. */
  confidence: number;
  method: 'exact' | 'dice';
  detail: string;
  /** Ids with the very same text as `id` (itself first). */
  sameText: readonly string[];
}

/** Dice score a text must reach (after the length penalty) to count as the licence. */
export const DICE_THRESHOLD = 0.95;
/** Bigram Dice floor: the words must also come in roughly the licence's order. */
export const BIGRAM_FLOOR = 0.6;
/** Token-count difference (as a share of the longer text) tolerated before the penalty starts. */
const LENGTH_SLACK = 0.05;

interface EncodedText {
  words: Int32Array;
  tokens: Int32Array;
}

/** The SPDX licence a normalised text is, or null when none is close enough. */
export function matchSpdxText(text: NormalisedText, corpus: SpdxCorpus = spdxCorpus()): SpdxMatch | null {
  if (text.tokens.length === 0) return null;
  const distinct = [...new Set(text.tokens)].sort();
  const terms = countDistinctiveTerms([...text.titleTokens, ...text.tokens]);

  for (const licence of corpus.exact(distinct)) {
    if (variantConflict(terms, licence.terms) !== null) continue;
    return {
      id: licence.sameText[0] ?? licence.id,
      confidence: 1,
      method: 'exact',
      detail: `same words as the SPDX text of ${licence.id}${sharedNote(licence)}`,
      sameText: licence.sameText,
    };
  }

  // Only licences of about the same size can reach the threshold: most texts (a notice, a
  // README paragraph) have none, and never need the word ids.
  const a = distinct.length;
  const near = corpus.licences.filter(
    (l) => (2 * Math.min(a, l.wordCount)) / (a + l.wordCount) >= DICE_THRESHOLD,
  );
  if (near.length === 0) return null;
  const input = encode(text.tokens, corpus.vocabulary);
  const candidates: Array<{ licence: CorpusLicence; score: number; dice: number }> = [];
  for (const licence of near) {
    const dice = (2 * overlap(input.words, licence.words)) / (a + licence.wordCount);
    const score = dice * lengthFactor(input.tokens.length, licence.tokenCount);
    if (score >= DICE_THRESHOLD) candidates.push({ licence, score, dice });
  }
  candidates.sort((x, y) => y.score - x.score);

  const inputBigrams = bigrams(input.tokens);
  for (const { licence, score, dice } of candidates) {
    if (variantConflict(terms, licence.terms) !== null) continue;
    const bigramDice = setDice(inputBigrams, bigramsOf(licence));
    if (bigramDice < BIGRAM_FLOOR) continue;
    const best = licence.sameText[0] ?? licence.id;
    return {
      id: best,
      confidence: round(score),
      method: 'dice',
      detail: `Dice ${dice.toFixed(3)} (score ${score.toFixed(3)}, bigrams ${bigramDice.toFixed(3)}) against the SPDX text of ${licence.id}${sharedNote(licence)}`,
      sameText: licence.sameText,
    };
  }
  return null;
}

function sharedNote(licence: CorpusLicence): string {
  return licence.sameText.length > 1 ? ` (same text as ${licence.sameText.join(', ')})` : '';
}

/** 1 when the lengths are within the slack, falling linearly with the relative difference. */
function lengthFactor(n: number, m: number): number {
  const delta = Math.abs(n - m) / Math.max(n, m, 1);
  return Math.max(0, 1 - Math.max(0, delta - LENGTH_SLACK));
}

/** Word ids for the input; words unknown to the corpus get negative ids (they never overlap). */
function encode(tokens: readonly string[], vocabulary: ReadonlyMap<string, number>): EncodedText {
  const unknown = new Map<string, number>();
  const ids = new Int32Array(tokens.length);
  tokens.forEach((token, i) => {
    let id = vocabulary.get(token);
    if (id === undefined) {
      id = unknown.get(token);
      if (id === undefined) {
        id = -1 - unknown.size;
        unknown.set(token, id);
      }
    }
    ids[i] = id;
  });
  return { words: distinctSorted(ids), tokens: ids };
}

/** Distinct values of `tokens`, ascending. */
function distinctSorted(tokens: Int32Array): Int32Array {
  const sorted = Int32Array.from(tokens).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, n);
}

/** Size of the intersection of two ascending arrays. */
function overlap(x: Int32Array, y: Uint16Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const u = x[i] ?? 0;
    const v = y[j] ?? 0;
    if (u === v) {
      n++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return n;
}

// Bigrams are needed only for the few candidates that get this far.
const bigramCache = new WeakMap<CorpusLicence, Set<number>>();

function bigramsOf(licence: CorpusLicence): Set<number> {
  let set = bigramCache.get(licence);
  if (!set) {
    set = bigrams(licence.tokens);
    bigramCache.set(licence, set);
  }
  return set;
}

// Pairs of word ids packed into one number; ids stay far below 2^21, negatives are shifted up.
const PAIR_BASE = 2 ** 22;
function bigrams(tokens: Int32Array | Uint16Array): Set<number> {
  const set = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    set.add(((tokens[i - 1] ?? 0) + PAIR_BASE / 2) * PAIR_BASE + (tokens[i] ?? 0) + PAIR_BASE / 2);
  }
  return set;
}

function setDice(x: Set<number>, y: Set<number>): number {
  if (x.size + y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let n = 0;
  for (const v of small) if (large.has(v)) n++;
  return (2 * n) / (x.size + y.size);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
