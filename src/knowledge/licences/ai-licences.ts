// AI model licences that SPDX does not list, as data: src/knowledge/data/ai-licences.json
// (schema: knowledge.schema.json beside it), bundled at build time: how to recognise each
// text (short marker phrases, never the text itself) and the terms users must know.

import data from '../data/ai-licences.json' with { type: 'json' };
import type { LicenceEntry } from './licence-entry.js';

// The data file's shape is checked against the schema by the tests; here it is taken as typed.
export const AI_LICENCES: readonly LicenceEntry[] = data.licences as unknown as readonly LicenceEntry[];
