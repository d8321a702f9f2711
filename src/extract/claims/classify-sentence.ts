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
import {
  AI_NOUNS,
  COPULAS,
  INTENSIFIERS,
  NON_AI_CONTINUATIONS,
  PREDICATE_FILLERS,
  RELEASE_VERBS,
  SELF_MARKERS,
  SYSTEM_NOUNS,
} from './claim-vocabulary.js';

export interface SentenceClaim {
  claimKind: ClaimKind;
  /** The words that make the claim, as written. */
  phrase: string;
  /** Offset of the phrase in the sentence. */
  offset: number;
  /** The named subject the sentence gives the phrase ("Baichuan 2 is ... open-source ..."): the claim is the project's only if that names it. */
  about?: string;
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

/**
 * A Markdown or reStructuredText link read as its text, padded to the same length so offsets stay true:
 * "[Gemma](https://ai.google.dev/gemma) is ..." reads " Gemma      ...      is ...".
 */
const LINK = /\[([^\][]{1,200})\]\([^()\s]{0,500}\)|`([^`<\n]{1,200}?) ?<[^<>\s]{1,500}>`__?/g;
const linkTexts = (text: string): string =>
  text.includes('](') || text.includes('>`_')
    ? text.replace(LINK, (m, md?: string, rst?: string) => {
        const t = md ?? rst ?? '';
        return ` ${t}${' '.repeat(m.length - t.length - 1)}`;
      })
    : text;

export function classifySentence(raw: string, options: ClassifyOptions = {}): SentenceClaim[] {
  const sentence = linkTexts(raw);
  if (isQuestion(sentence)) return [];
  const claims: SentenceClaim[] = cjkClaims(sentence);
  if (!mayHoldPhrase(sentence)) return claims;
  const tokens = tokenize(sentence);
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
  let othersFrom = m.start;
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
      let subject = m.kind === 'open-model' && !m.accessLike ? null : subjectBefore(tokens, m.start);
      if (!subject?.nonEmpty && m.kind !== 'open-model') {
        // "we have made X open source": the words of X are what was made open, not cues.
        const made = objectMadeOpen(tokens, m.start);
        if (made) {
          subject = made.object;
          othersFrom = made.verb;
        }
      }
      if (subject === null || !subject.nonEmpty) return null;
      shape = 'predicative';
      attached = attachmentOf(subject);
    }
    // "open model" must name the AI itself; "open model zoo" or "open model project" does not.
    if (m.kind === 'open-model' && !m.accessLike && attached !== 'ai') return null;
  }
  if (attached === 'none') return null;
  if (attached === 'system' && !sentenceIsAboutAi(tokens, { start: m.start, end: m.end })) return null;
  // "Baichuan 2 is the new generation of open-source LLMs": a named subject makes the
  // phrase that subject's; whether it is this project is for the report to decide.
  // A name right beside the phrase ("Baichuan 2 open-source models", "the open-source model
  // CogVideoX") says whose it is, whatever the sentence does with it: the report keeps the
  // claim only when that name is the project's or one of its own models'. A name before counts
  // only when it modifies the phrase's noun, and the name after wins over a maker before it
  // ("Google's open-source model Gemma 2").
  const beside =
    nameAfter(sentence, tokens, nounEnd) ??
    (shape === 'attributive' ? nameBefore(sentence, tokens, m.start) : undefined);
  const about = namedSubject(sentence, tokens, m.start) ?? beside;
  const ownAmong = shape === 'attributive' && selfAmongOthers(tokens, m.start);
  if (
    shape === 'attributive' &&
    !labelsProject &&
    about === undefined &&
    !ownAmong &&
    !isOwnSubject(tokens, m.start, verbWithObject) &&
    !isTagline(tokens, m.start, nounEnd)
  )
    return null;
  if (beside === undefined && !ownAmong && isAboutOthers(tokens, othersFrom, nounEnd)) return null;

  const first = tokens[m.start]!;
  const last = tokens[phraseEnd - 1]!;
  return {
    claimKind: m.kind,
    phrase: sentence.slice(first.start, last.end),
    offset: first.start,
    ...(about !== undefined ? { about } : {}),
  };
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

/** Words that may stand between "and other" or "among" and the phrase: "among the available open ...". */
const AMONG_FILLERS = new Set(['the', 'available', 'existing', 'all', 'many', 'leading', 'strong', 'best']);
/** How far back "our" or "we" may stand from "and other" / "among". */
const OWN_SET_WINDOW = 12;

/**
 * The project's own models counted among the open ones: "our models and other open-source
 * models", "our models reach the best scores among available open-source LLMs". Such a
 * sentence says the project's models are open too, though "other" and "among" otherwise
 * mark other projects.
 */
