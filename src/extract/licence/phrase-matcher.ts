// Recognises AI licences SPDX lacks by their distinctive phrases, and vetoes SPDX matches
// for lookalikes: a "Modified MIT License" is not MIT, a licence "based on the Apache
// License" is not Apache-2.0. Phrases are compared after folding case, quotes, dashes,
// emphasis and whitespace, and must start and end on word boundaries.
import { AI_LICENCES } from '../../knowledge/licences/ai-licences.js';
import type { LicenceEntry } from '../../knowledge/licences/licence-entry.js';

export interface PhraseMatch {
  /** The entry's id; null when only family-wide phrases matched and the family has no generic entry. */
  id: string | null;
  confidence: number;
  detail: string;
  entry?: LicenceEntry;
  family: string;
  /** The (folded) phrase that matched first, to find its line. */
  phrase: string;
}

/** Folds text for phrase search: lower-case, ASCII quotes and dashes, no emphasis, single spaces. */
export function foldForPhrases(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ');
}

/** Position of `phrase` in `folded` on word boundaries, or -1. */
export function findPhrase(folded: string, phrase: string): number {
  for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + 1)) {
    if (!isWordChar(folded.charCodeAt(at - 1)) && !isWordChar(folded.charCodeAt(at + phrase.length)))
      return at;
  }
  return -1;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57); // folded text: a-z, 0-9
}

interface PreparedEntry {
  entry: LicenceEntry;
  markers: string[];
  familyMarkers: string[];
  excludeMarkers: string[];
}

const PREPARED: readonly PreparedEntry[] = AI_LICENCES.map((entry) => ({
  entry,
  markers: entry.markers.map(foldForPhrases),
  familyMarkers: (entry.familyMarkers ?? []).map(foldForPhrases),
  excludeMarkers: (entry.excludeMarkers ?? []).map(foldForPhrases),
}));

// A family's generic entry takes family-only matches (the Hub's plain "openrail").
const GENERIC_FOR_FAMILY: Readonly<Record<string, string>> = { openrail: 'LicenseRef-openrail' };

const CONFIDENCE_MANY = 0.99;
const CONFIDENCE_ONE = 0.9;
const CONFIDENCE_FAMILY = 0.6;

/**
 * The AI licence a text is, by its phrases. Version-specific phrases decide first (most
 * phrases found, then the longest); family-wide phrases only name the family. An exclude
 * phrase rules an entry out.
 */
export function matchAiLicence(folded: string): PhraseMatch | null {
  let best: { prepared: PreparedEntry; found: string[]; length: number } | null = null;
  let family: { prepared: PreparedEntry; found: string[] } | null = null;
  for (const prepared of PREPARED) {
    if (prepared.excludeMarkers.some((m) => findPhrase(folded, m) !== -1)) continue;
    const found = prepared.markers.filter((m) => findPhrase(folded, m) !== -1);
    const length = found.reduce((n, m) => n + m.length, 0);
    if (
      found.length > 0 &&
      (!best ||
        found.length > best.found.length ||
        (found.length === best.found.length && length > best.length))
    ) {
      best = { prepared, found, length };
    }
    if (best === null) {
      const familyFound = prepared.familyMarkers.filter((m) => findPhrase(folded, m) !== -1);
      if (familyFound.length > (family?.found.length ?? 0)) family = { prepared, found: familyFound };
    }
  }

  if (best) {
    const { entry } = best.prepared;
    return {
      id: entry.id,
      confidence: best.found.length > 1 ? CONFIDENCE_MANY : CONFIDENCE_ONE,
      detail: `${entry.name}: ${best.found.map((m) => `"${m}"`).join(', ')}`,
      entry,
      family: entry.family,
      phrase: best.found[0] ?? '',
    };
  }
  if (family) {
    const name = family.prepared.entry.family;
    const genericId = GENERIC_FOR_FAMILY[name];
    const generic = AI_LICENCES.find((e) => e.id === genericId);
    return {
      id: generic?.id ?? null,
      confidence: CONFIDENCE_FAMILY,
      detail: `a ${name} family licence, version not identified: ${family.found.map((m) => `"${m}"`).join(', ')}`,
      entry: generic,
      family: name,
      phrase: family.found[0] ?? '',
    };
  }
  return null;
}

interface SpdxVeto {
  /** SPDX ids the veto applies to. */
  ids: RegExp;
  phrases: readonly string[];
  reason: string;
}

// Lookalikes of common licences (ai-licences.md section 4).
const SPDX_VETOES: readonly SpdxVeto[] = [
  {
    ids: /^MIT(?:-|$)/,
    phrases: [
      'Modified MIT License',
      'Our only modification part is that',
      'monthly active users',
      'monthly revenue',
      'You are not authorized to exercise any rights',
    ],
    reason: 'adds terms to the MIT text',
  },
  {
    ids: /^Apache-/,
    phrases: ['based on the Apache License', 'Hosting Use', 'Acceptable Use Policy'],
    reason: 'is derived from Apache-2.0 with added terms, not Apache-2.0 itself',
  },
].map((veto) => ({ ...veto, phrases: veto.phrases.map(foldForPhrases) }));

/** Why a text matched to `spdxId` must not count as that licence, or null when nothing vetoes it. */
export function spdxVeto(folded: string, spdxId: string): string | null {
  for (const veto of SPDX_VETOES) {
    if (!veto.ids.test(spdxId)) continue;
    const phrase = veto.phrases.find((p) => findPhrase(folded, p) !== -1);
    if (phrase !== undefined) return `the text says "${phrase}": it ${veto.reason}`;
  }
  return null;
}
