// Model families, as data: src/knowledge/data/models.json (schema: knowledge.schema.json
// beside it), bundled at build time. Order matters there: the first entry that matches a
// reference wins. This module only turns the pattern sources into regular expressions;
// lookup-model.ts indexes the entries.

import data from './data/models.json' with { type: 'json' };
import type { HubPattern, ModelEntry, ModelPatterns } from './model-entry.js';
import { patternOf } from './knowledge-patterns.js';

/** A model entry as the data file writes it: patterns as regular-expression sources. */
export type ModelRecord = Omit<ModelEntry, 'patterns'> & {
  patterns: {
    hub?: readonly { org: readonly string[]; name: string }[];
    ollama?: readonly string[];
    api?: readonly string[];
    prose?: readonly string[];
  };
};

export function modelEntryOf(record: ModelRecord): ModelEntry {
  const p = record.patterns;
  const patterns: ModelPatterns = {
    ...(p.hub ? { hub: p.hub.map((h): HubPattern => ({ org: h.org, name: patternOf(h.name) })) } : {}),
    ...(p.ollama ? { ollama: p.ollama.map(patternOf) } : {}),
    ...(p.api ? { api: p.api.map(patternOf) } : {}),
    ...(p.prose ? { prose: p.prose.map(patternOf) } : {}),
  };
  return { ...record, patterns };
}

// The data file's shape is checked against the schema by the tests; here it is taken as typed.
export const MODELS: readonly ModelEntry[] = (data.models as unknown as readonly ModelRecord[]).map(
  modelEntryOf,
);
