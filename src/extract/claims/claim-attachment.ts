// What an openness phrase is about. Two shapes are understood:
//   attributive  "an open-source language model", "open-source code and weights"
//   predicative  "the model weights are fully open source", "we release the data as open source"
// In both, the head noun decides: an AI noun attaches; a project-wide noun ("project",
// "everything", "it") attaches only when the sentence is about AI; anything else does not.

import type { Token } from './tokens.js';
import {
  AI_CONTEXT_PAIRS,
  AI_CONTEXT_WORDS,
  AI_NOUNS,
  CONJUNCTIONS,
  COPULAS,
  NON_AI_CONTINUATIONS,
  NON_AI_MODEL_MODIFIERS,
  PHRASE_STOPS,
  PREDICATE_FILLERS,
  SYSTEM_NOUNS,
} from './claim-vocabulary.js';

/** Longest noun phrase (in words) looked at on either side of the phrase. */
const MAX_PHRASE_WORDS = 5;
const MAX_CONJUNCTS = 4;
const LEADING_DETERMINERS = new Set(['the', 'our', 'its', 'all', 'a', 'an', 'this', 'these', 'their', 'my']);

export interface Head {
  word: string;
  index: number;
  /** The word right before the head inside its phrase ("data" in "data model"). */
  modifier: string;
}

export interface NounPhrase {
  /** Head noun of each conjunct, in order ("code and weights" -> code, weights). */
  heads: Head[];
  /** True when at least one word followed the phrase inside the noun phrase. */
  nonEmpty: boolean;
  /** A determiner was skipped at the start ("open-sourced the model"). */
  skippedDeterminer: boolean;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && !t.punct;

/** The noun phrase that starts at `from`, split into conjuncts ("models, code and data"). */
/** Two words joined by a hyphen, as "text-to" in "text-to-image". */
function isJoined(a: Token | undefined, b: Token | undefined): boolean {
  return a?.hyphenated === true && b !== undefined && !b.punct && a.end + 1 === b.start;
}

export function nounPhraseAfter(tokens: Token[], from: number, allowDeterminer: boolean): NounPhrase {
  let j = from;
  let skippedDeterminer = false;
  if (allowDeterminer && isWord(tokens[j]) && LEADING_DETERMINERS.has(tokens[j]!.word)) {
    j++;
    skippedDeterminer = true;
  }
  const heads: NounPhrase['heads'] = [];
  let words = 0;
  let last: Head | null = null;
  let previous = '';
  const close = (): void => {
    if (last !== null) heads.push(last);
    last = null;
    previous = '';
    words = 0;
  };
  for (; j < tokens.length && heads.length < MAX_CONJUNCTS; j++) {
    const t = tokens[j]!;
    const joinsAnother = t.word === ',' || CONJUNCTIONS.has(t.word);
    if (joinsAnother) {
      if (last === null) break; // a conjunction right after the phrase: nothing attached
      close();
      continue;
    }
    // A stop word inside a hyphenated compound ("text-to-image model") is part of it.
    const inCompound = isJoined(tokens[j - 1], t) && isJoined(t, tokens[j + 1]);
    if (t.punct || (PHRASE_STOPS.has(t.word) && !inCompound) || words >= MAX_PHRASE_WORDS) break;
    last = { word: t.word, index: j, modifier: previous };
    previous = t.word;
    words++;
    if (AI_NOUNS.has(t.word) && aiNounIsHead(t.word, tokens[j + 1])) {
      // The AI noun ends this conjunct ("open-source LLMs power ..."); go on only to a next conjunct.
      close();
      const after = tokens[j + 1];
      if (after === undefined || !(after.word === ',' || CONJUNCTIONS.has(after.word))) break;
    }
  }
  close();
  return { heads, nonEmpty: heads.length > 0, skippedDeterminer };
}

/** Past forms that do not end in -ed, so "an open model built by us" reads "built" as a verb. */
const IRREGULAR_PARTICIPLES = new Set([
  'built',
  'made',
  'written',
  'known',
  'run',
  'taken',
  'given',
  'done',
  'grown',
]);

/** A verb form after the noun ("open-source LLM achieves / trained / built ..."), not a noun. */
function looksLikeVerb(word: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(word) || word.endsWith('ed')) return true;
  return word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is');
}

/**
 * Whether an AI noun ends its noun phrase. It does not when a compound word follows
 * ("open-source LLM framework") or, after a singular noun, any word that does not look like
 * a verb ("open-source AI company"): precision first, so an unknown noun wins, unless it is
 * written as a name.
 */
