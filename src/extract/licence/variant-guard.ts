// Siblings whose texts differ in a few words that change everything: CC BY vs CC BY-NC /
// BY-ND / BY-SA, GPL vs LGPL vs AGPL. Word-set similarity alone can confuse them, so a
// candidate must agree with the text on each term that tells such siblings apart: both use
// it or both lack it, and about as often (GPL-3.0 names "Affero" twice, AGPL-3.0 throughout).

/** Normalised words (see normalise.ts) that separate sibling licences. */
export const DISTINCTIVE_TERMS: readonly string[] = [
  'noncommercial',
  'noderivatives',
  'sharealike',
  'lesser',
  'affero',
];

export type TermCounts = ReadonlyMap<string, number>;

/** A known licence's term counts: in its text (title included) and in its official name. */
export interface CandidateTerms {
  text: TermCounts;
  name: TermCounts;
}

/** How often each distinctive term occurs in a token list. */
export function countDistinctiveTerms(tokens: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>(DISTINCTIVE_TERMS.map((t) => [t, 0]));
  for (const token of tokens) {
    const n = counts.get(token);
    if (n !== undefined) counts.set(token, n + 1);
  }
  return counts;
}

/**
 * The first distinctive term on which a text and a known licence disagree, or null. The
 * text may not lack a term the licence's text uses, nor use a term the licence neither uses
 * nor is named for (a German CC BY-SA text under an English "Share Alike" heading is fine);
 * used on both sides, the counts may differ up to threefold (plus two) for quoting,
 * headings and damaged copies.
 */
export function variantConflict(text: TermCounts, candidate: CandidateTerms): string | null {
  for (const term of DISTINCTIVE_TERMS) {
    const a = text.get(term) ?? 0;
    const b = candidate.text.get(term) ?? 0;
    const named = candidate.name.get(term) ?? 0;
    if (a === 0 && b > 0) return term;
    if (a > 0 && b === 0 && named === 0) return term;
    if (a > 0 && b > 0 && Math.max(a, b) > 3 * Math.min(a, b) + 2) return term;
  }
  return null;
}
