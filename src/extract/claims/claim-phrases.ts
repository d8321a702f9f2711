// Finds the openness phrases in a tokenised sentence: "open source" (any spelling),
// "fully / 100% / truly open", "open weights", "open model", "open access". Each match says
// which claim kind it would be and where the words it attaches to begin.

import type { ClaimKind } from '../../types/evidence.js';
import type { Token } from './tokens.js';
import { INTENSIFIERS } from './claim-vocabulary.js';

export interface PhraseMatch {
  kind: ClaimKind;
  /** Token range of the phrase, intensifier included: [start, end). */
  start: number;
  end: number;
  /** Token where the noun phrase the words attach to starts. */
  nounFrom: number;
  /** The phrase names the AI by itself ("open weights"), so nothing needs to follow. */
  selfAttached: boolean;
  /** "open source" used as a verb may take an object with a determiner ("open-sourced the model"). */
  verbLike: boolean;
  /** "open access" attaches through "to" ("open access to the weights"). */
  accessLike: boolean;
}

const SOURCE_WORDS = new Set(['source', 'sourced', 'sourcing']);
const WEIGHT_WORDS = new Set(['weight', 'weights']);
const MODEL_STARTS = new Set([
  'model',
  'models',
  'llm',
  'llms',
  'lm',
  'lms',
  'language',
  'foundation',
  'large',
]);

const wordAt = (tokens: Token[], i: number): string => {
  const t = tokens[i];
  return t === undefined || t.punct ? '' : t.word;
};

/** All phrase matches, left to right, not overlapping. */
export function findPhrases(tokens: Token[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchAt(tokens, i);
    if (match === null) continue;
    found.push(match);
    i = match.end - 1;
  }
  return found;
}

function matchAt(tokens: Token[], i: number): PhraseMatch | null {
  const w = wordAt(tokens, i);
  const next = wordAt(tokens, i + 1);
  const from = INTENSIFIERS.has(wordAt(tokens, i - 1)) ? i - 1 : i;
  const base = { start: from, selfAttached: false, verbLike: false, accessLike: false };

  if (w === 'opensource' || w === 'opensourced') {
    return { ...base, kind: 'open-source-ai', end: i + 1, nounFrom: i + 1, verbLike: w === 'opensourced' };
  }
  if (w === 'openweight' || w === 'openweights') {
    return { ...base, kind: 'open-weights', end: i + 1, nounFrom: i + 1, selfAttached: true };
  }
  if (w !== 'open') return null;
  if (SOURCE_WORDS.has(next)) {
    return { ...base, kind: 'open-source-ai', end: i + 2, nounFrom: i + 2, verbLike: true };
  }
  if (WEIGHT_WORDS.has(next)) {
    // "open weights" and "open-weight model" only ever describe AI weights.
    return { ...base, kind: 'open-weights', end: i + 2, nounFrom: i + 2, selfAttached: true };
  }
  if (next === 'access') {
    return { ...base, kind: 'open-model', end: i + 2, nounFrom: i + 2, accessLike: true };
  }
  if (MODEL_STARTS.has(next) && from === i) {
    // Marketing wording: the noun is part of the phrase, and must itself be the AI.
    return { ...base, kind: 'open-model', end: i + 1, nounFrom: i + 1 };
  }
  if (from !== i) {
    // "fully open", "100% open", "truly open": a full-openness promise once attached to the AI.
    return { ...base, kind: 'open-source-ai', end: i + 1, nounFrom: i + 1 };
  }
  return null;
}
