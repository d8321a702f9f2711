// Which licence a licence file's text is: the chain of small matchers, strongest first.
//  1. AI licences SPDX lacks, by their phrases (Llama, Gemma, OpenRAIL ...).
//  2. A notice with no licence terms ("Copyright (c) 2024 Jane. All rights reserved.").
//  3. Exact word-set match against the SPDX texts, then Dice similarity.
//  4. Lookalike vetoes: a "Modified MIT License" is not MIT.
//  5. A family-wide AI phrase with no version ("Llama Materials").
//  6. A short notice that names its licence or links to it (weaker than the text).
import { normaliseLicenceText } from './normalise.js';
import { matchSpdxText } from './dice-matcher.js';
import { findPhrase, foldForPhrases, matchAiLicence, spdxVeto } from './phrase-matcher.js';
import { matchLicenceReference, type LicenceReference } from './reference-matcher.js';

export interface LicenceMatch {
  /** SPDX id or LicenseRef-...; null when the text is not (or not certainly) a known licence. */
  id: string | null;
  confidence: number;
  method: 'exact' | 'dice' | 'phrase' | 'reference';
  detail: string;
  /** SPDX ids with exactly the same text as `id` ("GPL-2.0-only", "GPL-2.0-or-later"). */
  sameText?: readonly string[];
  /** A copyright notice without licence terms: all rights reserved. */
  noLicence?: boolean;
  /** The (folded) phrase an AI licence was recognised by, to find its line. */
  phrase?: string;
}

// Beyond this, a "licence file" is something else; the SPDX texts are all far shorter.
const MAX_MATCH_CHARS = 512 * 1024;
// A copyright notice may keep a word or two ("Copyright", a name on its own line).
const MAX_NOTICE_WORDS = 3;
const COPYRIGHT = /copyright|©|\(c\)/i;
const MODIFIED_MIT = foldForPhrases('Modified MIT License');

/** Identifies a licence text; null when nothing matches (the text is not a licence we know). */
export function identifyLicenceText(text: string): LicenceMatch | null {
  const body = text.length > MAX_MATCH_CHARS ? text.slice(0, MAX_MATCH_CHARS) : text;
  const folded = foldForPhrases(body);

  const ai = matchAiLicence(folded);
  if (ai && ai.confidence >= 0.9) {
    return { id: ai.id, confidence: ai.confidence, method: 'phrase', detail: ai.detail, phrase: ai.phrase };
  }

  const normalised = normaliseLicenceText(body);
  const words = normalised.tokens.length + normalised.titleTokens.length;
  if (words <= MAX_NOTICE_WORDS && COPYRIGHT.test(body)) {
    return {
      id: null,
      confidence: 1,
      method: 'exact',
      detail: 'copyright notice only: no licence terms (all rights reserved)',
      noLicence: true,
    };
  }

  // A short notice that names its licence in a sentence ("Licensed under the Apache License,
  // Version 2.0") has the words of no licence text: read first, it spares the similarity
  // matcher its corpus. (No SPDX text is read this way: the SPDX-corpus test checks it.)
  const modifiedMit = findPhrase(folded, MODIFIED_MIT) !== -1;
  const named = ai || modifiedMit ? null : matchLicenceReference(body, { links: false });
  if (named) return referenceMatch(named);

  const spdx = matchSpdxText(normalised);
  if (spdx) {
    const veto = spdxVeto(folded, spdx.id);
    if (veto !== null) {
      // A family phrase (TII Falcon's "based on the Apache License") says what it is instead.
      return {
        id: ai?.id ?? null,
        confidence: ai?.confidence ?? spdx.confidence,
        method: ai ? 'phrase' : spdx.method,
        detail: `resembles ${spdx.id}, but ${veto}${ai ? `; ${ai.detail}` : ''}`,
      };
    }
    return {
      id: spdx.id,
      confidence: spdx.confidence,
      method: spdx.method,
      detail: spdx.detail,
      sameText: spdx.sameText,
    };
  }

  if (ai)
    return { id: ai.id, confidence: ai.confidence, method: 'phrase', detail: ai.detail, phrase: ai.phrase };
  // Too far from MIT for Dice, but it says what it is.
  if (modifiedMit) {
    return {
      id: null,
      confidence: 0.9,
      method: 'phrase',
      detail: 'a "Modified MIT License": MIT with added terms, not MIT',
    };
  }
  const reference = matchLicenceReference(body);
  return reference ? referenceMatch(reference) : null;
}

function referenceMatch(reference: LicenceReference): LicenceMatch {
  return {
    id: reference.id,
    confidence: 0.8,
    method: 'reference',
    detail: `a notice that ${reference.detail}, not the licence text`,
  };
}
