// Finds the openness phrases in a tokenised sentence: "open source" (any spelling),
// "fully / 100% / truly open", "open weights", "open model", "open access". Each match says
// which claim kind it would be and where the words it attaches to begin.

import type { ClaimKind } from '../../types/evidence.js';
import type { Token } from './tokens.js';
import { INTENSIFIERS } from './claim-vocabulary.js';
import { anyOf } from '../../util/regexp.js';

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

type MatchFlags = Partial<Pick<PhraseMatch, 'selfAttached' | 'verbLike' | 'accessLike'>>;

const SOURCE_WORDS = new Set(['source', 'sourced', 'sourcing']);
const WEIGHT_WORDS = new Set(['weight', 'weights']);
const ACCESS = 'access';
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

/**
 * A cheap test that `text` may hold a phrase, so that most sentences are never tokenised.
 * Built from the words matchAt looks for, it is never stricter: a phrase is a token "open"
 * (or "opensource", "openweights", ... which read as "open" plus the next word) followed by
 * a source, weight, access or model word, or preceded by an intensifier. Tokens are
 * lower-cased, and with /iu every character that lower-cases to a letter of these words
 * matches it. Between two neighbouring tokens lie only characters that cannot be in a token
 * (tokens.ts); GAP allows those and more, which only lets more text through.
 * Linear time: each "open" is found first, and the look-behind walks back only over the gap
 * before it, which no other "open" shares.
 */
const GAP = "[^a-z0-9%'’+_]*";
const PHRASE_CANDIDATE = new RegExp(
  `open(?:${GAP}(?:${anyOf([...SOURCE_WORDS, ...WEIGHT_WORDS, ACCESS, ...MODEL_STARTS])})` +
    `|(?<=(?:${anyOf(INTENSIFIERS)})${GAP}open))`,
  'iu',
);

export function mayHoldPhrase(text: string): boolean {
  return PHRASE_CANDIDATE.test(text);
}

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
  if (!w.startsWith('open')) return null; // every phrase below starts with it
  const next = wordAt(tokens, i + 1);
  const from = INTENSIFIERS.has(wordAt(tokens, i - 1)) ? i - 1 : i;
  // Every match built with one object shape: spreading a shared base object is slow.
  const match = (kind: ClaimKind, end: number, flags: MatchFlags = {}): PhraseMatch => ({
    kind,
    start: from,
    end,
    nounFrom: end,
    selfAttached: flags.selfAttached === true,
    verbLike: flags.verbLike === true,
    accessLike: flags.accessLike === true,
  });

  if (w === 'opensource' || w === 'opensourced') {
    return match('open-source-ai', i + 1, { verbLike: w === 'opensourced' });
  }
  if (w === 'openweight' || w === 'openweights') {
    return match('open-weights', i + 1, { selfAttached: true });
  }
  if (w !== 'open') return null;
  if (SOURCE_WORDS.has(next)) {
    return match('open-source-ai', i + 2, { verbLike: true });
  }
  if (WEIGHT_WORDS.has(next)) {
    // "open weights" and "open-weight model" only ever describe AI weights.
    return match('open-weights', i + 2, { selfAttached: true });
  }
  if (next === ACCESS) {
    return match('open-model', i + 2, { accessLike: true });
  }
  if (MODEL_STARTS.has(next) && from === i) {
    // Marketing wording: the noun is part of the phrase, and must itself be the AI.
    return match('open-model', i + 1);
  }
  if (from !== i) {
    // "fully open", "100% open", "truly open": a full-openness promise once attached to the AI.
    return match('open-source-ai', i + 1);
  }
  return null;
}
