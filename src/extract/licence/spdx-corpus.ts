// The SPDX licence texts, normalised once per process for matching. The texts are not part of
// the project: they come from the spdx-license-list package at run time (the bundle ships its
// spdx-full.json beside dist/index.js). This is the one licence module that reads a file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { normaliseLicenceText } from './normalise.js';
import { countDistinctiveTerms, variantConflict, type CandidateTerms } from './variant-guard.js';
import { isDeprecatedSpdxId } from '../../knowledge/licences/spdx-deprecated.js';

/** One SPDX licence, ready for comparison. */
export interface CorpusLicence {
  id: string;
  name: string;
  osiApproved: boolean;
  deprecated: boolean;
  /** Distinct word ids, ascending. */
  words: Int32Array;
  /** Word ids in text order (for bigrams and term counts). */
  tokens: Int32Array;
  /** Counts of the terms that separate sibling licences, in the text and in the name. */
  terms: CandidateTerms;
  /** Every id whose normalised text has exactly this word set, preferred id first. */
  sameText: readonly string[];
}

export interface SpdxCorpus {
  licences: readonly CorpusLicence[];
  byId: ReadonlyMap<string, CorpusLicence>;
  /** Word -> id; words the corpus never uses are not in it. */
  vocabulary: ReadonlyMap<string, number>;
  /** Licences whose word set equals `words` (ascending ids), preferred first. */
  exact(words: Int32Array): CorpusLicence[];
}

interface SpdxFullEntry {
  name?: unknown;
  osiApproved?: unknown;
  licenseText?: unknown;
}

let cached: SpdxCorpus | null = null;

/** The corpus, loaded and normalised on first use and kept for the life of the process. */
export function spdxCorpus(): SpdxCorpus {
  cached ??= buildCorpus(readSpdxFull());
  return cached;
}

/** The ids that share `id`'s text (itself included), or just [id] when it is not an SPDX licence. */
export function sameTextIds(id: string): readonly string[] {
  return spdxCorpus().byId.get(id)?.sameText ?? [id];
}

/** Prefers a current id over a deprecated alias, then the shorter, then the alphabetically first. */
export function compareIdPreference(a: CorpusLicence, b: CorpusLicence): number {
  if (a.deprecated !== b.deprecated) return a.deprecated ? 1 : -1;
  if (a.id.length !== b.id.length) return a.id.length - b.id.length;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Reads spdx-full.json beside the running module (the bundle) or from the installed package. */
function readSpdxFull(): Record<string, SpdxFullEntry> {
  const beside = new URL('./spdx-full.json', import.meta.url);
  const file =
    beside.protocol === 'file:' && fs.existsSync(fileURLToPath(beside))
      ? fileURLToPath(beside)
      : createRequire(import.meta.url).resolve('spdx-license-list/spdx-full.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, SpdxFullEntry>;
}

function buildCorpus(data: Record<string, SpdxFullEntry>): SpdxCorpus {
  const vocabulary = new Map<string, number>();
  const intern = (word: string): number => {
    let n = vocabulary.get(word);
    if (n === undefined) {
      n = vocabulary.size;
      vocabulary.set(word, n);
    }
    return n;
  };

  const licences: CorpusLicence[] = [];
  for (const [id, entry] of Object.entries(data)) {
    if (typeof entry.licenseText !== 'string' || entry.licenseText.trim() === '') continue;
    const name = typeof entry.name === 'string' ? entry.name : id;
    const normalised = normaliseLicenceText(entry.licenseText);
    const tokens = Int32Array.from(normalised.tokens, intern);
    if (tokens.length === 0) continue;
    licences.push({
      id,
      name,
      osiApproved: entry.osiApproved === true,
      deprecated: isDeprecatedSpdxId(id),
      words: distinctSorted(tokens),
      tokens,
      terms: {
        text: countDistinctiveTerms([...normalised.titleTokens, ...normalised.tokens]),
        name: countDistinctiveTerms(normaliseLicenceText(name).tokens),
      },
      sameText: [id],
    });
  }

  // Group licences with identical word sets ("GPL-2.0-only" and "GPL-2.0-or-later"), unless
  // their titles tell variants apart (CC-BY-1.0 and CC-BY-SA-1.0 differ only there).
  const bySet = new Map<string, CorpusLicence[]>();
  for (const licence of licences) {
    const key = setKey(licence.words);
    const group = bySet.get(key);
    if (group) group.push(licence);
    else bySet.set(key, [licence]);
  }
  for (const group of bySet.values()) {
    group.sort(compareIdPreference);
    for (const licence of group) {
      licence.sameText = group
        .filter((l) => variantConflict(l.terms.text, licence.terms) === null)
        .map((l) => l.id);
    }
  }

  return {
    licences,
    byId: new Map(licences.map((l) => [l.id, l])),
    vocabulary,
    exact: (words) => bySet.get(setKey(words)) ?? [],
  };
}

/** Distinct values of `tokens`, ascending. */
export function distinctSorted(tokens: Int32Array): Int32Array {
  const sorted = Int32Array.from(tokens).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, n);
}

function setKey(words: Int32Array): string {
  return words.join(',');
}
