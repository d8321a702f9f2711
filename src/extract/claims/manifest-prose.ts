// The few manifest fields that describe the project in words: package.json description
// and keywords, pyproject.toml description and classifiers, CITATION.cff title, abstract
// and keywords. Each comes back with the line it sits on.

import type { ReadFile } from '../../types/extractor.js';
import { KeyLines } from '../key-lines.js';
import { parseYamlSafely } from '../safe-yaml.js';
import { asRecord, asString, stringsOf, type Rec } from '../structured-data.js';
import { parse as parseToml } from 'smol-toml';

export interface ManifestText {
  text: string;
  /** Line of the field (or of the list entry). */
  line: number;
  /** The line of `phrase` inside this value (multi-line abstracts); the field's line when not found. */
  lineOf(phrase: string): number;
  /** A label the project puts on itself (description, keyword, title). */
  labelsProject: boolean;
}

export type ManifestKind = 'package.json' | 'pyproject.toml' | 'citation.cff';

export const MANIFEST_NAMES: ReadonlySet<string> = new Set<ManifestKind>([
  'package.json',
  'pyproject.toml',
  'citation.cff',
]);

/**
 * Texts worth reading for claims. Parse errors return nothing: the manifest extractors own
 * the "malformed" warning for these files, and one warning per file is enough.
 */
export function manifestTexts(file: ReadFile, kind: ManifestKind): ManifestText[] {
  const text = file.text ?? '';
  const keys = new KeyLines(text);
  try {
    if (kind === 'package.json') return packageJsonTexts(asRecord(JSON.parse(text)), keys);
    if (kind === 'pyproject.toml') return pyprojectTexts(asRecord(parseToml(text)), keys);
    const yaml = parseYamlSafely(text);
    return yaml.ok ? citationTexts(asRecord(yaml.value), keys) : [];
  } catch {
    return [];
  }
}

function packageJsonTexts(pkg: Rec | undefined, keys: KeyLines): ManifestText[] {
  if (pkg === undefined) return [];
  const out: ManifestText[] = [];
  const description = asString(pkg['description']);
  if (description !== undefined) out.push(field(keys, description, keys.jsonKey('description'), true));
  const keywordsKey = keys.jsonKey('keywords');
  for (const keyword of stringsOf(pkg['keywords'])) {
    out.push(
      field(keys, keyword, keys.literal(JSON.stringify(keyword), keywordsKey?.end ?? 0) ?? keywordsKey, true),
    );
  }
  return out;
}

function pyprojectTexts(doc: Rec | undefined, keys: KeyLines): ManifestText[] {
  if (doc === undefined) return [];
  const out: ManifestText[] = [];
  const tables = [asRecord(doc['project']), asRecord(asRecord(doc['tool'])?.['poetry'])];
  for (const table of tables) {
    if (table === undefined) continue;
    const description = asString(table['description']);
    if (description !== undefined)
      out.push(field(keys, description, keys.assignedKey('description', 0, '='), true));
    const classifiersKey = keys.assignedKey('classifiers', 0, '=');
    for (const classifier of stringsOf(table['classifiers'])) {
      out.push(
        field(keys, classifier, keys.literal(classifier, classifiersKey?.end ?? 0) ?? classifiersKey, true),
      );
    }
  }
  return out;
}

function citationTexts(cff: Rec | undefined, keys: KeyLines): ManifestText[] {
  if (cff === undefined) return [];
  const out: ManifestText[] = [];
  const title = asString(cff['title']);
  if (title !== undefined) out.push(field(keys, title, keys.assignedKey('title', 0, ':'), true));
  const abstract = asString(cff['abstract']);
  // An abstract is ordinary prose ("We present FooLM, an open model"), read as such.
  if (abstract !== undefined) out.push(field(keys, abstract, keys.assignedKey('abstract', 0, ':'), false));
  const keywordsKey = keys.assignedKey('keywords', 0, ':');
  for (const keyword of stringsOf(cff['keywords'])) {
    out.push(field(keys, keyword, keys.literal(keyword, keywordsKey?.end ?? 0) ?? keywordsKey, true));
  }
  return out;
}

/** Bounds the phrase search so a multi-line value does not pick a match far below it. */
const MAX_VALUE_LINES = 200;

function field(
  keys: KeyLines,
  text: string,
  at: { line: number; end: number } | undefined,
  labelsProject: boolean,
): ManifestText {
  const line = at?.line ?? 1;
  const lineOf = (phrase: string): number => {
    const found = keys.literal(phrase, at?.end ?? 0);
    return found !== undefined && found.line - line < MAX_VALUE_LINES ? found.line : line;
  };
  return { text, line, lineOf, labelsProject };
}