function aiNounIsHead(word: string, next: Token | undefined): boolean {
  if (!isWord(next) || PHRASE_STOPS.has(next.word) || CONJUNCTIONS.has(next.word)) return true;
  // A name in apposition: "the open-source model CogVideoX" is a model, named.
  if (next.named) return true;
  if (NON_AI_CONTINUATIONS.has(next.word) || AI_NOUNS.has(next.word)) return false;
  const plural = word.endsWith('s');
  return plural || looksLikeVerb(next.word);
}

/**
 * The subject of a predicative phrase: walking back from the phrase over fillers, a copula
 * or "as" must come first ("are [fully] open source", "released as open source"), then the
 * noun phrase before it. Null when the phrase is not predicative.
 */
export function subjectBefore(tokens: Token[], phraseStart: number): NounPhrase | null {
  let j = phraseStart - 1;
  let linked = false;
  let contractedSubject: string | null = null;
  for (; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.punct) break;
    if (COPULAS.has(t.word) || t.word === 'as') linked = true;
    else if (t.word.endsWith("'s") || t.word.endsWith("'re")) {
      // "it's open source", "they're open-sourced": subject and copula in one token.
      linked = true;
      contractedSubject = t.word.slice(0, t.word.lastIndexOf("'"));
      j--;
      break;
    } else if (!PREDICATE_FILLERS.has(t.word) && !isNegation(t.word)) break;
  }
  if (!linked) return null;
  if (contractedSubject !== null) {
    const head = { word: contractedSubject, index: j + 1, modifier: '' };
    return { heads: [head], nonEmpty: true, skippedDeterminer: false };
  }
  // Skip a parenthesis right before the copula: "the model (FooLM-7B) is open source".
  if (tokens[j]?.word === ')') {
    while (j >= 0 && tokens[j]!.word !== '(') j--;
    j--;
  }
  const heads: NounPhrase['heads'] = [];
  let inConjunct = false;
  let words = 0;
  for (; j >= 0 && words < MAX_PHRASE_WORDS * 2; j--) {
    const t = tokens[j]!;
    if (t.word === ',' || CONJUNCTIONS.has(t.word)) {
      inConjunct = false;
      continue;
    }
    if (t.word === 'of' && inConjunct) {
      // "the weights of FooLM are open": the head is the noun before "of".
      heads.pop();
      inConjunct = false;
      continue;
    }
    const pronoun = t.word === 'it' || t.word === 'this' || t.word === 'everything';
    if (t.punct || (PHRASE_STOPS.has(t.word) && !pronoun)) break;
    // Walking backwards, the first word of each conjunct is its head ("our model weights").
    if (!inConjunct) {
      const before = tokens[j - 1];
      heads.push({ word: t.word, index: j, modifier: isWord(before) ? before.word : '' });
    }
    inConjunct = true;
    words++;
    if (pronoun) break;
  }
  return { heads, nonEmpty: heads.length > 0, skippedDeterminer: false };
}

/** An AI noun, unless a non-AI modifier makes it something else ("data model", "business model"). */
export function isAiHead(head: Head): boolean {
  if (!AI_NOUNS.has(head.word)) return false;
  return !((head.word === 'model' || head.word === 'models') && NON_AI_MODEL_MODIFIERS.has(head.modifier));
}

export function isNegation(word: string): boolean {
  return word.endsWith("n't");
}

export type Attachment = 'ai' | 'system' | 'none';

/** What the heads of a noun phrase attach the claim to. */
export function attachmentOf(phrase: NounPhrase): Attachment {
  if (phrase.heads.some(isAiHead)) return 'ai';
  if (phrase.heads.some((h) => SYSTEM_NOUNS.has(h.word))) return 'system';
  return 'none';
}

/** True when the sentence talks about AI, so "the project is fully open" means the AI project. */
export function sentenceIsAboutAi(tokens: Token[], skip: { start: number; end: number }): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (i >= skip.start && i < skip.end) continue;
    const t = tokens[i]!;
    if (t.punct) continue;
    const prev = i > 0 ? tokens[i - 1]!.word : '';
    const next = tokens[i + 1]?.word ?? '';
    if (AI_CONTEXT_PAIRS.has(`${t.word}_${next}`)) return true;
    if (!AI_CONTEXT_WORDS.has(t.word)) continue;
    if ((t.word === 'model' || t.word === 'models') && NON_AI_MODEL_MODIFIERS.has(prev)) continue;
    return true;
  }
  return false;
}