function selfAmongOthers(tokens: Token[], phraseStart: number): boolean {
  let j = phraseStart - 1;
  while (j >= 0 && AMONG_FILLERS.has(tokens[j]!.word)) j--;
  const cue = tokens[j]?.word;
  let from: number;
  if (cue === 'other' && tokens[j - 1]?.word === 'and') from = j - 2;
  else if (cue === 'among') from = j - 1;
  else return false;
  // "Among" ranks: "the best among open models" counts ours in; "choose among them" does not.
  let ranked = cue !== 'among';
  for (let k = from; k >= 0 && from - k < OWN_SET_WINDOW; k--) {
    const t = tokens[k]!;
    if (t.punct && t.word !== ',') return false;
    if (RANK_WORDS.has(t.word)) ranked = true;
    if (t.word === 'our' || t.word === 'we') return ranked;
  }
  return false;
}
const RANK_WORDS = new Set([
  'best',
  'top',
  'first',
  'leading',
  'strongest',
  'highest',
  'performance',
  'rank',
  'ranks',
  'ranked',
  'sota',
  'state',
]);

/**
 * A tagline: the sentence opens with the phrase ("Fully open model, open weights + ...",
 * "Open-source AI that runs in your browser.") and no copula follows its noun, which would
 * make it a statement about a category ("Open-source models are popular").
 */
function isTagline(tokens: Token[], phraseStart: number, nounEnd: number): boolean {
  for (let j = 0; j < phraseStart; j++) if (!INTENSIFIERS.has(tokens[j]!.word)) return false;
  const next = tokens[nounEnd]?.word ?? '';
  return !COPULAS.has(next) && !AUXILIARIES.has(next);
}
const AUXILIARIES = new Set([
  'can',
  'could',
  'will',
  'would',
  'should',
  'may',
  'might',
  'must',
  'have',
  'has',
  'do',
  'does',
]);

/** A name right after the phrase's noun: "the open-source model CogVideoX" names CogVideoX. */
function nameAfter(sentence: string, tokens: Token[], nounEnd: number): string | undefined {
  const t = tokens[nounEnd];
  if (t === undefined || t.punct || PHRASE_STOPS_AFTER.has(t.word)) return undefined;
  return /[\p{Lu}]/u.test(sentence.charAt(t.start)) ? sentence.slice(t.start, t.end) : undefined;
}
const PHRASE_STOPS_AFTER = new Set(['i', 'a', 'an', 'the']);

/** Words of a name right before the phrase, at most this many ("DeepSeek LLM 7B"). */
const MAX_NAME_WORDS = 4;

/**
 * A name right before the phrase: "Baichuan 2 open-source models" names Baichuan 2. Its
 * words are capitalised or digits, and one is capitalised; a sentence's first word alone
 * ("Fully open ...", "Our open model") is no name.
 */
function nameBefore(sentence: string, tokens: Token[], phraseStart: number): string | undefined {
  let from = phraseStart;
  while (from > 0 && phraseStart - from < MAX_NAME_WORDS) {
    const t = tokens[from - 1]!;
    if (t.punct || !/[\p{Lu}\p{N}]/u.test(sentence.charAt(t.start))) break;
    from--;
  }
  const words = tokens.slice(from, phraseStart);
  if (!words.some((t) => /\p{Lu}/u.test(sentence.charAt(t.start)))) return undefined;
  if (from === 0 && words.length === 1 && !words[0]!.named) return undefined;
  return sentence.slice(words[0]!.start, words[words.length - 1]!.end);
}

const MAKE_VERBS = new Set(['made', 'make', 'makes', 'making']);
/** How far back "we ... made" may stand from the phrase. */
const MAKE_WINDOW = 16;

/**
 * "We have made DeepSeek LLM 7B and 67B open source": what we made open is the object
 * between the verb and the phrase. Only with "we" as the maker, as another maker's act
 * ("Meta made Llama open") is theirs.
 */
function objectMadeOpen(tokens: Token[], phraseStart: number): { object: NounPhrase; verb: number } | null {
  for (let j = phraseStart - 1; j >= 0 && phraseStart - j <= MAKE_WINDOW; j--) {
    const t = tokens[j]!;
    if (t.punct && t.word !== '/' && t.word !== '(' && t.word !== ')') return null;
    if (!MAKE_VERBS.has(t.word)) continue;
    const maker = tokens.slice(Math.max(0, j - 3), j).some((w) => w.word === 'we');
    if (!maker) return null;
    const words = tokens.slice(j + 1, phraseStart).filter((w) => !w.punct);
    if (words.length === 0) return null;
    // Named releases read as their AI noun: "DeepSeek LLM 7B Chat" is an LLM.
    const head = words.find((w) => AI_NOUNS.has(w.word)) ?? words[words.length - 1]!;
    const object = {
      heads: [{ word: head.word, index: tokens.indexOf(head), modifier: '' }],
      nonEmpty: true,
      skippedDeterminer: false,
    };
    return { object, verb: j };
  }
  return null;
}

