// Datasets, as data: src/knowledge/data/datasets.json (schema: knowledge.schema.json beside
// it), bundled at build time. Only `prose` patterns are regular expressions; this module
// turns their sources into RegExps. lookup-dataset.ts indexes the entries.

import data from './data/datasets.json' with { type: 'json' };
import type { DatasetEntry } from './model-entry.js';
import { patternOf } from './knowledge-patterns.js';

type DatasetRecord = Omit<DatasetEntry, 'patterns'> & {
  patterns: Omit<DatasetEntry['patterns'], 'prose'> & { prose?: readonly string[] };
};

function datasetEntryOf(record: DatasetRecord): DatasetEntry {
  const { prose, ...exact } = record.patterns;
  return { ...record, patterns: { ...exact, ...(prose ? { prose: prose.map(patternOf) } : {}) } };
}

// The data file's shape is checked against the schema by the tests; here it is taken as typed.
export const DATASETS: readonly DatasetEntry[] = (data.datasets as unknown as readonly DatasetRecord[]).map(
  datasetEntryOf,
);
