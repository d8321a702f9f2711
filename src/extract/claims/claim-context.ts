// Reasons an attached openness phrase is still not this project's claim: it is negated,
// it is about other projects (a comparison, a list of others, something the project uses),
// or the sentence asks or defines rather than states.

import type { Token } from './tokens.js';
import { NEGATIONS, OBJECT_PREPOSITIONS, OTHER_SUBJECT_CUES } from './claim-vocabulary.js';
import { isNegation } from './claim-attachment.js';

/** How far back (in words, within the clause) a negation or another-subject cue reaches. */
const NEGATION_WINDOW = 5;
const CUE_WINDOW = 8;

/** Punctuation that ends a clause; a comparison in one clause does not colour the next. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '"', '“', '”', '[', ']', '|']);

/** The words before `from`, nearest first, up to the start of the clause. */
function clauseBefore(tokens: Token[], from: number, max: number): Token[] {
  const out: Token[] = [];
  for (let j = from - 1; j >= 0 && out.length < max; j--) {
    const t = tokens[j]!;
    if (CLAUSE_BREAKS.has(t.word)) break;
    if (!t.punct) out.push(t);
  }
  return out;
}

/** "not open source", "isn't fully open", "no open weights"; "not only open source" is no negation. */
export function isNegated(tokens: Token[], phraseStart: number): boolean {
  const before = clauseBefore(tokens, phraseStart, NEGATION_WINDOW);
  for (let k = 0; k < before.length; k++) {
    const word = before[k]!.word;
    if (!NEGATIONS.has(word) && !isNegation(word)) continue;
    // before[] runs backwards, so the word after the negation is before[k - 1].
    const following = k > 0 ? before[k - 1]!.word : '';
    if (word === 'not' && (following === 'only' || following === 'just')) continue;
    return true;
  }
  return false;
}

/** Words that introduce a quoted title: the paper "Llama 2: Open Foundation and ...". */
const TITLE_CUES = new Set([
  'paper',
  'papers',
  'titled',
  'title',
  'article',
  'report',
  'preprint',
  'post',
  'blog',
  'book',
  'talk',
  'thesis',
]);
const MAX_TITLE_CUE_DISTANCE = 3;

/** The phrase sits inside a quoted title: an open quote before it, shortly after a title word. */
function isInQuotedTitle(tokens: Token[], phraseStart: number): boolean {
  let open = -1;
  for (let j = 0; j < phraseStart; j++) {
    const w = tokens[j]!.word;
    if (w === '“' || (w === '"' && open === -1)) open = j;
    else if (w === '”' || w === '"') open = -1;
  }
  if (open === -1) return false;
  for (let j = open - 1, words = 0; j >= 0 && words < MAX_TITLE_CUE_DISTANCE; j--) {
    if (tokens[j]!.punct) continue;
    if (TITLE_CUES.has(tokens[j]!.word)) return true;
    words++;
  }
  return false;
}

/** A cue before the phrase (same clause) that it describes something other than this project. */
export function isAboutOthers(tokens: Token[], phraseStart: number, phraseEndOfNoun: number): boolean {
  if (isInQuotedTitle(tokens, phraseStart)) return true;
  const before = clauseBefore(tokens, phraseStart, CUE_WINDOW);
  if (before.some((t) => OTHER_SUBJECT_CUES.has(t.word))) return true;
  // The phrase right after a preposition is the object of something else ("a UI for open LLMs").
  const nearest = before[0]?.word ?? '';
  const second = before[1]?.word ?? '';
  if (OBJECT_PREPOSITIONS.has(nearest)) return true;
  if (OBJECT_PREPOSITIONS.has(second) && isDeterminerLike(nearest)) return true;
  // "open-source models such as X / like X / including X" lists other models.
  const after = tokens.slice(phraseEndOfNoun, phraseEndOfNoun + 2).map((t) => t.word);
  if (after[0] === 'such' && after[1] === 'as') return true;
  return after[0] === 'like' || after[0] === 'including';
}

function isDeterminerLike(word: string): boolean {
  return word === 'the' || word === 'a' || word === 'an' || word === 'other' || word === 'all';
}

/** A question states nothing ("Is FooLM open source?"); conditionals are caught by the cues above. */
export function isQuestion(sentence: string): boolean {
  return sentence.trimEnd().endsWith('?');
}