/** Subjects that name nothing: a pronoun, or a generic noun with a determiner. */
const GENERIC_SUBJECT_WORDS = new Set(
  "it this that these those they we you he she there here the a an our its their my your model models project library tool app application system repository repo code framework package it's".split(
    ' ',
  ),
);
const MAX_SUBJECT_WORDS = 6;
const LIST_PUNCT = new Set([',', '(', ')']);
/** Verbs that, like a copula, make what follows a description of the subject ("X provides an open LLM"). */
const SUBJECT_VERBS = new Set(['provides', 'offers']);

/**
 * The sentence's named subject before its copula, when the phrase follows in the same
 * clause: "Baichuan 2 is the new generation of open-source LLMs", "The Yi series models are
 * ...". A name starts with a capital letter or a digit; "This model is" names nothing.
 */
function namedSubject(sentence: string, tokens: Token[], phraseStart: number): string | undefined {
  let copula = -1;
  for (let j = 0; j < phraseStart && j <= MAX_SUBJECT_WORDS; j++) {
    const t = tokens[j]!;
    if (t.punct) return undefined;
    if (COPULAS.has(t.word) || SUBJECT_VERBS.has(t.word)) {
      copula = j;
      break;
    }
  }
  if (copula < 1) return undefined;
  // Adjectives in a list may stand between: "a family of lightweight, state-of-the-art ...".
  for (let j = copula + 1; j < phraseStart; j++)
    if (tokens[j]!.punct && !LIST_PUNCT.has(tokens[j]!.word)) return undefined;
  const words = tokens.slice(0, copula);
  const named = words.find((t) => !GENERIC_SUBJECT_WORDS.has(t.word));
  if (!named) return undefined;
  // A name is capitalised or has a digit; a lower-case word counts when it is none of the
  // common nouns the detector knows ("dstack is ...", not "the weights are ...").
  const firstChar = sentence.charAt(named.start);
  const common = words.every(
    (t) =>
      GENERIC_SUBJECT_WORDS.has(t.word) ||
      AI_NOUNS.has(t.word) ||
      SYSTEM_NOUNS.has(t.word) ||
      NON_AI_CONTINUATIONS.has(t.word) ||
      SELF_MARKERS.has(t.word) ||
      PREDICATE_FILLERS.has(t.word),
  );
  if (!/[\p{Lu}\p{N}]/u.test(firstChar) && (common || words.length > 2)) return undefined;
  return sentence.slice(words[0]!.start, words[words.length - 1]!.end);
}

/**
 * Chinese openness claims: 开源 ("open source") attached to a model word, as in
 * "新一代开源大语言模型" ("a new generation of open-source large language models") or
 * "我们开源了 ... 模型". The subject before 是 ("is") names whose it is; 不/非/未 before
 * 开源 deny it.
 */
const CJK_OPEN_SOURCE = /开源(?:的)?[\u4e00-\u9fff]{0,6}?(?:模型|权重|数据集|LLM|LLMs)/u;
/** "我们开源了 ... 模型": the release verb, then a model word later in the sentence. */
const CJK_WE_RELEASE = /我们(?:正式|已经|已)?开源了?[^。！？]{0,40}?(?:模型|权重|数据集)/u;
const CJK_NEGATED = /(?:不是|并非|不|非|未)[^，。]{0,3}开源/u;
const CJK_SUBJECT = /^([^，。：:,]{1,40}?)\s*是/u;

function cjkClaims(sentence: string): SentenceClaim[] {
  if (!sentence.includes('开源') || CJK_NEGATED.test(sentence)) return [];
  const ours = CJK_WE_RELEASE.exec(sentence);
  if (ours) return [{ claimKind: 'open-source-ai', phrase: '开源', offset: sentence.indexOf('开源') }];
  const m = CJK_OPEN_SOURCE.exec(sentence);
  const subject = CJK_SUBJECT.exec(sentence)?.[1]?.replace(/[*_`]/g, '').trim();
  if (!m || subject === undefined) return [];
  return [{ claimKind: 'open-source-ai', phrase: m[0], offset: m.index, about: subject }];
}

function lastHead(np: NounPhrase): number {
  return np.heads[np.heads.length - 1]?.index ?? 0;
}

function firstAiHead(np: NounPhrase): number {
  return (np.heads.find(isAiHead) ?? np.heads[0])?.index ?? 0;
}
