// Hugging Face model and dataset cards: the YAML front matter of any Markdown file that
// carries card keys. Emits the card itself, its base models, datasets and licence.

import type { CardEvidence } from '../../types/evidence.js';
import type { EvidenceSink, Extractor, ReadFile } from '../../types/extractor.js';
import { frontMatter, type FrontMatter } from '../markdown/structure.js';
import { parseYamlSafely } from '../safe-yaml.js';
import { asRecord, type Rec } from '../structured-data.js';
import { CARD_FILE_NAMES, cardTypeOf, isCardMetadata, isGated, mentionsCardKey } from './card-keys.js';
import { cardSections } from './card-sections.js';
import { YamlValueLines } from './yaml-value-lines.js';

const MARKDOWN_EXTS = new Set(['md', 'markdown', 'mdx']);

export const cardExtractor: Extractor = {
  name: 'card',
  wants: (file) => (MARKDOWN_EXTS.has(file.ext) ? 'text' : null),
  extract(file: ReadFile, sink: EvidenceSink): void {
    // A binary or oversized README has no text; the reader already warned about it.
    if (file.text === undefined) return;
    const fm = frontMatter(file.text);
    if (fm === null) return;
    const meta = parseCardMetadata(fm, file, sink);
    if (meta === null) return;
    emitCard(meta, fm, file, sink);
  },
};

/** The parsed front matter when it is a card; null (after a warning when it looked like one) otherwise. */
function parseCardMetadata(fm: FrontMatter, file: ReadFile, sink: EvidenceSink): Rec | null {
  const parsed = parseYamlSafely(fm.yaml);
  if (!parsed.ok) {
    // Only card-like files are worth the noise: a docs site's broken front matter is not ours.
    if (CARD_FILE_NAMES.has(file.info.name) || mentionsCardKey(fm.yaml)) {
      sink.warn({
        file: file.info.path,
        line: errorLine(parsed.error, fm.firstLine),
        code: 'malformed',
        message: `The card's YAML front matter does not parse (${parsed.error}); its metadata was not read.`,
      });
    }
    return null;
  }
  const meta = asRecord(parsed.value);
  return meta !== undefined && isCardMetadata(meta) ? meta : null;
}

/** js-yaml reports "(line:column)" counted from the front matter's first line. */
function errorLine(message: string, firstLine: number): number {
  const m = /\((\d{1,7}):\d{1,7}\)/.exec(message);
  return m ? firstLine + Number(m[1]) - 1 : firstLine - 1;
}

/** A string, or each string of a list; lists may mix in numbers or nulls, which are dropped. */
function stringOrList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
  }
  return out;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function emitCard(meta: Rec, fm: FrontMatter, file: ReadFile, sink: EvidenceSink): void {
  const path = file.info.path;
  const where = new YamlValueLines(fm.yaml, fm.firstLine);
  const rawLicences = stringOrList(meta['license']);
  const licences = rawLicences.map((l) => l.toLowerCase());
  const licenseName = optionalString(meta['license_name']);
  const licenseLink = optionalString(meta['license_link']);
  const baseModels = stringOrList(meta['base_model']);
  const relation = optionalString(meta['base_model_relation'])?.toLowerCase();
  const datasets = stringOrList(meta['datasets']);
  const { sections, emptySections } = cardSections(file.text ?? '');

  const card: CardEvidence = {
    kind: 'card',
    file: path,
    line: 1,
    cardType: cardTypeOf(meta, file.info.name),
    datasets,
    baseModels,
    tags: stringOrList(meta['tags']),
    gated: isGated(meta),
    sections,
    emptySections,
  };
  if (licences[0] !== undefined) card.license = licences[0];
  if (licences.length > 1) card.licenses = licences;
  if (licenseName !== undefined) card.licenseName = licenseName;
  if (licenseLink !== undefined) card.licenseLink = licenseLink;
  if (relation !== undefined) card.baseModelRelation = relation;
  const pipelineTag = optionalString(meta['pipeline_tag']);
  if (pipelineTag !== undefined) card.pipelineTag = pipelineTag;
  const libraryName = optionalString(meta['library_name']);
  if (libraryName !== undefined) card.libraryName = libraryName;
  sink.add(card);

  for (const name of baseModels) {
    sink.add({
      kind: 'model',
      file: path,
      line: where.entryLine('base_model', name),
      name,
      via: 'card-base-model',
      strength: 'strong',
      derivedFrom: path,
      ...(relation !== undefined ? { relation } : {}),
    });
  }
  for (const name of datasets) {
    sink.add({
      kind: 'dataset',
      file: path,
      line: where.entryLine('datasets', name),
      name,
      via: 'card',
      strength: 'strong',
    });
  }
  const extra = [
    licenseName !== undefined ? `license_name "${licenseName}"` : '',
    licenseLink !== undefined ? `license_link "${licenseLink}"` : '',
  ].filter((s) => s !== '');
  rawLicences.forEach((raw, i) => {
    sink.add({
      kind: 'licence',
      file: path,
      line: rawLicences.length > 1 ? where.entryLine('license', raw) : where.keyLine('license'),
      // The Hub's own id, lower-cased; the knowledge base maps it to SPDX or LicenseRef later.
      id: licences[i] ?? raw.toLowerCase(),
      confidence: 0.9,
      method: 'card',
      source: 'card',
      detail: [`card license: field "${raw}"`, ...extra].join('; '),
    });
  });
}
