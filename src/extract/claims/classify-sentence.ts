// One sentence in, the openness claims it makes out. The steps, in order:
//   1. find the phrases (claim-phrases)          4. is the subject this project? (self check)
//   2. drop negated ones (claim-context)          5. drop ones about other projects (claim-context)
//   3. what do they attach to? (claim-attachment)
// Each step only ever removes candidates: when in doubt, no claim.

import type { ClaimKind } from '../../types/evidence.js';
import { tokenize, type Token } from './tokens.js';
import { findPhrases, mayHoldPhrase, type PhraseMatch } from './claim-phrases.js';
import {
  attachmentOf,
  isAiHead,
  nounPhraseAfter,
  sentenceIsAboutAi,
  subjectBefore,
  type NounPhrase,
} from './claim-attachment.js';
import { isAboutOthers, isNegated, isQuestion } from './claim-context.js';
import { COPULAS, RELEASE_VERBS, SELF_MARKERS } from './claim-vocabulary.js';

export interface SentenceClaim {
  claimKind: ClaimKind;
  /** The words that make the claim, as written. */
  phrase: string;
  /** Offset of the phrase in the sentence. */
  offset: number;
}

const PRONOUN_CONTRACTIONS = new Set(["it's", "that's", "here's", "we're", "they're", "this's"]);

/** Words looked back over to find who the phrase is about ("a new, small open model"). */
const SELF_WINDOW = 3;

export interface ClassifyOptions {
  /**
   * The text labels the project itself (a package description, a keyword, a citation
   * title), so a bare "Open-source LLM for code" is about this project.
   */
  labelsProject?: boolean;
}

export function classifySentence(sentence: string, options: ClassifyOptions = {}): SentenceClaim[] {
  if (isQuestion(sentence) || !mayHoldPhrase(sentence)) return [];
  const tokens = tokenize(sentence);
  const claims: SentenceClaim[] = [];
  for (const match of findPhrases(tokens)) {
    const claim = judgePhrase(tokens, match, sentence, options.labelsProject === true);
    if (claim !== null) claims.push(claim);
  }
  return claims;
}

function judgePhrase(
  tokens: Token[],
  m: PhraseMatch,
  sentence: string,
  labelsProject: boolean,
): SentenceClaim | null {
  if (isNegated(tokens, m.start)) return null;

  let shape: 'attributive' | 'predicative' = 'attributive';
  let phraseEnd = m.end;
  let nounEnd = m.end;
  let attached: ReturnType<typeof attachmentOf> = 'ai';
  let verbWithObject = false;
  if (!m.selfAttached) {
    let from = m.nounFrom;
    if (m.accessLike && tokens[from]?.word === 'to') from++;
    const after = nounPhraseAfter(tokens, from, m.verbLike || m.accessLike);
    verbWithObject = m.verbLike && after.skippedDeterminer;
    if (after.nonEmpty) {
      attached = attachmentOf(after);
      nounEnd = lastHead(after) + 1;
      // The marketing phrase names its noun: "open model", "open language models".
      if (m.kind === 'open-model' && !m.accessLike) phraseEnd = firstAiHead(after) + 1;
    } else {
      const subject = m.kind === 'open-model' && !m.accessLike ? null : subjectBefore(tokens, m.start);
      if (subject === null || !subject.nonEmpty) return null;
      shape = 'predicative';
      attached = attachmentOf(subject);
    }
    // "open model" must name the AI itself; "open model zoo" or "open model project" does not.
    if (m.kind === 'open-model' && !m.accessLike && attached !== 'ai') return null;
  }
  if (attached === 'none') return null;
  if (attached === 'system' && !sentenceIsAboutAi(tokens, { start: m.start, end: m.end })) return null;
  if (shape === 'attributive' && !labelsProject && !isOwnSubject(tokens, m.start, verbWithObject))
    return null;
  if (isAboutOthers(tokens, m.start, nounEnd)) return null;

  const first = tokens[m.start]!;
  const last = tokens[phraseEnd - 1]!;
  return { claimKind: m.kind, phrase: sentence.slice(first.start, last.end), offset: first.start };
}

/**
 * An attributive phrase is this project's claim when its noun phrase is introduced as
 * the project's own: "an/our/this open model", "we release open weights", "FooLM is an
 * open LLM", a title "FooLM: a fully open model". A bare plural at the start of a sentence
 * ("Open-source models are popular") is a statement about the category, not a claim.
 */
function isOwnSubject(tokens: Token[], start: number, verbWithObject: boolean): boolean {
  let words = 0;
  for (let j = start - 1; j >= 0 && words < SELF_WINDOW; j--) {
    const t = tokens[j]!;
    if (t.punct) {
      // Title or appositive: "FooLM: open-source LLM for ...", "FooLM — open weights".
      return j === start - 1 && (t.word === ':' || t.word === '—') && j > 0 && !tokens[j - 1]!.punct;
    }
    words++;
    if (t.word === 'we' || t.word === 'i') return true;
    if (verbWithObject) continue; // "open-sourced the model" needs "we" as its subject
    if (SELF_MARKERS.has(t.word) || RELEASE_VERBS.has(t.word) || COPULAS.has(t.word)) return true;
    if (PRONOUN_CONTRACTIONS.has(t.word)) return true; // "it's an open model", not "Meta's open model"
  }
  return false;
}

function lastHead(np: NounPhrase): number {
  return np.heads[np.heads.length - 1]?.index ?? 0;
}

function firstAiHead(np: NounPhrase): number {
  return (np.heads.find(isAiHead) ?? np.heads[0])?.index ?? 0;
}
