// Matches a normalised licence text against the SPDX corpus, licensee style: first an exact
// match of word sets, then Dice similarity of word sets with a penalty for length difference.
// A bigram check rejects shuffled or gutted texts, and the variant guard keeps CC BY-NC from
// passing for CC BY (and GPL for LGPL or AGPL).
import { spdxCorpus, spdxWordCounts, type CorpusLicence, type SpdxCorpus } from './spdx-corpus.js';
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

/** Whether texts of these distinct-word counts can reach the Dice threshold at all. */
const closeInSize = (a: number, b: number): boolean => (2 * Math.min(a, b)) / (a + b) >= DICE_THRESHOLD;

/** The SPDX licence a normalised text is, or null when none is close enough. */
export function matchSpdxText(text: NormalisedText, given?: SpdxCorpus): SpdxMatch | null {
  if (text.tokens.length === 0) return null;
  const distinct = [...new Set(text.tokens)].sort();
  const a = distinct.length;
  // Most texts (a notice, a README paragraph) are of a size no licence has: then neither the
  // corpus nor the word ids are ever loaded.
  if (!(given?.wordCounts ?? spdxWordCounts()).some((n) => closeInSize(a, n))) return null;
  const corpus = given ?? spdxCorpus();
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

  // Only licences of about the same size can reach the threshold.
  const near = corpus.sized((n) => closeInSize(a, n));
  if (near.length === 0) return null;
  // Compared as words: a few candidates' words cost less to spell than numbering the input.
  const words = corpus.wordList;
  const inputWords = new Set(distinct);
  const candidates: Array<{ licence: CorpusLicence; score: number; dice: number }> = [];
  for (const licence of near) {
    let shared = 0;
    for (const id of licence.words) if (inputWords.has(words[id] as string)) shared++;
    const dice = (2 * shared) / (a + licence.wordCount);
    const score = dice * lengthFactor(text.tokens.length, licence.tokenCount);
    if (score >= DICE_THRESHOLD) candidates.push({ licence, score, dice });
  }
  candidates.sort((x, y) => y.score - x.score);
  if (candidates.length === 0) return null;

  const inputBigrams = bigrams(text.tokens);
  for (const { licence, score, dice } of candidates) {
    if (variantConflict(terms, licence.terms) !== null) continue;
    const bigramDice = setDice(inputBigrams, bigramsOf(licence, words));
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

// Bigrams are needed only for the few candidates that get this far.
const bigramCache = new WeakMap<CorpusLicence, Set<string>>();

function bigramsOf(licence: CorpusLicence, words: readonly string[]): Set<string> {
  let set = bigramCache.get(licence);
  if (!set) {
    set = bigrams(Array.from(licence.tokens, (id) => words[id] as string));
    bigramCache.set(licence, set);
  }
  return set;
}

/** Pairs of adjacent words ("a b"; words hold no spaces). */
function bigrams(tokens: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 1; i < tokens.length; i++) set.add(`${tokens[i - 1]} ${tokens[i]}`);
  return set;
}

function setDice(x: Set<string>, y: Set<string>): number {
  if (x.size + y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let n = 0;
  for (const v of small) if (large.has(v)) n++;
  return (2 * n) / (x.size + y.size);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
